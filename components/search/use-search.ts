import { startTransition, useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchIndexLocation } from '@/lib/search-index';
import type { SearchHit } from '@/lib/search/engine';
import { loadSearch, watchSearchProgress, type SearchClient } from './load-search';
import { failureOf, type SearchFailure, type SearchLoadProgress } from './search-protocol';

/**
 * The locale's search for a component: `undefined` while it loads, `progress` (bytes of the index
 * received) meanwhile, `failure` saying why a load failed (offline, stalled, anything else), and
 * `retry` to try again (a failed load is not cached).
 */
export function useSearchClient(
  locale: Locale,
  index: SearchIndexLocation,
  /** False while nothing needs the browser's search yet (the server already answered the page's query): nothing loads until it turns true. */
  wanted = true,
): { client: SearchClient | undefined; failure: SearchFailure | undefined; progress: SearchLoadProgress | undefined; retry: () => void } {
  const [client, setClient] = useState<SearchClient | undefined>();
  const [failure, setFailure] = useState<SearchFailure | undefined>();
  const [progress, setProgress] = useState<SearchLoadProgress | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => watchSearchProgress(locale, setProgress), [locale]);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    setFailure(undefined);
    loadSearch(locale, index).then(
      // Transitions: React renders what they change in slices, yielding between them, so a page
      // of results never blocks typing or scrolling for longer than a frame or two.
      (loaded) => current && startTransition(() => setClient(loaded)),
      (error: unknown) => current && setFailure(failureOf(error)),
    );
    return () => {
      current = false;
    };
  }, [locale, index, attempt, wanted]);

  return { client, failure, progress, retry: () => setAttempt((count) => count + 1) };
}

interface Answered {
  query: string;
  exact: boolean;
  hits: SearchHit[];
  confident: boolean;
  suggestions: string[];
  corrected?: string;
}

/**
 * Results for a query, once search holds what the query needs (at once for an inline index; after
 * its postings and candidate articles are fetched for a sharded one). `hits` keeps the previous
 * query's results while the next one is answered, so results do not flicker as the reader types;
 * `current` says whether they answer the query asked now. `suggestions` are queries close to one
 * that found nothing. `confident` says whether the hits answer the query or are only the closest articles.
 * `failure` says why the last query could not be answered (a sharded index's file that could not
 * come: 'offline' without a connection); an offline failure is tried again when the connection is back.
 */
export function useSearchAnswer(
  client: SearchClient | undefined,
  query: string,
  limit: number,
  exact = false,
): { hits: SearchHit[]; confident: boolean; suggestions: string[]; corrected?: string; current: boolean; failure?: SearchFailure; retry: () => void } {
  const [answered, setAnswered] = useState<Answered>({ query: '', exact: false, hits: [], confident: false, suggestions: [] });
  const [failure, setFailure] = useState<SearchFailure | undefined>();
  const [attempt, setAttempt] = useState(0);
  const retry = () => setAttempt((count) => count + 1);

  useEffect(() => {
    if (!client || !query) return;
    let current = true;
    setFailure(undefined);
    client.query(query, limit, exact).then(
      (answer) => current && startTransition(() => setAnswered({ query, exact, ...answer })),
      (error: unknown) => current && setFailure(failureOf(error)),
    );
    return () => {
      current = false;
    };
  }, [client, query, limit, exact, attempt]);

  useEffect(() => {
    if (failure !== 'offline') return;
    const online = () => setAttempt((count) => count + 1);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [failure]);

  if (!query) return { hits: [], confident: false, suggestions: [], current: true, retry };
  const current = answered.query === query && answered.exact === exact;
  return { hits: answered.hits, confident: answered.confident, suggestions: current ? answered.suggestions : [], corrected: current ? answered.corrected : undefined, current, failure, retry };
}
