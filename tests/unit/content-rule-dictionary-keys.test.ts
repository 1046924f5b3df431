import { describe, expect, it } from 'vitest';
import { dictionaryKeys } from '@/lib/content/rules/dictionary-keys';
import { baseTree, ruleProblems } from './content-rule-fixture';

describe('the dictionary-keys rule', () => {
  const entry = (locale: 'en' | 'ar', dictionary: unknown) => ({ locale, file: `lib/i18n/dictionaries/${locale}.ts`, dictionary });

  it('checks nothing when content is loaded without interface text (the build), and passes matching dictionaries', () => {
    expect(ruleProblems(dictionaryKeys, baseTree())).toEqual([]);
    const interfaceText = [entry('en', { a: 'x', b: { c: (n: number) => `${n}` } }), entry('ar', { a: 'س', b: { c: (n: number) => `${n}` } })];
    expect(ruleProblems(dictionaryKeys, baseTree(), { interfaceText })).toEqual([]);
  });

  it('reports a missing key, an unknown key and a value of another kind in the other locale', () => {
    const interfaceText = [entry('en', { a: 'x', b: { c: 'y' }, d: ['1', '2'] }), entry('ar', { b: { c: () => 'س', e: 'ص' }, d: ['1', '2'] })];
    expect(ruleProblems(dictionaryKeys, baseTree(), { interfaceText })).toEqual([
      { file: 'lib/i18n/dictionaries/ar.ts', field: 'a', message: 'missing: the key exists in the reference dictionary' },
      { file: 'lib/i18n/dictionaries/ar.ts', field: 'b.c', message: 'is function but the reference has string' },
      { file: 'lib/i18n/dictionaries/ar.ts', field: 'b.e', message: 'unknown key: it does not exist in the reference dictionary' },
    ]);
  });
});
