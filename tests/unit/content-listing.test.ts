import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listContent } from '@/lib/content/listing';
import { loadContent } from '@/lib/content/load';
import { locales } from '@/lib/i18n/config';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const validFixture = path.join(projectRoot, 'tests/fixtures/valid');
const fixtureContent = path.join(validFixture, 'content');
const load = (contentDir: string) => loadContent(contentDir, { publicDir: path.join(validFixture, 'public'), displayRoot: 'content' });

const scratch = mkdtempSync(path.join(os.tmpdir(), 'content-listing-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each locale's published articles as `category/slug`, sorted, from the loader and from the listing. */
function publishedByLoader(contentDir: string) {
  const { locales: loaded } = load(contentDir);
  return Object.fromEntries(
    Object.entries(loaded).map(([locale, content]) => [locale, content!.articles.map((article) => `${article.category}/${article.slug}`).sort()]),
  );
}
function publishedByListing(contentDir: string) {
  return Object.fromEntries(
    Object.entries(listContent(contentDir)).map(([locale, listing]) => [locale, listing!.articles.map((article) => `${article.category}/${article.slug}`).sort()]),
  );
}

describe('the listing of published pages', () => {
  it('leaves out drafts written "draft: True" and "draft: true # note", as the loader does', () => {
    const { problems, locales: loaded } = load(fixtureContent);
    expect(problems).toEqual([]);
    const loadedSlugs = loaded.en!.articles.map((article) => article.slug);
    const listedSlugs = listContent(fixtureContent).en!.articles.map((article) => article.slug);
    for (const draft of ['capitalised-draft', 'draft-with-a-comment', 'unfinished-draft']) {
      expect(loadedSlugs, draft).not.toContain(draft);
      expect(listedSlugs, draft).not.toContain(draft);
    }
  });

  it('equals the articles and categories the loader publishes for the fixture', () => {
    expect(publishedByListing(fixtureContent)).toEqual(publishedByLoader(fixtureContent));
    expect(publishedByListing(fixtureContent).en).toEqual(['fixes/card-declined', 'guides/gift-cards', 'guides/pay-with-a-card']);
    const loadedCategories = load(fixtureContent).locales.en!.categories.map((category) => category.slug).sort();
    expect([...listContent(fixtureContent).en!.categories].sort()).toEqual(loadedCategories);
  });

  it('follows a draft flag as YAML reads it, whatever the spelling', () => {
    const dir = path.join(scratch, 'spellings');
    cpSync(fixtureContent, dir, { recursive: true });
    const spellings: Record<string, string> = { 'quoted-false': '"false"', yes: 'yes', 'upper-false': 'FALSE', 'upper-true': 'TRUE', 'false-comment': 'false # published' };
    for (const [slug, value] of Object.entries(spellings)) {
      writeFileSync(
        path.join(dir, 'en/guides', `${slug}.md`),
        `---\ntitle: Spelling ${slug}\nsummary: A draft flag spelled another way.\ncategory: guides\nupdated: 2026-09-16\ndraft: ${value}\n---\n\nText.\n`,
      );
    }
    const listed = publishedByListing(dir).en;
    expect(listed).toContain('guides/upper-false');
    expect(listed).toContain('guides/false-comment');
    expect(listed).not.toContain('guides/upper-true');
    // A quoted "false" is not a boolean: the loader rejects the article, so it is not listed either.
    expect(listed).not.toContain('guides/quoted-false');
    expect(publishedByListing(dir)).toEqual(publishedByLoader(dir));
  });

  it('lists the site\'s own content in every locale, the same articles the loader publishes', () => {
    const contentDir = path.join(projectRoot, 'content');
    const listing = listContent(contentDir);
    expect(Object.keys(listing).sort()).toEqual([...locales].sort());
    expect(publishedByListing(contentDir)).toEqual(publishedByLoader(contentDir));
  }, 60_000);
});
