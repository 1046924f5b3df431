import type { Locale } from '@/lib/i18n/config';
import type { SearchIndexLocation } from '@/lib/search-index';
import type { SearchHit } from '@/lib/search/engine';
import { idleTimeoutMs, loadBudgetMs, loadDeadline, readConnection } from './load-budget';
import { failureOf, SearchLoadError, type FromWorker, type SearchAnswer, type SearchIndexRef, type SearchLoadProgress } from './search-protocol';

/** A locale's search, loaded: in a worker where the browser has one, else on the page. */
export interface SearchClient {
  /** Whether queries run in a Web Worker (off the main thread). */
  inWorker: boolean;
  /** The articles to offer before a query and when nothing matches. */
  popular: SearchHit[];
  /** `exact`: the words as typed, typos not corrected ("search instead for …"). */
  query(query: string, limit: number, exact?: boolean): Promise<SearchAnswer>;
}

function indexRef(location: SearchIndexLocation): SearchIndexRef {
  return {
    url: new URL(location.path, window.location.href).href,
    filesUrl: new URL(location.filesPath, window.location.href).href,
    build: location.build,
    bytes: location.bytes,
  };
}

type ProgressListener = (progress: SearchLoadProgress | undefined) => void;

/** The worker could not start (no script, a CSP, a browser that refuses): search runs on the page instead. */
class WorkerUnavailable extends Error {}

function loadErrorOf(error: unknown): SearchLoadError {
  return error instanceof SearchLoadError ? error : new SearchLoadError(failureOf(error), String(error));
}

function workerClient(index: SearchIndexRef, signal: AbortSignal, onProgress: (progress: SearchLoadProgress) => void): Promise<SearchClient> {
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
      if (data.type === 'progress') {
        onProgress({ received: data.received, total: data.total });
      } else if (data.type === 'loaded') {
        loaded = true;
        resolve(client(data.popular));
      } else if (data.type === 'failed') {
        worker.terminate();
        reject(new SearchLoadError(data.failure, data.message));
      } else {
        const waiting = pending.get(data.id);
        pending.delete(data.id);
        if (data.type === 'answer') waiting?.resolve(data.answer);
        else waiting?.reject(new SearchLoadError(data.failure, data.message));
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

async function inPlaceClient(index: SearchIndexRef, signal: AbortSignal, onProgress: (progress: SearchLoadProgress) => void): Promise<SearchClient> {
  const { answerQuery, loadEngine } = await import('./search-core');
  const engine = await loadEngine(index, signal, onProgress);
  return { inWorker: false, popular: engine.popular(), query: (query, limit, exact) => answerQuery(engine, query, limit, exact) };
}

/**
 * Loads an index, reporting its progress. It is stalled when it outlasts its budget (reckoned from
 * the index's size and the connection, `load-budget.ts`) with no byte arriving for a while; a slow
 * load that keeps arriving is never cut off.
 */
function load(index: SearchIndexRef, transferBytes: number, onProgress: (progress: SearchLoadProgress) => void): Promise<SearchClient> {
  const controller = new AbortController();
  const connection = readConnection();
  return new Promise<SearchClient>((resolve, reject) => {
    const budget = loadBudgetMs(transferBytes, connection);
    const deadline = loadDeadline(budget, idleTimeoutMs(connection), () => {
      controller.abort();
      reject(new SearchLoadError('stalled', `The search index did not arrive within ${Math.round(budget / 1000)} s, nor any of it for a while`));
    });
    const progress = (value: SearchLoadProgress) => {
      deadline.progress();
      onProgress(value);
    };
    const started =
      typeof Worker === 'function'
        ? workerClient(index, controller.signal, progress).catch((error: unknown) =>
            error instanceof WorkerUnavailable ? inPlaceClient(index, controller.signal, progress) : Promise.reject(error),
          )
        : inPlaceClient(index, controller.signal, progress);
    started.then(
      (client) => {
        deadline.stop();
        resolve(client);
      },
      (error: unknown) => {
        deadline.stop();
        reject(loadErrorOf(error));
      },
    );
  });
}

const clients = new Map<Locale, Promise<SearchClient>>();
const progresses = new Map<Locale, SearchLoadProgress>();
const listeners = new Map<Locale, Set<ProgressListener>>();

function setProgress(locale: Locale, progress: SearchLoadProgress | undefined) {
  if (progress) progresses.set(locale, progress);
  else progresses.delete(locale);
  for (const listener of listeners.get(locale) ?? []) listener(progress);
}

/**
 * Follows a locale's index as it loads: the listener hears the bytes received of the total, and
 * `undefined` once the load has ended either way. Returns the function that stops listening.
 */
export function watchSearchProgress(locale: Locale, listener: ProgressListener): () => void {
  let set = listeners.get(locale);
  if (!set) listeners.set(locale, (set = new Set()));
  set.add(listener);
  listener(progresses.get(locale));
  return () => set.delete(listener);
}

/**
 * A locale's search: its index fetched, parsed and ready, in a worker where the browser has one,
 * falling back to the page when Worker is missing or cannot start. Loaded the first time anything
 * asks, then kept for the life of the page. Nothing here runs until a search box is focused or a
 * shortcut pressed. No request carries the query: a sharded index fetches files named by number (a
 * range of words, an article), and only for words it holds, so a number typed in the box (never
 * searched when it looks like a card, CVV or OTP) fetches nothing. A load that fails or stalls
 * rejects with a `SearchLoadError` saying why, and is forgotten, so the next attempt tries again. A
 * query asked while it loads waits for it (`useSearchAnswer` asks again once the client arrives).
 */
export function loadSearch(locale: Locale, location: SearchIndexLocation): Promise<SearchClient> {
  let client = clients.get(locale);
  if (!client) {
    client = load(indexRef(location), location.transferBytes, (progress) => setProgress(locale, progress));
    client.then(
      () => setProgress(locale, undefined),
      () => {
        clients.delete(locale);
        setProgress(locale, undefined);
      },
    );
    clients.set(locale, client);
  }
  return client;
}
