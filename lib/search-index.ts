import { getArticles, getSiteLists } from './content';
import type { Locale } from './i18n/config';
import { buildSearchFiles, type SearchFiles } from './search/records';

const built = new Map<Locale, SearchFiles>();

/**
 * The search files of a locale, built once per build process from the site's articles. The
 * index is sharded when the library outgrows one file; `HELP_SEARCH_SHARDED=1` shards it whatever
 * its size, so the browser tests can run the sharded path against the real articles.
 */
export function getSearchFiles(locale: Locale): SearchFiles {
  let files = built.get(locale);
  if (!files) {
    const sharded = process.env.HELP_SEARCH_SHARDED === '1' ? true : undefined;
    files = buildSearchFiles(getArticles(locale), locale, getSiteLists(locale).popular, { sharded });
    built.set(locale, files);
  }
  return files;
}
