import type { MessageVerdictText } from '@/components/message-check/message-check-text';
import type { SearchFailure } from './search-protocol';
import type { SensitiveWarningText } from './sensitive-warning';

/** The search interface's text in one locale, built on the server by `searchText`. */
export interface SearchText {
  label: string;
  placeholder: string;
  submit: string;
  dialogTitle: string;
  close: string;
  loading: string;
  /** A template: `{received}` of `{total}` kilobytes of the index (`loadingText`). */
  loadingProgress: string;
  loadError: string;
  /** The index could not load and the browser is offline. */
  offline: string;
  /** The index has not arrived after a few seconds. */
  stalled: string;
  retry: string;
  resultsLabel: string;
  /** Indexed by the number of results; each a template for `fillQuery`. */
  resultsFor: string[];
  inSection: string;
  errorMatch: string;
  /** A template for `fillQuery`. */
  seeAll: string;
  keysMove: string;
  keysOpen: string;
  keysClose: string;
  emptyPrompt: string;
  /** A template for `fillQuery`. */
  noResultsTitle: string;
  noResultsText: string;
  /** A template for `fillQuery`: the hits are only the closest articles. */
  noAnswerTitle: string;
  noAnswerText: string;
  closestTitle: string;
  didYouMean: string;
  /** Templates for `fillQuery`: the corrected query, then the query as typed. */
  showingResultsFor: string;
  searchInsteadFor: string;
  popularTitle: string;
  contactText: string;
  contactLink: string;
  pageFormLabel: string;
  sensitive: SensitiveWarningText;
  /** The message check's verdict, shown above the results for a pasted message. */
  messageCheck: MessageVerdictText;
}

/** What the dialog and the results page say when search could not answer, by why it failed. */
export function failureText(text: SearchText, failure: SearchFailure): string {
  if (failure === 'offline') return text.offline;
  if (failure === 'stalled') return text.stalled;
  return text.loadError;
}

/** A template of `SearchText` with the query in its place. */
export function fillQuery(template: string, query: string): string {
  return template.replace('{query}', () => query);
}

/** "3 results for “knet”": `count` is at most the result limit the text was built for. */
export function resultsFor(text: SearchText, count: number, query: string): string {
  return fillQuery(text.resultsFor[Math.min(count, text.resultsFor.length - 1)] ?? '', query);
}

/**
 * "Loading search: 20 of 80 KB" while the index arrives, else "Loading search…". The count moves in
 * tenths of the total, so a screen reader's polite status is not re-read at every chunk.
 */
export function loadingText(text: SearchText, progress: { received: number; total: number } | undefined): string {
  if (!progress || progress.total <= 0) return text.loading;
  const total = Math.max(1, Math.round(progress.total / 1024));
  const tenths = Math.floor((Math.min(progress.received, progress.total) / progress.total) * 10);
  const received = Math.round((total * tenths) / 10);
  return text.loadingProgress.replace('{received}', String(received)).replace('{total}', String(total));
}

/** Results the dialog lists at most. */
export const dialogResultLimit = 8;
/** Results the results page lists at most. */
export const pageResultLimit = 50;
