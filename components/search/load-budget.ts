/**
 * How long search may take to load before it is reported as stalled. A fixed limit failed every
 * first search on a slow connection (Slow 3G: 2 s a round trip, 50 KB/s), so the limit is reckoned
 * from what the load has to carry and how fast the connection says it is, and any byte that
 * arrives proves the load alive and moves the limit on.
 */

/** What the browser says of its connection (`navigator.connection`, Chromium only). */
export interface ConnectionHint {
  /** Round-trip time, in milliseconds. */
  rtt?: number;
  /** Download speed, in megabits per second. */
  downlink?: number;
}

/**
 * Assumed where the browser says nothing (Firefox, Safari) or says 0: a slow mobile connection
 * (Chrome's "Slow 3G"), so no reader's first search fails for being slow; a real failure (no
 * network, an HTTP error) is reported as soon as it happens, whatever the limit.
 */
export const slowConnection = { rtt: 2000, downlink: 0.4 } as const;

/**
 * Round trips before the index's bytes flow: the worker's scripts (Turbopack loads four files, one
 * after another, before the worker runs: measured at Slow 3G), the index's request, and one spare.
 */
const roundTrips = 6;
/** Room for a connection slower than it says, and a CPU that parses slowly. */
const safety = 2;
/** Never less than this, however fast the connection claims to be. */
export const minimumBudgetMs = 8000;
/** Once bytes arrive, the load is stalled only when none arrive for this long (or two round trips, if longer). */
export const idleBudgetMs = 8000;

function known(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0;
}

/** The connection to reckon with: what the browser says, else a slow one. */
export function effectiveConnection(hint: ConnectionHint | undefined): { rtt: number; downlink: number } {
  return {
    rtt: known(hint?.rtt) ? hint.rtt : slowConnection.rtt,
    downlink: known(hint?.downlink) ? hint.downlink : slowConnection.downlink,
  };
}

/** Milliseconds a load of `transferBytes` may take, before any progress, on this connection. */
export function loadBudgetMs(transferBytes: number, hint?: ConnectionHint): number {
  const { rtt, downlink } = effectiveConnection(hint);
  const transferMs = (Math.max(0, transferBytes) * 8) / (downlink * 1000);
  return Math.max(minimumBudgetMs, Math.ceil(safety * (roundTrips * rtt + transferMs)));
}

/** Milliseconds without a new byte after which a load that had started arriving is stalled. */
export function idleTimeoutMs(hint?: ConnectionHint): number {
  return Math.max(idleBudgetMs, 2 * safety * effectiveConnection(hint).rtt);
}

/**
 * The round trip this page's own requests took: the median wait between asking for the document or
 * a resource and its first byte (`undefined` before any was timed). Chromium's `navigator.connection`
 * is an estimate that can lag far behind a connection that just became slow (it said 50 ms on a link
 * answering in 2 s, and search reported "taking too long" while its scripts were still arriving); the
 * page's own timings are what this reader's connection did a moment ago. Answers from the cache wait
 * about nothing and pull the median down, as they should: what is cached need not travel again.
 */
export function observedRttMs(entries: readonly Pick<PerformanceResourceTiming, 'requestStart' | 'responseStart'>[]): number | undefined {
  const waits = entries
    .filter((entry) => entry.requestStart > 0 && entry.responseStart >= entry.requestStart)
    .map((entry) => entry.responseStart - entry.requestStart)
    .sort((a, b) => a - b);
  return waits.length === 0 ? undefined : waits[Math.floor(waits.length / 2)];
}

function pageTimings(): PerformanceResourceTiming[] {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return [];
  return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
}

/** What this browser says of its connection, with the round trip made no shorter than this page's own requests measured. */
export function readConnection(): ConnectionHint | undefined {
  const observed = observedRttMs(pageTimings());
  const said = saidConnection();
  if (observed === undefined) return said;
  return { rtt: Math.max(observed, known(said?.rtt) ? said.rtt : 0), downlink: said?.downlink };
}

function saidConnection(): ConnectionHint | undefined {
  if (typeof navigator === 'undefined' || !('connection' in navigator)) return undefined;
  const connection: unknown = navigator.connection;
  if (typeof connection !== 'object' || connection === null) return undefined;
  const rtt = 'rtt' in connection && typeof connection.rtt === 'number' ? connection.rtt : undefined;
  const downlink = 'downlink' in connection && typeof connection.downlink === 'number' ? connection.downlink : undefined;
  return { rtt, downlink };
}

/**
 * A load's deadline: `budgetMs` from the start, and, whenever bytes arrive, at least `idleMs` from
 * then. `expire` runs once when it passes; `stop` when the load ends either way.
 */
export function loadDeadline(budgetMs: number, idleMs: number, expire: () => void): { progress: () => void; stop: () => void } {
  const start = Date.now();
  let deadline = start + budgetMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    timer = setTimeout(() => {
      if (Date.now() < deadline) return arm();
      timer = undefined;
      expire();
    }, deadline - Date.now());
  };
  arm();
  return {
    progress: () => {
      if (timer !== undefined) deadline = Math.max(deadline, Date.now() + idleMs);
    },
    stop: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
