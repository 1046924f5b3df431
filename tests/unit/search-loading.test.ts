import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleTimeoutMs, loadBudgetMs, loadDeadline, minimumBudgetMs, observedRttMs, readConnection, slowConnection } from '@/components/search/load-budget';
import type { SearchLoadProgress } from '@/components/search/search-protocol';
import { getSearchFiles, searchIndexLocation, type SearchIndexLocation } from '@/lib/search-index';

/** Chrome's "Slow 3G" preset, as DevTools and CDP's Network.emulateNetworkConditions apply it. */
const slow3g = { rttMs: 2000, bytesPerSecond: (500 * 1024 * 0.8) / 8 };

/** How long an index of `transferBytes` takes to arrive on Slow 3G: the worker's script and the index, a round trip each, then its bytes. */
const slow3gLoadMs = (transferBytes: number) => 2 * slow3g.rttMs + (transferBytes / slow3g.bytesPerSecond) * 1000;

let location: SearchIndexLocation;
let indexJson: string;
let files: Map<string, string>;

beforeAll(() => {
  location = searchIndexLocation('en');
  const served = getSearchFiles('en');
  indexJson = JSON.stringify(served.payload);
  files = new Map([...served.files].map(([name, value]) => [name, JSON.stringify(value)]));
});

describe('the time search may take to load', () => {
  it("gives today's index on Slow 3G, when the browser says nothing of its connection, more time than it takes to arrive", () => {
    expect(loadBudgetMs(location.transferBytes)).toBeGreaterThan(slow3gLoadMs(location.transferBytes));
  });

  it('reckons with the connection the browser reports, and with the index size', () => {
    const fast = { rtt: 50, downlink: 10 };
    expect(loadBudgetMs(location.transferBytes, fast)).toBe(minimumBudgetMs);
    const slow = loadBudgetMs(location.transferBytes, { rtt: 2000, downlink: 0.4 });
    expect(slow).toBeGreaterThan(slow3gLoadMs(location.transferBytes));
    expect(loadBudgetMs(10 * location.transferBytes, { rtt: 2000, downlink: 0.4 })).toBeGreaterThan(slow);
    expect(loadBudgetMs(location.transferBytes, { rtt: 0, downlink: 0 })).toBe(loadBudgetMs(location.transferBytes, slowConnection));
  });

  it("takes the round trip as no shorter than the page's own requests took, whatever the browser's estimate says", () => {
    const timed = (wait: number) => ({ requestStart: 100, responseStart: 100 + wait });
    expect(observedRttMs([])).toBeUndefined();
    // Untimed entries (another origin without Timing-Allow-Origin) say nothing.
    expect(observedRttMs([{ requestStart: 0, responseStart: 0 }])).toBeUndefined();
    expect(observedRttMs([timed(2100), timed(1950), timed(0), timed(2300), timed(2050)])).toBe(2050);

    // Chromium's estimate said 50 ms on a link answering in 2 s: search reported "taking too long" while its scripts arrived.
    vi.stubGlobal('navigator', { connection: { rtt: 50, downlink: 10 } });
    vi.stubGlobal('performance', { getEntriesByType: (type: string) => (type === 'navigation' ? [timed(2200)] : [timed(2000), timed(2100)]) });
    try {
      expect(readConnection()).toEqual({ rtt: 2100, downlink: 10 });
      expect(loadBudgetMs(location.transferBytes, readConnection())).toBeGreaterThan(slow3gLoadMs(location.transferBytes) + 4 * slow3g.rttMs);
      vi.stubGlobal('performance', { getEntriesByType: () => [timed(20)] });
      expect(readConnection()).toEqual({ rtt: 50, downlink: 10 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('knows the index size at build time: the JSON the browser decodes, and less as it travels', () => {
    expect(location.bytes).toBe(new TextEncoder().encode(indexJson).byteLength);
    expect(location.transferBytes).toBeGreaterThan(0);
    expect(location.transferBytes).toBeLessThan(location.bytes);
  });
});

describe('a load deadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes after its budget when nothing arrives', () => {
    const expire = vi.fn();
    loadDeadline(10_000, 5_000, expire);
    vi.advanceTimersByTime(9_999);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('moves on while bytes keep arriving, and passes once they stop for the idle time', () => {
    const expire = vi.fn();
    const deadline = loadDeadline(10_000, 5_000, expire);
    for (let second = 0; second < 30; second += 4) {
      vi.advanceTimersByTime(4_000);
      deadline.progress();
    }
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(4_999);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('never passes once stopped', () => {
    const expire = vi.fn();
    loadDeadline(1_000, 1_000, expire).stop();
    vi.advanceTimersByTime(60_000);
    expect(expire).not.toHaveBeenCalled();
  });
});

/**
 * The loader in Node (no Worker: the on-page path, the same code the worker runs) over the real
 * index, served by a fake fetch that sends the index in chunks `chunkEveryMs` apart.
 */
function serve({ chunks = 20, chunkEveryMs = 0, stopAfter = Infinity, status = 200 } = {}) {
  const requested: string[] = [];
  vi.stubGlobal('window', { location: { href: 'https://help.example/en/search' } });
  vi.stubGlobal('navigator', { onLine: true });
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    if (status !== 200) return new Response('no', { status });
    const name = url.slice(url.lastIndexOf('/') + 1);
    if (name !== 'index.json') return new Response(files.get(name) ?? 'missing', { status: files.has(name) ? 200 : 404 });
    const bytes = new TextEncoder().encode(indexJson);
    const size = Math.ceil(bytes.byteLength / chunks);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= stopAfter) return new Promise<void>(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, chunkEveryMs));
        const chunk = bytes.subarray(sent * size, (sent + 1) * size);
        sent += 1;
        if (chunk.byteLength === 0) controller.close();
        else controller.enqueue(chunk);
      },
    });
    return new Response(body, { status: 200 });
  });
  return requested;
}

/** The loader with no load cached; the code it imports on first use is imported here, so no fake time passes while a module loads. */
async function freshLoader() {
  vi.resetModules();
  await import('@/components/search/search-core');
  return import('@/components/search/load-search');
}

describe('loading search', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('answers a query typed before the index arrived once it does, on Slow 3G, with no "taking too long" on the way', async () => {
    // Today's index at Slow 3G's 51 KB/s, in 20 chunks: each one a twentieth of the transfer time, and at least a second apart.
    const chunkEveryMs = Math.max(1000, slow3gLoadMs(location.transferBytes) / 20);
    serve({ chunks: 20, chunkEveryMs });
    const { loadSearch, watchSearchProgress } = await freshLoader();
    const seen: SearchLoadProgress[] = [];
    watchSearchProgress('en', (progress) => progress && seen.push(progress));

    const loading = loadSearch('en', location);
    // The reader types while the index is on its way: the query waits for it.
    const answer = loading.then((client) => client.query('knet declined', 8));
    const outcome = answer.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    await vi.advanceTimersByTimeAsync(chunkEveryMs * 22);
    const settled = await outcome;
    expect(settled).not.toHaveProperty('error');
    expect('value' in settled && settled.value.hits.length).toBeGreaterThan(0);
    // Progress counted up to the whole index, of the total known at build time.
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((progress) => progress.total === location.bytes)).toBe(true);
    expect(seen.at(-1)?.received).toBe(location.bytes);
  });

  it('reports a load that stops arriving as stalled, once nothing has come for the idle time', async () => {
    serve({ chunks: 20, chunkEveryMs: 500, stopAfter: 3 });
    const { loadSearch } = await freshLoader();
    const outcome = loadSearch('en', location).then(
      () => 'loaded',
      (error: { failure?: string }) => error.failure,
    );
    await vi.advanceTimersByTimeAsync(loadBudgetMs(location.transferBytes) + idleTimeoutMs() + 1000);
    expect(await outcome).toBe('stalled');
  });

  it('reports a server error at once, without waiting for the time limit, and tries again when asked', async () => {
    const requested = serve({ status: 503 });
    const { loadSearch } = await freshLoader();
    const outcome = loadSearch('en', location).then(
      () => 'loaded',
      (error: { failure?: string }) => error.failure,
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(await outcome).toBe('error');
    // A failed load is forgotten: the next attempt fetches again.
    loadSearch('en', location).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10);
    expect(requested.filter((url) => url.endsWith('index.json'))).toHaveLength(2);
  });
});
