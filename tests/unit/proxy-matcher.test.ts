import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { articlePath, homePath, searchIndexFilePath, searchIndexPath } from '@/lib/paths';
import { config } from '../../proxy';

/**
 * Which addresses run the proxy. The matcher is path-to-regexp syntax whose only groups are plain
 * regular expressions, so each pattern reads the same as a JavaScript RegExp anchored at both ends.
 */
const patterns = config.matcher.map((pattern) => new RegExp(`^${pattern}$`));
const runsProxy = (pathname: string) => patterns.some((pattern) => pattern.test(pathname));

describe('the proxy matcher', () => {
  it('takes every page address and every other address under a locale, file-like or not', () => {
    for (const locale of locales) {
      for (const path of [homePath(locale), articlePath(locale, 'what-is-knet'), `/${locale}/nothing/here`, `/${locale}/no-such-file.json`, `/${locale}/x.png`]) {
        expect(runsProxy(path), path).toBe(true);
      }
      // The fixed address of the search index, for its entity tag.
      expect(runsProxy(searchIndexPath(locale))).toBe(true);
    }
  });

  it('takes addresses ending in a slash, for the redirect without it', () => {
    for (const path of ['/en/', '/editor/', '/sitemap.xml/', '/help/']) expect(runsProxy(path), path).toBe(true);
  });

  it('leaves Next its own files, the API routes, /editor, the hashed index files and the files outside the locales', () => {
    for (const path of [
      '/_next/static/chunks/a.js',
      '/api/feedback',
      '/editor',
      `${searchIndexFilePath('en', 'db9ea724cf1c55fc')}/index.json`,
      `${searchIndexFilePath('ar', '0b53dd62c65ea9a3')}/postings-0.json`,
      '/illustrations/knet-payment-flow.svg',
      '/icon.svg',
      '/robots.txt',
      '/sitemap.xml',
    ]) {
      expect(runsProxy(path), path).toBe(false);
    }
  });

  it('takes any address holding a percent sign, to refuse malformed encoding', () => {
    for (const path of ['/illustrations/%zz.svg', '/icon.svg%', '/api/feedback%zz']) expect(runsProxy(path), path).toBe(true);
  });
});
