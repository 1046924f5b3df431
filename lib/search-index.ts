import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { getArticles, getSiteLists, siteContentDir } from './content';
import type { Locale } from './i18n/config';
import { searchIndexFilePath } from './paths';
import { createSearchEngine, type SearchEngine } from './search/engine';
import { buildSearchFiles, buildSearchPayload, maxInlineArticles, type SearchFiles, type SearchPayload } from './search/records';
import { loadSearchWords } from './search/words-data';

/** The search files of a locale as served: the payload carries the build they belong to. */
export interface ServedSearchFiles extends SearchFiles {
  payload: SearchPayload & { build: string };
  /** A hash of everything in the files: it names their folder, and the payload says it. */
  build: string;
}

const built = new Map<Locale, ServedSearchFiles>();

/** The most a reader downloads before a first search: one inline index, or a sharded index's core. */
export const maxFirstLoadGzipBytes = 30 * 1024;

/**
 * The search files of a locale, built once per build process from the site's articles. The index
 * is one file while it stays within `maxFirstLoadGzipBytes` gzip (and `maxInlineArticles`); past
 * that it is sharded, so growing the library never makes the first search slower to load.
 * `HELP_SEARCH_SHARDED=1` shards it whatever its size, so the browser tests can run the sharded path
 * against the real articles.
 */
export function getSearchFiles(locale: Locale): ServedSearchFiles {
  let files = built.get(locale);
  if (!files) {
    const articles = getArticles(locale);
    const popular = getSiteLists(locale).popular;
    const words = loadSearchWords(siteContentDir, locale);
    const inline = process.env.HELP_SEARCH_SHARDED === '1' ? undefined : buildSearchFiles(articles, locale, popular, { sharded: false, words });
    const fits =
      inline !== undefined && articles.length <= maxInlineArticles && gzipSync(JSON.stringify(inline.payload)).length <= maxFirstLoadGzipBytes;
    const { payload, files: parts } = fits ? inline : buildSearchFiles(articles, locale, popular, { sharded: true, words });
    const hash = createHash('sha256').update(JSON.stringify(payload));
    for (const [name, value] of [...parts].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update(JSON.stringify(value));
    const build = hash.digest('hex').slice(0, 16);
    files = { payload: { ...payload, build }, files: parts, build };
    built.set(locale, files);
  }
  return files;
}

/** Where a page finds its locale's index, and the build it must come from. */
export interface SearchIndexLocation {
  /** The index itself (inline, or a sharded index's core). */
  path: string;
  /** The folder of a sharded index's other files. */
  filesPath: string;
  build: string;
  /** The index file's size as JSON, in bytes: the total the loading progress counts towards. */
  bytes: number;
  /** Its size gzip-compressed, as it travels: what the load's time budget is reckoned from. */
  transferBytes: number;
}

/**
 * The index's files live under a folder named by their hash, `/<locale>/search-index/<build>/`, and
 * are served as immutable: a deploy that changes them changes the name, so no cache can hand a page
 * an index from another build, and no browser fetches the same one twice.
 */
export function searchIndexLocation(locale: Locale): SearchIndexLocation {
  let location = locations.get(locale);
  if (!location) {
    const { build, payload } = getSearchFiles(locale);
    const filesPath = `${searchIndexFilePath(locale, build)}/`;
    const json = JSON.stringify(payload);
    location = { path: `${filesPath}${searchIndexFileName}`, filesPath, build, bytes: Buffer.byteLength(json), transferBytes: gzipSync(json).length };
    locations.set(locale, location);
  }
  return location;
}

const locations = new Map<Locale, SearchIndexLocation>();

/** The name of the index's first file in its folder (a sharded index's other files are numbered). */
export const searchIndexFileName = 'index.json';

/** Files named by their content: cached for a year, never revalidated. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

const serverEngines = new Map<Locale, SearchEngine>();

/**
 * One inline engine per locale over the site's articles, search words and popular list, whatever
 * shape the browser gets: for the editors' report and for the results page answered without
 * JavaScript, so both rank as the browser does.
 */
export function serverSearchEngine(locale: Locale): SearchEngine {
  let engine = serverEngines.get(locale);
  if (!engine) {
    const payload = buildSearchPayload(getArticles(locale), locale, getSiteLists(locale).popular, loadSearchWords(siteContentDir, locale));
    serverEngines.set(locale, (engine = createSearchEngine(payload)));
  }
  return engine;
}

const servedEngines = new Map<Locale, SearchEngine>();

/**
 * The engine over exactly the files the browser gets (inline or sharded, the sharded files read
 * from memory): the results page answered on the server uses it, so the results a reader sees
 * first are the ones the browser's search keeps when it takes over, in the same order.
 */
export function servedSearchEngine(locale: Locale): SearchEngine {
  let engine = servedEngines.get(locale);
  if (!engine) {
    const { payload, files } = getSearchFiles(locale);
    const fetchFile = async (name: string) => {
      const file = files.get(name);
      if (file === undefined) throw new Error(`search index ${locale}: no file ${name}`);
      return file;
    };
    servedEngines.set(locale, (engine = createSearchEngine(payload, fetchFile)));
  }
  return engine;
}

/** What the editors' report shows beside a failed query: the article it comes closest to. */
export interface ClosestArticle {
  slug: string;
  title: string;
  /** The engine's confidence (`SearchEngine.answer`): low for a query no article answers. */
  confidence: number;
}

/**
 * The article a failed search comes closest to, or undefined when no article holds any of its
 * words: what an editor could teach search to map the query to (README, "Teaching search a word"),
 * or the sign that an article is missing. Server side, for `lib/feedback/report.ts`: one inline
 * engine per locale over the site's articles and search words, whatever shape the browser gets.
 */
export function closestArticle(locale: Locale, query: string): ClosestArticle | undefined {
  const { hits, confidence } = serverSearchEngine(locale).answer(query, { limit: 1 });
  const [top] = hits;
  return top ? { slug: top.slug, title: top.title, confidence } : undefined;
}
