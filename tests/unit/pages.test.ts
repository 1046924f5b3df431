import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sitemap from '@/app/sitemap';
import { listContent } from '@/lib/content/listing';
import { loadContent } from '@/lib/content/load';
import { publishedPages } from '@/lib/pages';
import { notFoundPath, sitePath } from '@/lib/paths';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const validFixture = path.join(projectRoot, 'tests/fixtures/valid');

describe('the published pages, which the proxy, the sitemap and the link checker share', () => {
  const pages = publishedPages().map(sitePath);

  it('are the sitemap, plus the results page the sitemap leaves out', () => {
    const listed = sitemap().map((entry) => new URL(entry.url).pathname);
    expect(listed.length).toBeGreaterThan(100);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed, '/en/search', '/ar/search'].sort()).toEqual([...pages].sort());
  }, 60_000);

  it('hold the fixed pages, every contact step, category and article of every locale', () => {
    for (const page of ['/en', '/ar/search', '/en/check-message', '/ar/check-message', '/en/contact', '/ar/contact/declined/knet-page', '/en/categories/security', '/ar/articles/what-is-knet']) {
      expect(pages, page).toContain(page);
    }
  });

  it('leave out unknown articles, categories, router steps, locales and the not-found page itself', () => {
    for (const page of ['/en/articles/nope', '/en/categories/nope', '/en/contact/nope', '/en/contact/declined/nope', '/fr', '/en/nothing/here', notFoundPath('en')]) {
      expect(pages, page).not.toContain(page);
    }
  });

  it('list exactly the articles and categories the loader publishes, drafts left out', () => {
    const contentDir = path.join(validFixture, 'content');
    const listed = publishedPages(listContent(contentDir)).filter((page) => page.kind === 'article' || page.kind === 'category').map(sitePath);
    const { locales } = loadContent(contentDir, { publicDir: path.join(validFixture, 'public') });
    const loaded = [
      ...locales.en!.categories.map((category) => `/en/categories/${category.slug}`),
      ...locales.en!.articles.map((article) => `/en/articles/${article.slug}`),
    ];
    expect(listed.sort()).toEqual(loaded.sort());
    expect(listed).not.toContain('/en/articles/capitalised-draft');
    expect(listed).not.toContain('/en/articles/draft-with-a-comment');
  });
});
