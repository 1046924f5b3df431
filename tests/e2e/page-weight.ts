import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

/**
 * How much JavaScript a page costs, measured one way for the site (tests/e2e/page-weight.spec.ts)
 * and for a bare Next.js page (scripts/bench-bare-next.ts), so the two figures compare.
 *
 * Every script the page receives until the network is idle is compressed here rather than read off
 * the wire, so the figure depends on the code alone, not on whether or how a server compresses it.
 * gzip level 9 is the budget's measure, because gzip is what `next start` and nearly every host
 * serve; brotli (quality 11) is reported beside it. Inline scripts (Next.js's page data) are part of
 * the HTML document and not counted.
 */

export interface ScriptWeight {
  /** The script's path and query, without the origin, so figures from two servers compare. */
  path: string;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export interface PageWeight {
  url: string;
  /** Largest first. */
  scripts: ScriptWeight[];
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/**
 * Strings that occur only in the search engine's code, to tell whether it was loaded. fuse.js's
 * Bitap error message; if the engine changes, add a string from the new one.
 */
export const searchEngineMarkers = ['Pattern length exceeds max'];

/**
 * A string only the message check's rules hold (lib/message-check/index.ts: the names it looks for
 * in a look-alike site name), to tell whether they were loaded.
 */
export const messageCheckMarkers = ['amazon|knet|kpay'];

/** The search index's files: `/<locale>/search-index.json`, or any split of it named search-index*. */
export function isSearchIndexUrl(url: string): boolean {
  return new URL(url).pathname.includes('search-index');
}

export function gzipBytes(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

export function brotliBytes(body: Buffer): number {
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export interface LoadedScript {
  path: string;
  body: Buffer;
}

export interface ScriptRecording {
  /** Every request the page made since recording started, script or not, in order. */
  requests: string[];
  /** The scripts received so far, each once (a second response for the same URL is ignored). */
  scripts(): Promise<LoadedScript[]>;
  stop(): void;
}

/** Records the page's requests and script responses from now on. */
export function recordScripts(page: Page): ScriptRecording {
  const requests: string[] = [];
  const bodies = new Map<string, Promise<LoadedScript>>();
  const onRequest = (request: Request) => requests.push(request.url());
  const onResponse = (response: Response) => {
    // A worker's own scripts (loaded with importScripts) come as type "other".
    const type = response.request().resourceType();
    const script = type === 'script' || (type === 'other' && new URL(response.url()).pathname.endsWith('.js'));
    if (!script || bodies.has(response.url())) return;
    const url = response.url();
    // Read at once: a body can be evicted once the page moves on.
    const body = response.body().then(
      (buffer) => ({ path: pathOf(url), body: buffer }),
      (error: unknown) => {
        throw new Error(`Could not read the script ${url} (HTTP ${response.status()}): ${String(error)}`);
      },
    );
    body.catch(() => undefined);
    bodies.set(url, body);
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  return {
    requests,
    scripts: () => Promise.all(bodies.values()),
    stop() {
      page.off('request', onRequest);
      page.off('response', onResponse);
    },
  };
}

export function weighScripts(url: string, scripts: LoadedScript[]): PageWeight {
  const weights = scripts
    .map(({ path, body }) => ({ path, rawBytes: body.length, gzipBytes: gzipBytes(body), brotliBytes: brotliBytes(body) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
  const sum = (key: 'rawBytes' | 'gzipBytes' | 'brotliBytes') => weights.reduce((total, script) => total + script[key], 0);
  return { url, scripts: weights, rawBytes: sum('rawBytes'), gzipBytes: sum('gzipBytes'), brotliBytes: sum('brotliBytes') };
}

/** The scripts whose code holds any of `markers`. */
export function scriptsWith(markers: readonly string[], scripts: LoadedScript[]): string[] {
  return scripts
    .filter(({ body }) => {
      const text = body.toString('utf8');
      return markers.some((marker) => text.includes(marker));
    })
    .map(({ path }) => path);
}

/** The scripts whose code holds any of the search engine's marker strings. */
export const scriptsWithSearchEngine = (scripts: LoadedScript[]) => scriptsWith(searchEngineMarkers, scripts);

/**
 * Loads `url` in `page`, waits until the network has been idle for half a second (so link prefetches
 * and anything loaded after hydration count), and weighs every script the page loaded. The recording
 * is returned still running, so a caller can go on to see what a later interaction loads.
 */
export async function measurePage(page: Page, url: string): Promise<{ weight: PageWeight; loaded: LoadedScript[]; recording: ScriptRecording }> {
  const recording = recordScripts(page);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url} answered HTTP ${response?.status() ?? 'nothing'}.`);
  const loaded = await recording.scripts();
  return { weight: weighScripts(url, loaded), loaded, recording };
}

/** One line per script, largest first, then the total: for failure messages and the bench's output. */
export function formatWeight(weight: PageWeight): string {
  const width = Math.max(6, ...weight.scripts.map((script) => script.path.length));
  const row = (name: string, raw: number | string, gzip: number | string, brotli: number | string) =>
    `  ${name.padEnd(width)}  ${String(raw).padStart(8)}  ${String(gzip).padStart(8)}  ${String(brotli).padStart(8)}`;
  return [
    `${weight.url}: ${weight.scripts.length} scripts, ${weight.gzipBytes} bytes gzip -9, ${weight.brotliBytes} bytes brotli`,
    row('script', 'raw', 'gzip -9', 'brotli'),
    ...weight.scripts.map((script) => row(script.path, script.rawBytes, script.gzipBytes, script.brotliBytes)),
    row('total', weight.rawBytes, weight.gzipBytes, weight.brotliBytes),
  ].join('\n');
}
