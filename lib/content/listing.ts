import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { locales, type Locale } from '../i18n/config';
import { articleFrontmatterSchema, categoriesFileSchema } from './schema';

/**
 * `content/`, unless HELP_CONTENT_DIR names another folder (absolute, or relative to the project):
 * `npm run build:hostile` builds the site from a copy with hostile articles added, for the XSS test.
 * Images still come from the project's `public/`.
 * The default is spelled from process.cwd() so the bundler traces content/ alone; the override is
 * left untraced, as only tests use it. The loader (at build time), the listing (the proxy, at run
 * time) and `scripts/content-check.ts` all read it.
 */
export const siteContentDir = process.env.HELP_CONTENT_DIR
  ? path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.HELP_CONTENT_DIR)
  : path.join(process.cwd(), 'content');

/** The slugs a locale publishes: categories in their order, articles by category, then file name. */
export interface ContentListing {
  categories: string[];
  articles: { slug: string; category: string }[];
}

/**
 * What the loader publishes, found cheaply: category slugs from categories.json and each article's
 * `draft` field, read with the loader's own front-matter parser and schema, without rendering any
 * Markdown. The proxy asks this on every request (computed once); the sitemap and the link checker
 * ask it too (through `lib/pages.ts`), so none of them can list a page the site does not build. Only
 * `draft` decides here: content the loader rejects for any other reason stops the build anyway.
 */
export function listContent(contentDir: string = siteContentDir): Partial<Record<Locale, ContentListing>> {
  const listing: Partial<Record<Locale, ContentListing>> = {};
  for (const locale of locales) {
    const localeDir = path.join(contentDir, locale);
    const categories = readCategories(path.join(localeDir, 'categories.json'));
    if (!categories) continue;
    const articles: ContentListing['articles'] = [];
    for (const category of categories) {
      const folder = path.join(localeDir, category);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
      for (const file of readdirSync(folder).sort()) {
        if (file.endsWith('.md') && isPublished(path.join(folder, file))) articles.push({ slug: file.slice(0, -'.md'.length), category });
      }
    }
    listing[locale] = { categories, articles };
  }
  return listing;
}

function readCategories(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = categoriesFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? [...parsed.data].sort((a, b) => a.order - b.order).map((category) => category.slug) : undefined;
  } catch {
    return undefined;
  }
}

const draftSchema = articleFrontmatterSchema.shape.draft;

function isPublished(file: string): boolean {
  if (!statSync(file).isFile()) return false;
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('---')) return false;
  try {
    // Options turn gray-matter's cache off, as in the loader.
    const { data } = matter(text, {});
    const draft = draftSchema.safeParse((data as Record<string, unknown>).draft);
    return draft.success && !draft.data;
  } catch {
    return false;
  }
}
