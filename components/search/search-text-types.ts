import type { MessageVerdictText } from '@/components/message-check/message-check-text';
import type { SensitiveWarningText } from './sensitive-warning';

/** The search interface's text in one locale, built on the server by `searchText`. */
export interface SearchText {
  label: string;
  placeholder: string;
  submit: string;
  dialogTitle: string;
  close: string;
  loading: string;
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

/** A template of `SearchText` with the query in its place. */
export function fillQuery(template: string, query: string): string {
  return template.replace('{query}', () => query);
}

/** "3 results for “knet”": `count` is at most the result limit the text was built for. */
export function resultsFor(text: SearchText, count: number, query: string): string {
  return fillQuery(text.resultsFor[Math.min(count, text.resultsFor.length - 1)] ?? '', query);
}

/** Results the dialog lists at most. */
export const dialogResultLimit = 8;
/** Results the results page lists at most. */
export const pageResultLimit = 50;
