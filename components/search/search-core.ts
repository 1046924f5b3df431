import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import type { SearchPayload } from '@/lib/search/records';
import { SearchLoadError, type SearchIndexRef, type SearchLoadProgress } from './search-protocol';

export { answerQuery } from '@/lib/search/answer';

/** Reads a body chunk by chunk, saying how much has come, so a slow load shows progress and is not taken for a stalled one. */
async function readWithProgress(response: Response, total: number, onProgress: (progress: SearchLoadProgress) => void): Promise<unknown> {
  const body = response.body;
  if (!body) return response.json();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total: Math.max(total, received) });
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return JSON.parse(new TextDecoder().decode(bytes));
}

async function fetchJson(url: string, signal?: AbortSignal, progress?: { total: number; onProgress: (progress: SearchLoadProgress) => void }): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SearchLoadError(navigator.onLine === false ? 'offline' : 'error', `The search index could not be fetched: ${String(error)}`);
  }
  if (!response.ok) throw new SearchLoadError('error', `The search index answered HTTP ${response.status}`);
  if (!progress) return response.json();
  try {
    return await readWithProgress(response, progress.total, progress.onProgress);
  } catch (error) {
    if (signal?.aborted || error instanceof SyntaxError) throw error;
    throw new SearchLoadError(navigator.onLine === false ? 'offline' : 'error', `The search index broke off: ${String(error)}`);
  }
}

/**
 * The engine over a locale's index, fetched, parsed and set up: the same code runs in the search
 * worker and, where there is none, on the page, so both answer a query alike.
 */
export async function loadEngine(
  index: SearchIndexRef,
  signal?: AbortSignal,
  onProgress: (progress: SearchLoadProgress) => void = () => undefined,
): Promise<SearchEngine> {
  const payload = (await fetchJson(index.url, signal, { total: index.bytes, onProgress })) as SearchPayload & { build?: unknown };
  // An index of another build (a cache holding an old one, a deploy under way) would answer with
  // articles, sections and anchors this page does not have.
  if (payload.build !== index.build) {
    throw new SearchLoadError('error', `The search index is from build ${String(payload.build)}, not this page's ${index.build}`);
  }
  return createSearchEngine(payload, (name) => fetchJson(`${index.filesUrl}${name}`));
}

