import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchEngine } from '@/lib/search/engine';
import type { SearchPayload } from '@/lib/search/records';

export function searchIndexUrl(locale: Locale): string {
  return `/${locale}/search-index.json`;
}

const engines = new Map<Locale, Promise<SearchEngine>>();

/**
 * The search engine for a locale: the engine code (with fuse.js) and the locale's index, fetched
 * together the first time anything asks, then kept for the life of the page. Nothing here runs until
 * a search box is focused or a shortcut pressed. The request carries no query.
 */
export function loadSearchEngine(locale: Locale): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = Promise.all([
      import('@/lib/search/engine'),
      fetch(searchIndexUrl(locale), { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error(`The search index answered HTTP ${response.status}`);
        return response.json() as Promise<SearchPayload>;
      }),
    ]).then(([{ createSearchEngine }, payload]) => createSearchEngine(payload));
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
