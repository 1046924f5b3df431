import { describe, expect, it } from 'vitest';
import sitemap from '@/app/sitemap';
import { localeOfPath, notFoundPath, pagePaths } from '@/lib/known-paths';

describe('the paths the proxy serves as pages', () => {
  const known = pagePaths();

  it('include every page in the sitemap', () => {
    const urls = sitemap().map((entry) => new URL(entry.url).pathname);
    expect(urls.length).toBeGreaterThan(40);
    for (const path of urls) expect(known.has(path), path).toBe(true);
  });

  it('include the search page and index, which the sitemap leaves out', () => {
    expect(known.has('/en/search')).toBe(true);
    expect(known.has('/en/search-index.json')).toBe(true);
  });

  it('leave out unknown articles, categories, router steps, locales and the not-found page itself', () => {
    for (const path of ['/en/articles/nope', '/en/categories/nope', '/en/contact/nope', '/en/contact/declined/nope', '/fr', '/en/nothing/here', notFoundPath('en')]) {
      expect(known.has(path), path).toBe(false);
    }
  });

  it('send a path to the not-found page of its own locale, or of the default one', () => {
    expect(localeOfPath('/en/articles/nope')).toBe('en');
    expect(localeOfPath('/fr/nope')).toBe('en');
  });
});
