import { describe, expect, it } from 'vitest';
import { searchWords } from '@/lib/content/rules/search-words';
import { baseTree, ruleProblems } from './content-rule-fixture';

describe('the search-words rule', () => {
  it('checks nothing when content is loaded for the site (the build), and nothing missing in a fixture without search words', () => {
    const broken = { ...baseTree(), 'en/search-words.json': '{ "stopwords": [' };
    expect(ruleProblems(searchWords, broken)).toEqual([]);
    expect(ruleProblems(searchWords, baseTree(), { searchWords: { required: false } })).toEqual([]);
  });

  it('reports the site\'s missing files, and a broken words file with its line', () => {
    expect(ruleProblems(searchWords, baseTree(), { searchWords: { required: true } })).toContainEqual({
      file: 'content/en/search-words.json',
      field: 'file',
      message: 'missing: search needs it (an empty object {} will do)',
    });
    const tree = { ...baseTree(), 'search-translations.json': '{ "translations": [] }', 'en/search-words.json': '{\n  "stopwords": ["yaar", "yaar"],\n  "dialect": { "acc": "nowhere" }\n}\n' };
    expect(ruleProblems(searchWords, tree, { searchWords: { required: false } }).map(({ field, line, message }) => [field, line, message.slice(0, 30)])).toEqual([
      ['stopwords.1', 2, '"yaar" is already listed at st'],
      ['dialect.acc', 3, expect.any(String)],
    ]);
  });
});
