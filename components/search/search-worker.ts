import type { SearchEngine } from '@/lib/search/engine';
import { answerQuery, loadEngine } from './search-core';
import { failureOf, type FromWorker, type ToWorker } from './search-protocol';

/**
 * The search worker: fetches and parses the index and answers queries off the page's main thread,
 * so typing and scrolling never wait for search. One worker per page, for one locale's index.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let engine: Promise<SearchEngine> | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'load') {
    // The worker's scripts have arrived (on a slow connection, several round trips): the load is alive.
    scope.postMessage({ type: 'progress', received: 0, total: data.index.bytes });
    engine = loadEngine(data.index, undefined, (progress) => scope.postMessage({ type: 'progress', ...progress }));
    engine.then(
      (loaded) => scope.postMessage({ type: 'loaded', popular: loaded.popular() }),
      (error: unknown) =>
        scope.postMessage({ type: 'failed', failure: failureOf(error), message: String(error) }),
    );
    return;
  }
  const { id, query, limit, exact } = data;
  if (!engine) return scope.postMessage({ type: 'error', id, failure: 'error', message: 'The search index was not loaded' });
  engine
    .then((loaded) => answerQuery(loaded, query, limit, exact))
    .then(
      (answer) => scope.postMessage({ type: 'answer', id, answer }),
      // A sharded index's file the query needs could not come: offline says so, not "could not load".
      (error: unknown) => scope.postMessage({ type: 'error', id, failure: failureOf(error), message: String(error) }),
    );
};
