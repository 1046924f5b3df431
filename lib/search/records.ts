import Fuse, { type FuseIndex } from 'fuse.js';
import type { Locale } from '../i18n/config';
import type { Article } from '../content/load';
import { distinctContentWords, normalizeText, normalizeWords } from './normalize';
import { fuseOptions, searchKeys, type SearchRef } from './options';

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

export function toSearchRecords(articles: readonly SearchableArticle[], locale: Locale): SearchRecord[] {
  const records: SearchRecord[] = [];
  articles.forEach((article, articleIndex) => {
    records.push({
      article: articleIndex,
      section: -1,
      title: normalizeText(article.title, locale),
      summary: normalizeText(article.summary, locale),
      // The slug names the topic in the content team's words ("recognize-phishing-and-scams"): a keyword too.
      keywords: normalizeList([...article.keywords, article.slug], locale),
      errors: normalizeList(article.errors, locale),
    });
    article.sections.forEach((section, sectionIndex) => {
      const heading = normalizeText(section.heading, locale) || undefined;
      const words = normalizeWords(section.text, locale);
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

/** The JSON served at `/<locale>/search-index.json` and loaded in the browser on first use. */
export interface SearchPayload {
  version: 1;
  locale: Locale;
  articles: SearchArticle[];
  /** Indexes into `articles` of the popular articles, offered when nothing matches. */
  popular: number[];
  /** [article, section] of each index record: the Fuse documents, without their text. */
  refs: [number, number][];
  /** `Fuse.createIndex` output: the normalised text of every record, field by field. */
  index: SerializedIndex;
}

export function createSearchIndex(records: readonly SearchRecord[]): FuseIndex<SearchRecord> {
  return Fuse.createIndex<SearchRecord>(
    searchKeys.map((key) => ({ ...key })),
    records,
    { fieldNormWeight: fuseOptions.fieldNormWeight },
  );
}

export function buildSearchPayload(
  articles: readonly SearchableArticle[],
  locale: Locale,
  popularSlugs: readonly string[] = [],
): SearchPayload {
  const records = toSearchRecords(articles, locale);
  const index = createSearchIndex(records);
  const slugs = articles.map((article) => article.slug);
  return {
    version: 1,
    locale,
    articles: articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      sections: article.sections.map((section): [string, string] => [section.id, section.heading]),
    })),
    popular: popularSlugs.map((slug) => slugs.indexOf(slug)).filter((position) => position >= 0),
    refs: records.map((record): [number, number] => [record.article, record.section]),
    index: index.toJSON() as SerializedIndex,
  };
}
