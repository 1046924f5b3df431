import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchEngine, SearchHit } from '@/lib/search/engine';
import type { SearchPayload } from '@/lib/search/records';

export function searchIndexUrl(locale: Locale): string {
  return `/${locale}/search-index.json`;
}

/** Where a sharded index's other files are: `/<locale>/search-index/<name>`. */
export function searchFileUrl(locale: Locale, name: string): string {
  return `/${locale}/search-index/${name}`;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The search index answered HTTP ${response.status}`);
  return response.json();
}

const engines = new Map<Locale, Promise<SearchEngine>>();

/**
 * The search engine for a locale: the engine code (with fuse.js) and the locale's index, fetched
 * together the first time anything asks, then kept for the life of the page. Nothing here runs until
 * a search box is focused or a shortcut pressed. No request carries the query: a sharded index
 * fetches files named by number (a range of words, an article), and only for words it holds, so a
 * number typed in the box (never searched when it looks like a card, CVV or OTP) fetches nothing.
 */
export function loadSearchEngine(locale: Locale): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = Promise.all([
      import('@/lib/search/engine'),
      fetchJson(searchIndexUrl(locale)) as Promise<SearchPayload>,
    ]).then(([{ createSearchEngine }, payload]) => createSearchEngine(payload, (name) => fetchJson(searchFileUrl(locale, name))));
    // A failed load (offline, say) is forgotten, so the next attempt tries again.
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}

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
