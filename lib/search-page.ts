import type { Metadata } from 'next';
import { getDictionary } from './i18n';
import type { Locale } from './i18n/config';
import { checkMessage, type MessageCheck } from './message-check';
import { looksLikeMessage } from './message-check/pasted';
import { pageMetadata } from './metadata';
import { searchPath } from './paths';
import { answerQuery, type SearchAnswer } from './search/answer';
import { maxQueryLength } from './search/normalize';
import { servedSearchEngine } from './search-index';
import { stripSecrets } from './secrets';

/** The results page's metadata, with or without a query: for readers, not for search engines. */
export function searchPageMetadata(locale: Locale): Metadata {
  const t = getDictionary(locale).search;
  return {
    ...pageMetadata({ locale, path: searchPath(locale), title: t.pageTitle, description: t.pageDescription }),
    robots: { index: false, follow: true },
  };
}

/** A search answered on the server: the query as searched, its answer, and the message check's verdict when it is a pasted message. */
export interface ServerAnswer {
  query: string;
  answer: SearchAnswer;
  message?: { message: string; result: MessageCheck };
}

/**
 * The answer to `?q=` for a reader without JavaScript: the engine the browser runs, over the same
 * files (`servedSearchEngine`), and the same secret rules: card numbers, codes and personal
 * numbers are removed before anything is searched or rendered (the proxy has already sent a query
 * holding one to the search without it; this is the second line).
 */
export async function answerSearchOnServer(locale: Locale, q: string | string[] | undefined, limit: number): Promise<ServerAnswer> {
  const raw = (Array.isArray(q) ? q[0] : q) ?? '';
  const query = stripSecrets(raw.slice(0, maxQueryLength)).text.trim();
  if (!query) return { query, answer: { hits: [], confident: false, suggestions: [] } };
  const answer = await answerQuery(servedSearchEngine(locale), query, limit);
  return { query, answer, ...(looksLikeMessage(query) ? { message: { message: query, result: checkMessage(query) } } : {}) };
}
