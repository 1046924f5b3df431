import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchEngine, SearchHit } from '@/lib/search/engine';
import { loadSearchEngine } from './load-search';

/**
 * The locale's engine for a component: `undefined` while it loads, `failed` when the load failed,
 * and `retry` to try again (a failed load is not cached).
 */
export function useSearchEngine(locale: Locale): { engine: SearchEngine | undefined; failed: boolean; retry: () => void } {
  const [engine, setEngine] = useState<SearchEngine | undefined>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(false);
    loadSearchEngine(locale).then(
      (loaded) => current && setEngine(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [locale, attempt]);

  return { engine, failed, retry: () => setAttempt((count) => count + 1) };
}

/**
 * Results for a query, once the engine holds what the query needs (at once for an inline index;
 * after its postings and candidate articles are fetched for a sharded one). `hits` keeps the
 * previous query's results while the next one loads, so results do not flicker as the reader
 * types; `current` says whether they answer the query asked now.
 */
export function useSearchHits(
  engine: SearchEngine | undefined,
  query: string,
  limit: number,
): { hits: SearchHit[]; current: boolean; failed: boolean; retry: () => void } {
  const [answered, setAnswered] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = () => setAttempt((count) => count + 1);

  useEffect(() => {
    if (!engine || !query) return;
    let current = true;
    setFailed(false);
    engine.prepare(query, { limit }).then(
      () => current && setAnswered({ query, hits: engine.search(query, { limit }) }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [engine, query, limit, attempt]);

  if (!query) return { hits: [], current: true, failed: false, retry };
  return { hits: answered.hits, current: answered.query === query, failed, retry };
}
