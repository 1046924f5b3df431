import type { IFuseOptions } from 'fuse.js';

/**
 * What the browser's Fuse instance holds for each indexed record: which article, and which of its
 * sections (-1 for the article's own fields). The text itself lives only in the serialized index.
 */
export interface SearchRef {
  article: number;
  section: number;
}

/**
 * Field weights, after Zendesk's published defaults (title 3, labels 2.8, section 1.5, body 1):
 * keywords and errors are our labels; the summary and the section headings count as sections.
 */
export const searchKeys = [
  { name: 'title', weight: 3 },
  { name: 'keywords', weight: 2.8 },
  { name: 'errors', weight: 2.8 },
  { name: 'summary', weight: 1.5 },
  { name: 'heading', weight: 1.5 },
  { name: 'body', weight: 1 },
] as const;

export type SearchField = (typeof searchKeys)[number]['name'];

/**
 * Token search scores each query word on its own (Bitap, location ignored) and weighs it by how rare
 * it is, so a question finds the article holding its rare words. Index and query are already
 * normalised (lower case, no diacritics), which lets Fuse skip its own case folding on every field.
 */
export const fuseOptions: IFuseOptions<SearchRef> = {
  keys: searchKeys.map((key) => ({ ...key })),
  useTokenSearch: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  threshold: 0.25,
  fieldNormWeight: 0.5,
  includeScore: true,
  shouldSort: true,
};
