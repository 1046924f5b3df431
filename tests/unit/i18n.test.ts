import { describe, expect, it } from 'vitest';
import { checkDictionaries } from '@/lib/i18n/check';
import { pickLocale } from '@/lib/i18n/negotiate';

describe('choosing the reader\'s language for `/`', () => {
  it('prefers an explicit choice over the browser', () => {
    expect(pickLocale('ar', 'en-US,en;q=0.9')).toBe('ar');
    expect(pickLocale('en', 'ar-KW,ar;q=0.9')).toBe('en');
  });

  it('ignores a remembered value that is not a locale', () => {
    expect(pickLocale('fr', 'ar-KW')).toBe('ar');
  });

  it('follows the browser\'s preferences by weight, then by order', () => {
    expect(pickLocale(undefined, 'ar-KW,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(pickLocale(undefined, 'en;q=0.5, ar;q=0.8')).toBe('ar');
    expect(pickLocale(undefined, 'fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.4')).toBe('ar');
    expect(pickLocale(undefined, 'ar;q=0, en')).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickLocale(undefined, null)).toBe('en');
    expect(pickLocale(undefined, 'de-DE,fr;q=0.7')).toBe('en');
    expect(pickLocale(undefined, '*')).toBe('en');
  });
});

describe('the dictionaries', () => {
  it('have the same keys and kinds of values in every locale', () => {
    expect(checkDictionaries()).toEqual([]);
  });
});
