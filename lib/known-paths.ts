import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contactStepPaths } from './contact/paths';
import { problems } from './contact/routes';
import { defaultLocale, isLocale, locales, type Locale } from './i18n';

/**
 * Every page path the site serves, worked out cheaply (file names and one JSON file per locale, no
 * Markdown parsing) so the proxy can answer "is this a page?" on each request. Unknown paths are
 * rewritten to the locale's prerendered not-found page with a 404 status: since Next.js 16.3 a
 * `notFound()` 404 is rendered in the browser only (vercel/next.js#62228), which leaves readers
 * without JavaScript, and crawlers, an empty page.
 */
export function pagePaths(): Set<string> {
  const paths = new Set<string>();
  for (const locale of locales) {
    const base = `/${locale}`;
    paths.add(base).add(`${base}/search`).add(`${base}/search-index.json`).add(`${base}/privacy`);
    for (const path of contactStepPaths(locale, problems)) paths.add(path);
    // Paths spelled from process.cwd() so the bundler traces only content/, not the whole project.
    // HELP_CONTENT_DIR is the content folder the site was built from (see lib/content/index.ts).
    const localeDir = process.env.HELP_CONTENT_DIR
      ? path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.HELP_CONTENT_DIR, locale)
      : path.join(process.cwd(), 'content', locale);
    if (!existsSync(localeDir)) continue;
    const categories = JSON.parse(readFileSync(path.join(localeDir, 'categories.json'), 'utf8')) as { slug: string }[];
    for (const { slug: category } of categories) {
      paths.add(`${base}/categories/${category}`);
      const folder = path.join(localeDir, category);
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder)) {
        if (!file.endsWith('.md')) continue;
        const head = readFileSync(path.join(folder, file), 'utf8').slice(0, 2000);
        if (!/^draft:\s*true\s*$/m.test(head.split(/^---\s*$/m)[1] ?? '')) paths.add(`${base}/articles/${file.slice(0, -3)}`);
      }
    }
  }
  return paths;
}

/** The locale a path belongs to, for its not-found page; the default locale when it names none. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) ? first : defaultLocale;
}

export const notFoundPath = (locale: Locale) => `/${locale}/page-not-found`;
