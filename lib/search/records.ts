import Fuse, { type FuseIndex } from 'fuse.js';
import type { Locale } from '../i18n/config';
import type { Article } from '../content/load';
import { compareWords, encodePostings, frequencyClass, labelBits, PostingsBuilder } from './inverted';
import { distinctContentWords, normalizeText, normalizeWords } from './normalize';
import { fuseOptions, searchKeys, type SearchRef } from './options';
import { emptySearchWords, type SearchWords } from './words';

/** The part of an article search reads. */
export type SearchableArticle = Pick<Article, 'slug' | 'title' | 'summary' | 'keywords' | 'errors' | 'sections'>;

/**
 * One bounded record of the index. Fuse scores a match far into a long field poorly, so an article
 * is cut into an article record (title, summary, keywords, errors) and one record per chunk of each
 * section (a slice of its text, with the heading on the first). Every value is normalised text.
 */
export interface SearchRecord extends SearchRef {
  title?: string;
  summary?: string;
  /** The article's keywords, normalised and joined by `listSeparator`. */
  keywords?: string;
  /** The article's error messages, normalised and joined by `listSeparator`. */
  errors?: string;
  heading?: string;
  body?: string;
}

/**
 * About this many words of section text go in one chunk, counted before stopwords and repeats are
 * dropped. A section is cut into equal chunks (40 to 90 words each), so no chunk is a stub.
 */
export const chunkWords = 60;

/**
 * What one article may put in the index at most, so a single very long article cannot make the
 * first load heavy (an inline index, or the vocabulary of a sharded core): this many words of
 * section text (four times the longest article today), this many sections, and this many keywords
 * and error messages. Each section gets an equal share of the words, and what a short section leaves
 * goes to the others, so the start of every section is searchable; the page itself is unchanged.
 */
export const maxArticleWords = 2500;
export const maxArticleSections = 40;
export const maxArticlePhrases = 100;

/** Words of each section's text kept: `maxArticleWords` shared out, short sections first. */
function sectionBudgets(lengths: readonly number[]): number[] {
  const budgets = lengths.map(() => 0);
  let left = maxArticleWords;
  const order = lengths.map((length, index) => ({ length, index })).sort((a, b) => a.length - b.length);
  order.forEach(({ length, index }, position) => {
    const share = Math.floor(left / (order.length - position));
    budgets[index] = Math.min(length, share);
    left -= budgets[index]!;
  });
  return budgets;
}

export function toSearchRecords(articles: readonly SearchableArticle[], locale: Locale): SearchRecord[] {
  const records: SearchRecord[] = [];
  articles.forEach((article, articleIndex) => {
    records.push({
      article: articleIndex,
      section: -1,
      title: normalizeText(article.title, locale),
      summary: normalizeText(article.summary, locale),
      // The slug names the topic in the content team's words ("recognize-phishing-and-scams"): a keyword too.
      keywords: normalizeList([...article.keywords.slice(0, maxArticlePhrases), article.slug], locale),
      errors: normalizeList(article.errors.slice(0, maxArticlePhrases), locale),
    });
    const sections = article.sections.slice(0, maxArticleSections);
    const sectionWords = sections.map((section) => normalizeWords(section.text, locale));
    const budgets = sectionBudgets(sectionWords.map((words) => words.length));
    sections.forEach((section, sectionIndex) => {
      const heading = normalizeText(section.heading, locale).split(' ').slice(0, chunkWords).join(' ') || undefined;
      const words = sectionWords[sectionIndex]!.slice(0, budgets[sectionIndex]);
      if (words.length === 0) {
        if (heading) records.push({ article: articleIndex, section: sectionIndex, heading });
        return;
      }
      const count = Math.max(1, Math.round(words.length / chunkWords));
      const size = Math.ceil(words.length / count);
      for (let start = 0; start < words.length; start += size) {
        const body = distinctContentWords(words.slice(start, start + size), locale).join(' ');
        // The heading goes with the first chunk only: every chunk still points to the section.
        const chunkHeading = start === 0 ? heading : undefined;
        if (body || chunkHeading) records.push({ article: articleIndex, section: sectionIndex, heading: chunkHeading, body: body || undefined });
      }
    });
  });
  return records;
}

/**
 * Keywords and errors are each one field, their phrases joined by this separator (normalised text
 * never contains it). As an array, every matching phrase would multiply into Fuse's score, so an
 * article listing "add card", "add a card" and "add knet card" would outrank one that lists a phrase once.
 */
export const listSeparator = ' | ';

/** Normalised, without empties and repeats ("KNET" and "knet" are one keyword), joined; undefined when empty. */
function normalizeList(values: readonly string[], locale: Locale): string | undefined {
  const phrases = [...new Set(values.map((value) => normalizeText(value, locale)).filter(Boolean))];
  return phrases.length > 0 ? phrases.join(listSeparator) : undefined;
}

/** What a result needs to be shown: the article and the headings its sections link to. */
export interface SearchArticle {
  slug: string;
  title: string;
  summary: string;
  /** [heading id, heading text] for each section, in the order records refer to them; '' for the text before the first heading. */
  sections: [string, string][];
}

export type SerializedIndex = ReturnType<FuseIndex<SearchRef>['toJSON']>;
export type SerializedRecord = SerializedIndex['records'][number];

/** Scripts a query may be written in; one that no title or keyword uses finds nothing on that site. */
export type Script = 'latin' | 'arabic';
export const scriptLetters: Record<Script, RegExp> = { latin: /[a-z]/, arabic: /[\u0621-\u064a]/ };

/**
 * A small library, served whole at `/<locale>/search-index.json` and loaded in the browser on
 * first use: one request, and the browser derives its word lookup from the records.
 */
export interface InlinePayload {
  version: 3;
  kind: 'inline';
  locale: Locale;
  /** The editors' search words (stopwords, dialect words, synonyms, translations), read with the index. */
  words: SearchWords;
  /** The scripts the articles' titles and keywords are written in. */
  scripts: Script[];
  articles: SearchArticle[];
  /** Indexes into `articles` of the popular articles, offered when nothing matches. */
  popular: number[];
  /** [article, section] of each index record: the Fuse documents, without their text. */
  refs: [number, number][];
  /** `Fuse.createIndex` output: the normalised text of every record, field by field. */
  index: SerializedIndex;
}

/** A popular article of a sharded library, with what its result shows. */
export interface PopularArticle {
  article: number;
  slug: string;
  title: string;
  summary: string;
}

/**
 * A large library, in parts: this core at `/<locale>/search-index.json` holds the vocabulary (for
 * partial words, typos and suggestions); a query then fetches the postings of its words
 * (`search-index/postings-<n>.json`) and the records of its best candidate articles
 * (`search-index/article-<n>.json`). A reader downloads the core and what their queries touch.
 */
export interface ShardedPayload {
  version: 3;
  kind: 'sharded';
  locale: Locale;
  words: SearchWords;
  scripts: Script[];
  articleCount: number;
  popular: PopularArticle[];
  /** Every indexed word, in code-unit order, separated by spaces. */
  vocabulary: string;
  /** One character per word of `vocabulary`: how many articles hold it (`frequencyClass`). */
  frequencies: string;
  /** Base64 of one bit per word of `vocabulary` (`labelBits`): set when a title, keyword, error or heading holds it. */
  labels: string;
  /** The first word of each postings file, in order: the words from one to the next are in that file. */
  postingsFiles: string[];
}

export type SearchPayload = InlinePayload | ShardedPayload;

/** `search-index/postings-<n>.json`: word → the articles holding it (`encodePostings`). */
export interface PostingsFile {
  postings: Record<string, number[]>;
}

/** `search-index/article-<n>.json`: one article's result data and its records, as a Fuse index of its own. */
export interface ArticleFragment {
  article: SearchArticle;
  /** The section (-1 for the article's own fields) of each record in `records`. */
  sections: number[];
  /** `Fuse.createIndex` records of this article alone; `i` counts from 0 within the article. */
  records: SerializedRecord[];
}

export const searchIndexDirectory = 'search-index';
export const postingsFileName = (file: number) => `postings-${file}.json`;
export const articleFileName = (article: number) => `article-${article}.json`;

export function createSearchIndex(records: readonly SearchRecord[]): FuseIndex<SearchRecord> {
  return Fuse.createIndex<SearchRecord>(
    searchKeys.map((key) => ({ ...key })),
    records,
    { fieldNormWeight: fuseOptions.fieldNormWeight },
  );
}

function toSearchArticle(article: SearchableArticle): SearchArticle {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    sections: article.sections.slice(0, maxArticleSections).map((section): [string, string] => [section.id, section.heading]),
  };
}

/** The scripts of the titles and keywords: a query in another script is not searched as typed. */
function scriptsOf(articles: readonly SearchableArticle[], locale: Locale): Script[] {
  const shallow = articles.map((article) => normalizeText(`${article.title} ${article.keywords.join(' ')}`, locale)).join(' ');
  return (Object.keys(scriptLetters) as Script[]).filter((script) => scriptLetters[script].test(shallow));
}

export function buildSearchPayload(
  articles: readonly SearchableArticle[],
  locale: Locale,
  popularSlugs: readonly string[] = [],
  words: SearchWords = emptySearchWords,
): InlinePayload {
  const records = toSearchRecords(articles, locale);
  const index = createSearchIndex(records);
  return {
    version: 3,
    kind: 'inline',
    locale,
    words,
    scripts: scriptsOf(articles, locale),
    articles: articles.map(toSearchArticle),
    popular: popularPositions(articles, popularSlugs),
    refs: records.map((record): [number, number] => [record.article, record.section]),
    index: index.toJSON() as SerializedIndex,
  };
}

function popularPositions(articles: readonly SearchableArticle[], popularSlugs: readonly string[]): number[] {
  const slugs = articles.map((article) => article.slug);
  return popularSlugs.map((slug) => slugs.indexOf(slug)).filter((position) => position >= 0);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Up to this many articles, the index is one file; beyond, it is sharded. */
export const maxInlineArticles = 120;
/** Postings per postings file, about: small enough that a query's words fetch little. */
export const postingsPerFile = 4000;

/** The served search files of a locale: the payload, and for a sharded library its other files by name. */
export interface SearchFiles {
  payload: SearchPayload;
  /** File name (under `search-index/`) → JSON value; empty for an inline library. */
  files: Map<string, PostingsFile | ArticleFragment>;
}

export function buildSearchFiles(
  articles: readonly SearchableArticle[],
  locale: Locale,
  popularSlugs: readonly string[] = [],
  { sharded = articles.length > maxInlineArticles, words: searchWords = emptySearchWords }: { sharded?: boolean; words?: SearchWords } = {},
): SearchFiles {
  if (!sharded) return { payload: buildSearchPayload(articles, locale, popularSlugs, searchWords), files: new Map() };

  const files: SearchFiles['files'] = new Map();
  const records = toSearchRecords(articles, locale);
  const postings = new PostingsBuilder();
  const byArticle = new Map<number, SearchRecord[]>();
  for (const record of records) {
    for (const key of searchKeys) {
      const text = record[key.name];
      if (text) postings.add(record.article, key.name, text);
    }
    const own = byArticle.get(record.article);
    if (own) own.push(record);
    else byArticle.set(record.article, [record]);
  }
  articles.forEach((article, position) => {
    const own = byArticle.get(position) ?? [];
    const index = createSearchIndex(own).toJSON() as SerializedIndex;
    files.set(articleFileName(position), { article: toSearchArticle(article), sections: own.map((record) => record.section), records: index.records });
  });

  const words = [...postings.words.keys()].sort(compareWords);
  const postingsFiles: string[] = [];
  let current: PostingsFile | undefined;
  let inCurrent = 0;
  for (const word of words) {
    const encoded = encodePostings(postings.postings(word));
    if (!current || inCurrent + encoded.length > postingsPerFile) {
      current = { postings: Object.create(null) as PostingsFile['postings'] };
      inCurrent = 0;
      files.set(postingsFileName(postingsFiles.length), current);
      postingsFiles.push(word);
    }
    current.postings[word] = encoded;
    inCurrent += encoded.length;
  }

  const popular = popularPositions(articles, popularSlugs).map((position): PopularArticle => {
    const { slug, title, summary } = articles[position]!;
    return { article: position, slug, title, summary };
  });
  return {
    payload: {
      version: 3,
      kind: 'sharded',
      locale,
      words: searchWords,
      scripts: scriptsOf(articles, locale),
      articleCount: articles.length,
      popular,
      vocabulary: words.join(' '),
      frequencies: words.map((word) => frequencyClass(postings.words.get(word)!.size)).join(''),
      labels: toBase64(labelBits(words, postings.labels())),
      postingsFiles,
    },
    files,
  };
}
