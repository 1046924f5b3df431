import { describe, expect, it } from 'vitest';
import { searchText } from '@/components/search/search-text';
import { failureText } from '@/components/search/search-text-types';
import { locales } from '@/lib/i18n/config';

describe('what the dialog and the results page say when search could not answer', () => {
  for (const locale of locales) {
    it(`says offline, stalled and any other failure apart, in ${locale}`, () => {
      const text = searchText(locale, 8);
      expect(failureText(text, 'offline')).toBe(text.offline);
      expect(failureText(text, 'stalled')).toBe(text.stalled);
      expect(failureText(text, 'error')).toBe(text.loadError);
      expect(new Set([text.offline, text.stalled, text.loadError]).size).toBe(3);
    });
  }
});
