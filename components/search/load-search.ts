import type { Locale } from '@/lib/i18n/config';
import type { SearchIndexLocation } from '@/lib/search-index';
import type { SearchHit } from '@/lib/search/engine';
import { SearchLoadError, type FromWorker, type SearchAnswer, type SearchIndexRef } from './search-protocol';

/** A locale's search, loaded: in a worker where the browser has one, else on the page. */
export interface SearchClient {
  /** Whether queries run in a Web Worker (off the main thread). */
  inWorker: boolean;
  /** The articles to offer before a query and when nothing matches. */
  popular: SearchHit[];
  /** `exact`: the words as typed, typos not corrected ("search instead for …"). */
  query(query: string, limit: number, exact?: boolean): Promise<SearchAnswer>;
}

/** An index that has not arrived after this long is reported as stalled, with a way to try again. */
export const loadTimeoutMs = 6000;

function indexRef(location: SearchIndexLocation): SearchIndexRef {
  return {
    url: new URL(location.path, window.location.href).href,
    filesUrl: new URL(location.filesPath, window.location.href).href,
    build: location.build,
  };
}

/** The worker could not start (no script, a CSP, a browser that refuses): search runs on the page instead. */
class WorkerUnavailable extends Error {}

function failureOf(error: unknown): SearchLoadError {
  if (error instanceof SearchLoadError) return error;
  return new SearchLoadError(navigator.onLine === false ? 'offline' : 'error', String(error));
}

function workerClient(index: SearchIndexRef, signal: AbortSignal): Promise<SearchClient> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      // Written out in full so the bundler sees it and builds the worker's own script.
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { name: 'search' });
    } catch (error) {
      return reject(new WorkerUnavailable(String(error)));
    }
    signal.addEventListener('abort', () => worker.terminate());
    const pending = new Map<number, { resolve: (answer: SearchAnswer) => void; reject: (error: Error) => void }>();
    let lastId = 0;
    let loaded = false;
    const client = (popular: SearchHit[]): SearchClient => ({
      inWorker: true,
      popular,
      query: (query, limit, exact = false) =>
        new Promise((resolveQuery, rejectQuery) => {
          const id = ++lastId;
          pending.set(id, { resolve: resolveQuery, reject: rejectQuery });
          worker.postMessage({ type: 'query', id, query, limit, exact });
        }),
    });
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'loaded') {
        loaded = true;
        resolve(client(data.popular));
      } else if (data.type === 'failed') {
        worker.terminate();
        reject(new SearchLoadError(data.failure, data.message));
      } else {
        const waiting = pending.get(data.id);
        pending.delete(data.id);
        if (data.type === 'answer') waiting?.resolve(data.answer);
        else waiting?.reject(new Error(data.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!loaded) {
        worker.terminate();
        return reject(new WorkerUnavailable(event.message));
      }
      for (const waiting of pending.values()) waiting.reject(new Error(event.message));
      pending.clear();
    };
    worker.postMessage({ type: 'load', index });
  });
}

async function inPlaceClient(index: SearchIndexRef, signal: AbortSignal): Promise<SearchClient> {
  const { answerQuery, loadEngine } = await import('./search-core');
  const engine = await loadEngine(index, signal);
  return { inWorker: false, popular: engine.popular(), query: (query, limit, exact) => answerQuery(engine, query, limit, exact) };
}

function load(index: SearchIndexRef): Promise<SearchClient> {
  const controller = new AbortController();
  const inWorker =
    typeof Worker === 'function'
      ? workerClient(index, controller.signal).catch((error: unknown) =>
          error instanceof WorkerUnavailable ? inPlaceClient(index, controller.signal) : Promise.reject(error),
        )
      : inPlaceClient(index, controller.signal);
  return new Promise<SearchClient>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new SearchLoadError('stalled', `The search index did not arrive within ${loadTimeoutMs / 1000} s`));
    }, loadTimeoutMs);
    inWorker.then(
      (client) => {
        clearTimeout(timer);
        resolve(client);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(failureOf(error));
      },
    );
  });
}

const clients = new Map<Locale, Promise<SearchClient>>();

/**
 * A locale's search: its index fetched, parsed and ready, in a worker where the browser has one,
 * falling back to the page when Worker is missing or cannot start. Loaded the first time anything
 * asks, then kept for the life of the page. Nothing here runs until a search box is focused or a
 * shortcut pressed. No request carries the query: a sharded index fetches files named by number (a
 * range of words, an article), and only for words it holds, so a number typed in the box (never
 * searched when it looks like a card, CVV or OTP) fetches nothing. A load that fails or stalls
 * rejects with a `SearchLoadError` saying why, and is forgotten, so the next attempt tries again.
 */
export function loadSearch(locale: Locale, location: SearchIndexLocation): Promise<SearchClient> {
  let client = clients.get(locale);
  if (!client) {
    client = load(indexRef(location));
    client.catch(() => clients.delete(locale));
    clients.set(locale, client);
  }
  return client;
}
