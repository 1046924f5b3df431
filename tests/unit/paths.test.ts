import { describe, expect, it } from 'vitest';
import {
  articlePath,
  categoryPath,
  checkMessagePath,
  contactPath,
  homePath,
  localeOfPath,
  localizedPath,
  notFoundPath,
  parsePath,
  searchIndexFilePath,
  searchIndexPath,
  searchPath,
  sitePath,
  type SitePath,
} from '@/lib/paths';

describe('the site paths', () => {
  it('build every address the site serves', () => {
    expect(homePath('en')).toBe('/en');
    expect(homePath('ar', 'topics')).toBe('/ar#topics');
    expect(categoryPath('en', 'troubleshooting')).toBe('/en/categories/troubleshooting');
    expect(articlePath('en', 'transaction-declined')).toBe('/en/articles/transaction-declined');
    expect(articlePath('en', 'transaction-declined', 'why')).toBe('/en/articles/transaction-declined#why');
    expect(contactPath('ar')).toBe('/ar/contact');
    expect(contactPath('en', 'declined')).toBe('/en/contact/declined');
    expect(contactPath('en', 'declined', 'knet-page')).toBe('/en/contact/declined/knet-page');
    expect(searchPath('en')).toBe('/en/search');
    expect(searchPath('en', '')).toBe('/en/search');
    expect(searchPath('en', 'payment declined & refused')).toBe('/en/search?q=payment%20declined%20%26%20refused');
    expect(notFoundPath('ar')).toBe('/ar/page-not-found');
    expect(checkMessagePath('ar')).toBe('/ar/check-message');
    expect(searchIndexPath('en')).toBe('/en/search-index.json');
    expect(searchIndexFilePath('ar', 'postings-3.json')).toBe('/ar/search-index/postings-3.json');
  });

  it('percent-encode an Arabic section id, which a browser then finds as the heading id', () => {
    const id = 'لماذا-رفض-البنك';
    const path = articlePath('ar', 'transaction-declined', id);
    expect(path).toBe(`/ar/articles/transaction-declined#${encodeURIComponent(id)}`);
    expect(decodeURIComponent(new URL(path, 'http://site.test').hash.slice(1))).toBe(id);
  });

  it('read back what they build', () => {
    const pages: SitePath[] = [
      { kind: 'home', locale: 'en' },
      { kind: 'category', locale: 'ar', category: 'security' },
      { kind: 'article', locale: 'en', slug: 'what-is-knet' },
      { kind: 'contact', locale: 'en' },
      { kind: 'contact', locale: 'ar', problem: 'declined' },
      { kind: 'contact', locale: 'en', problem: 'declined', answer: 'knet-page' },
      { kind: 'search', locale: 'ar' },
      { kind: 'check-message', locale: 'en' },
      { kind: 'not-found', locale: 'en' },
      { kind: 'search-index', locale: 'ar' },
      { kind: 'search-index-file', locale: 'en', file: 'article-12.json' },
    ];
    for (const page of pages) expect(parsePath(sitePath(page)), sitePath(page)).toEqual(page);
  });

  it('read a path with a query, an anchor, a trailing slash or percent-encoding', () => {
    expect(parsePath('/en/search?q=knet')).toEqual({ kind: 'search', locale: 'en' });
    expect(parsePath('/en/articles/what-is-knet#steps')).toEqual({ kind: 'article', locale: 'en', slug: 'what-is-knet' });
    expect(parsePath('/en/categories/security/')).toEqual({ kind: 'category', locale: 'en', category: 'security' });
    expect(parsePath('/en/articles/%D9%83%D9%8A')).toEqual({ kind: 'article', locale: 'en', slug: 'كي' });
  });

  it('name nothing for addresses that are not shaped like the site', () => {
    for (const path of [
      '/',
      '',
      'en/articles/x',
      '/fr',
      '/fr/articles/x',
      '/en/nothing',
      '/en/nothing/here',
      '/en/articles',
      '/en/articles/x/y',
      '/en/categories',
      '/en//contact',
      '/en/search/more',
      '/en/contact/declined/knet-page/more',
      '/en/articles/%E0%A4%A',
      '/%c0',
    ]) {
      expect(parsePath(path), path).toBeUndefined();
    }
  });

  it('give the same page in another locale, and keep the tail of an unknown address', () => {
    expect(localizedPath('/en/articles/transaction-declined', 'ar')).toBe('/ar/articles/transaction-declined');
    expect(localizedPath('/ar/contact/declined/knet-page', 'en')).toBe('/en/contact/declined/knet-page');
    expect(localizedPath('/en', 'ar')).toBe('/ar');
    expect(localizedPath('/en/search', 'ar')).toBe('/ar/search');
    expect(localizedPath('/', 'ar')).toBe('/ar');
    expect(localizedPath('/help', 'ar')).toBe('/ar/help');
    expect(localizedPath('/en/nothing/here', 'ar')).toBe('/ar/nothing/here');
  });

  it('send a path to its own locale, or to the default one', () => {
    expect(localeOfPath('/ar/articles/nope')).toBe('ar');
    expect(localeOfPath('/fr/nope')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });
});
