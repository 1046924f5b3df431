import type { Locale } from '@/lib/i18n/config';
import { searchIndexFilePath, searchIndexPath } from '@/lib/paths';
import type { SearchEngine } from '@/lib/search/engine';
import type { SearchPayload } from '@/lib/search/records';

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
      fetchJson(searchIndexPath(locale)) as Promise<SearchPayload>,
    ]).then(([{ createSearchEngine }, payload]) => createSearchEngine(payload, (name) => fetchJson(searchIndexFilePath(locale, name))));
    // A failed load (offline, say) is forgotten, so the next attempt tries again.
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
