import { toOneByteRecord } from '../one-byte';
import { searchKeys, type SearchField } from '../options';
import { listSeparator, type ArticleFragment, type SearchArticle, type SerializedRecord } from '../records';
import type { Posting, Vocabulary } from '../inverted';

/** Fetches one of the index's other files by name (`postings-3.json`, `article-12.json`). */
export type FetchSearchFile = (name: string) => Promise<unknown>;

/** One article as the ranker reads it: its result data, and its records (as served, and for Fuse). */
export interface LoadedArticle {
  article: SearchArticle;
  sections: number[];
  records: SerializedRecord[];
  /** The same records with Arabic letters in one-byte form, which is what Fuse searches. */
  fuseRecords: SerializedRecord[];
}

/** Where the engine reads the index from: all in memory (inline) or fetched in parts (sharded). */
export interface IndexStore {
  articleCount: number;
  vocabulary: Vocabulary;
  popular: { article: number; slug: string; title: string; summary: string }[];
  /** The articles holding a word; undefined while its postings are not loaded. */
  postings(word: string): Posting[] | undefined;
  loadPostings(words: Iterable<string>): Promise<void>;
  /** One article's records; undefined while not loaded. */
  article(article: number): LoadedArticle | undefined;
  loadArticles(articles: Iterable<number>): Promise<void>;
}

export function loadedArticle(fragment: ArticleFragment): LoadedArticle {
  return { ...fragment, fuseRecords: fragment.records.map(toOneByteRecord) };
}

/** Where each field sits in an index record: records are built with the keys in `searchKeys` order. */
const fieldPosition = new Map(searchKeys.map((key, position) => [key.name, position]));

/** One field's normalised text in an index record; a list field's phrases joined by `listSeparator`. */
export function fieldText(record: SerializedRecord | undefined, field: SearchField): string {
  const value = record?.$?.[fieldPosition.get(field)!];
  if (!value) return '';
  return Array.isArray(value) ? value.map((sub) => sub.v).join(listSeparator) : value.v;
}

/** The phrases of a list field (keywords, errors). */
export function fieldPhrases(record: SerializedRecord | undefined, field: SearchField): string[] {
  return fieldText(record, field).split(listSeparator).filter(Boolean);
}
