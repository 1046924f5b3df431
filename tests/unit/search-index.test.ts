import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { locales } from '@/lib/i18n';
import { closestArticle, getSearchFiles, maxFirstLoadGzipBytes } from '@/lib/search-index';
import { minConfidence } from '@/lib/search/engine';
import { buildSearchPayload } from '@/lib/search/records';
import { siteSearchWords } from './search-article';

describe('the search index of the real content', () => {
  const { locales: content } = loadContent(path.join(process.cwd(), 'content'));
  const gzipBytes = (value: unknown) => gzipSync(JSON.stringify(value)).length;

  it.each(locales)('keeps what a reader downloads before a first search under 30 KB gzip for %s', (locale) => {
    const { payload } = getSearchFiles(locale);
    const size = gzipBytes(payload);
    console.info(`search index ${locale}: ${payload.kind}, ${(size / 1024).toFixed(1)} KB gzip loaded first`);
    expect(size).toBeLessThanOrEqual(maxFirstLoadGzipBytes);
  });

  it.each(locales)('serves the %s library in one file while it fits, and sharded once it does not', (locale) => {
    const localeContent = content[locale];
    if (!localeContent) throw new Error(`no ${locale} content`);
    const inline = buildSearchPayload(localeContent.articles, locale, localeContent.lists.popular, siteSearchWords(locale));
    const fits = gzipBytes(inline) <= maxFirstLoadGzipBytes;
    console.info(`inline search index ${locale}: ${(gzipBytes(inline) / 1024).toFixed(1)} KB gzip`);
    expect(getSearchFiles(locale).payload.kind).toBe(fits ? 'inline' : 'sharded');
  });

  it('indexes every published article and offers every popular article', () => {
    for (const locale of locales) {
      const localeContent = content[locale];
      if (!localeContent) continue;
      const payload = buildSearchPayload(localeContent.articles, locale, localeContent.lists.popular, siteSearchWords(locale));
      expect(payload.articles.map((article) => article.slug)).toEqual(localeContent.articles.map((article) => article.slug));
      expect(new Set(payload.refs.map(([article]) => article)).size).toBe(localeContent.articles.length);
      expect(payload.popular.length).toBe(localeContent.lists.popular.length);
    }
  });

  it('gives the editors’ report the article a failed query comes closest to, and how sure that is', () => {
    expect(closestArticle('en', 'hosttimeout knet')).toMatchObject({ slug: 'knet-payment-page-messages' });
    const unanswered = closestArticle('en', 'cancel audible subscription');
    expect(unanswered?.confidence).toBeLessThan(minConfidence);
    expect(closestArticle('ar', 'zzqx')).toBeUndefined();
  });
});
