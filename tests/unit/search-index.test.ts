import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { locales } from '@/lib/i18n';
import { buildSearchPayload } from '@/lib/search/records';

/** The whole served JSON (display data, record refs and the Fuse index), gzipped as a server sends it. */
const maxGzipBytes = 30 * 1024;

describe('the search index of the real content', () => {
  const { locales: content } = loadContent(path.join(process.cwd(), 'content'));

  it.each(locales)('stays under 30 KB gzip for %s', (locale) => {
    const localeContent = content[locale];
    expect(localeContent, `content for ${locale}`).toBeDefined();
    if (!localeContent) return;
    const json = JSON.stringify(buildSearchPayload(localeContent.articles, locale, localeContent.lists.popular));
    const size = gzipSync(json).length;
    console.info(`search index ${locale}: ${localeContent.articles.length} articles, ${json.length} bytes, ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(maxGzipBytes);
  });

  it('indexes every published article and offers every popular article', () => {
    for (const locale of locales) {
      const localeContent = content[locale];
      if (!localeContent) continue;
      const payload = buildSearchPayload(localeContent.articles, locale, localeContent.lists.popular);
      expect(payload.articles.map((article) => article.slug)).toEqual(localeContent.articles.map((article) => article.slug));
      expect(new Set(payload.refs.map(([article]) => article)).size).toBe(localeContent.articles.length);
      expect(payload.popular.length).toBe(localeContent.lists.popular.length);
    }
  });
});
