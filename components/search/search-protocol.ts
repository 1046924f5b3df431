import type { SearchHit } from '@/lib/search/engine';
import type { SearchAnswer } from '@/lib/search/answer';

/**
 * What the page and the search worker say to each other, and the types both sides share. Nothing
 * here imports the engine, so the search box, loaded with every page, can use it.
 */

/** Where a locale's index is: its first file, and the folder of a sharded index's other files. */
export interface SearchIndexRef {
  /** Absolute URL of the index (the inline index, or a sharded index's core). */
  url: string;
  /** Absolute URL the other files' names are appended to. */
  filesUrl: string;
  /** The build the page belongs to: an index from any other is refused. */
  build: string;
  /** The index file's size as JSON, known at build time: the total its loading progress counts to. */
  bytes: number;
}

/** How far the index has come: bytes received of the total (JSON, as decoded). */
export interface SearchLoadProgress {
  received: number;
  total: number;
}

/** Why an index did not load: no network, no answer in time, or anything else (an HTTP error, a broken file). */
export type SearchFailure = 'offline' | 'stalled' | 'error';

export class SearchLoadError extends Error {
  constructor(
    readonly failure: SearchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SearchLoadError';
  }
}

/**
 * Why loading or answering failed: a SearchLoadError says; any other error counts as 'offline' when
 * the browser is (a sharded index's next file cannot come without a connection), else 'error'.
 */
export function failureOf(error: unknown): SearchFailure {
  if (error instanceof SearchLoadError) return error.failure;
  return typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'error';
}

export type { SearchAnswer } from '@/lib/search/answer';

/** Messages from the page to the search worker. */
export type ToWorker = { type: 'load'; index: SearchIndexRef } | { type: 'query'; id: number; query: string; limit: number; exact: boolean };

/** Messages from the search worker to the page. */
export type FromWorker =
  | { type: 'loaded'; popular: SearchHit[] }
  | ({ type: 'progress' } & SearchLoadProgress)
  | { type: 'failed'; failure: SearchFailure; message: string }
  | { type: 'answer'; id: number; answer: SearchAnswer }
  | { type: 'error'; id: number; failure: SearchFailure; message: string };
