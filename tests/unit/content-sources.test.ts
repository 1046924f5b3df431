import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { en } from '@/lib/i18n/dictionaries/en';

const { locales } = loadContent(path.resolve(import.meta.dirname, '../../content'), { requiredLocales: [] });
const sources = Object.values(locales).flatMap((content) =>
  content.articles.flatMap((article) => article.sources.map((source) => ({ ...source, article: article.file }))),
);
/** The Amazon help pages FACTS.md names by node id (Seller Central pages by item id). */
const factsNodeIds = [
  '200161750', '201910420', '200556780', '202056530', 'GKQNFKFK5CF3C54B', 'G4YFYCCNUSENA23B',
  // "Added 2026-12-07": payment declines, orders, returns, holds, payment notices, currency, addresses.
  '3793211', '201889410', 'GENAFPTNLHV7ZACW', '537802', 'GV38326YW5JX9V9X', 'GYV6KN8KDHD9GBYJ', '200708210', 'GCSEVDU4VHLPD4VX',
  '201895660', '201895620', '202054720', 'G6P826S3WMEV8SPN', 'GSL37WQTJZUYA9QE', 'GQT5HV6YYGNDSFNW', '200235720', '202045610',
];

describe('article sources', () => {
  it('give an Amazon help page only by a node id FACTS.md names, never a generic help address', () => {
    expect(sources.length).toBeGreaterThan(40);
    for (const source of sources) {
      if (source.url === undefined) continue;
      const url = new URL(source.url);
      if (!/(^|\.)amazon\.[a-z.]+$/.test(url.hostname) || !url.pathname.startsWith('/gp/help')) continue;
      expect(factsNodeIds, `${source.article}: ${source.url}`).toContain(url.searchParams.get('nodeId') ?? url.searchParams.get('itemID'));
    }
  });

  it('attribute the KNET merchant manual to a republished copy, not to knet.com.kw', () => {
    const manual = sources.filter((source) => source.title.includes('K-064'));
    expect(manual.length).toBeGreaterThan(10);
    for (const source of manual) {
      if (source.url !== undefined) expect(new URL(source.url).hostname, source.article).not.toMatch(/knet\.com\.kw$/);
      expect(source.publisher, source.article).not.toBe('KNET');
      expect(source.title, source.article).toMatch(/republished|أعيد نشرها/);
    }
  });

  it('leave out the pages FACTS.md does not list: Amazon Contact Us, sign-in and unauthorized-charge help', () => {
    for (const source of sources) expect(source.title, source.article).not.toMatch(/Contact Us|اتصل بنا|sign-in problems|unauthorized charge|غير مصرّح بها/i);
  });

  it('link a page, never a home page: a source FACTS.md names no page for is cited by name, without a url', () => {
    for (const source of sources) {
      if (source.url !== undefined) expect(new URL(source.url).pathname.replace(/\/+$/, ''), `${source.article}: ${source.url}`).not.toBe('');
    }
    expect(sources.filter((source) => source.url === undefined).length).toBeGreaterThan(0);
    expect(sources.filter((source) => source.url !== undefined).length).toBeGreaterThan(40);
  });

  it('are introduced as stored copies reviewed on a date, not live pages verified', () => {
    expect(en.article.updated).toBe('Reviewed on');
    expect(en.article.sourcesIntro).toMatch(/stored copies/);
  });
});
