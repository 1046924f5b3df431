import { gzipSync } from 'node:zlib';
import { getArticles, getSiteLists } from './content';
import type { Locale } from './i18n/config';
import { buildSearchFiles, maxInlineArticles, type SearchFiles } from './search/records';

const built = new Map<Locale, SearchFiles>();

/** The most a reader downloads before a first search: one inline index, or a sharded index's core. */
export const maxFirstLoadGzipBytes = 30 * 1024;

/**
 * The search files of a locale, built once per build process from the site's articles. The index
 * is one file while it stays within `maxFirstLoadGzipBytes` gzip (and `maxInlineArticles`); past
 * that it is sharded, so growing the library never makes the first search slower to load.
 * `HELP_SEARCH_SHARDED=1` shards it whatever its size, so the browser tests can run the sharded path
 * against the real articles.
 */
export function getSearchFiles(locale: Locale): SearchFiles {
  let files = built.get(locale);
  if (!files) {
    const articles = getArticles(locale);
    const popular = getSiteLists(locale).popular;
    const inline = process.env.HELP_SEARCH_SHARDED === '1' ? undefined : buildSearchFiles(articles, locale, popular, { sharded: false });
    const fits =
      inline !== undefined && articles.length <= maxInlineArticles && gzipSync(JSON.stringify(inline.payload)).length <= maxFirstLoadGzipBytes;
    files = fits ? inline : buildSearchFiles(articles, locale, popular, { sharded: true });
    built.set(locale, files);
  }
  return files;
}
