import path from 'node:path';
import { locales, type Locale } from '../i18n';
import { siteContentDir } from './listing';
import { loadContent, type Article, type LocaleContent } from './load';
import { ContentError } from './problems';
import type { Category } from './schema';

export type { Article, LocaleContent } from './load';
export { listContent, siteContentDir, type ContentListing } from './listing';
export type { Category, SiteLists } from './schema';
export { articlePageIds } from './schema';
export { ContentError, formatProblem, type ContentProblem } from './problems';

let cached: Map<Locale, LocaleContent> | undefined;

/**
 * The site's one door to content. Loaded once per process; any content problem stops the build
 * with the full list (the same list `npm run content:check` prints).
 */
function siteContent(locale: Locale): LocaleContent {
  if (!cached) {
    const loaded = loadContent(siteContentDir, {
      displayRoot: path.relative(process.cwd(), siteContentDir),
      publicDir: path.join(process.cwd(), 'public'),
      requiredLocales: locales,
    });
    if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
    cached = new Map(Object.entries(loaded.locales) as [Locale, LocaleContent][]);
  }
  const content = cached.get(locale);
  if (!content) throw new Error(`No content for locale "${locale}"`);
  return content;
}

export function getCategories(locale: Locale): Category[] {
  return siteContent(locale).categories;
}

export function getCategory(locale: Locale, slug: string): Category | undefined {
  return getCategories(locale).find((category) => category.slug === slug);
}

export function getArticles(locale: Locale, filter: { category?: string } = {}): Article[] {
  const { articles } = siteContent(locale);
  return filter.category ? articles.filter((article) => article.category === filter.category) : articles;
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return getArticles(locale).find((article) => article.slug === slug);
}

/** Articles by slug, in the order given, skipping any that do not exist. */
export function getArticlesBySlug(locale: Locale, slugs: readonly string[]): Article[] {
  return slugs.flatMap((slug) => getArticle(locale, slug) ?? []);
}

export function getSiteLists(locale: Locale) {
  return siteContent(locale).lists;
}
