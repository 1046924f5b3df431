import { createHash, randomBytes } from 'node:crypto';
import { databaseUntil, type Database } from './database';
import { limiterKey, type DailySecrets } from './reader-mark';

/**
 * Requests per client and window. A client is its address as lib/request-guard.ts finds it (the
 * socket's, or the one a trusted proxy names), so a header cannot make it someone else. Clients are
 * told apart by salted hashes, never by their address, and a count is forgotten when its window ends.
 */
export interface WindowCounter {
  /**
   * Adds `add` to the client's count in `scope` (a window of `windowMs` starts with its first
   * request) and returns the count and the seconds left in the window; `add` 0 only reads it.
   * `until` is when the request must be answered (see Database.budget).
   */
  count(scope: string, client: string, windowMs: number, add: 0 | 1, until?: number): Promise<{ hits: number; secondsLeft: number }>;
}

/** The counts in this process's memory, with a salt drawn at start: for one server on its own. */
export class MemoryCounter implements WindowCounter {
  private readonly salt = randomBytes(16);
  private readonly windows = new Map<string, { end: number; hits: number }>();
  private nextSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async count(scope: string, client: string, windowMs: number, add: 0 | 1) {
    const now = this.now();
    if (now >= this.nextSweep) {
      for (const [key, window] of this.windows) if (window.end <= now) this.windows.delete(key);
      this.nextSweep = now + 60_000;
    }
    const key = createHash('sha256').update(this.salt).update(`${scope}\0${client}`).digest('base64url');
    let window = this.windows.get(key);
    if (!window || window.end <= now) {
      if (add === 0) return { hits: 0, secondsLeft: 0 };
      window = { end: now + windowMs, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits += add;
    return { hits: window.hits, secondsLeft: (window.end - now) / 1000 };
  }

  /** How many clients the table holds now (for tests: windows that ended are dropped). */
  get size(): number {
    return this.windows.size;
  }
}

/**
 * The counts in the database, so every server of one PostgreSQL shares them: one statement per
 * request. Keys are salted with the day's secret (reader-mark.ts); rows are deleted once their
 * window has ended (at most once a minute, by whichever server counts next).
 */
export class DatabaseCounter implements WindowCounter {
  private nextSweep = 0;

  constructor(
    private readonly database: () => Promise<Database>,
    private readonly secrets: DailySecrets,
  ) {}

  async count(scope: string, client: string, windowMs: number, add: 0 | 1, until?: number) {
    const [db, secret] = await Promise.all([databaseUntil(this.database, until), this.secrets.current()]);
    const bucket = limiterKey(secret, scope, client);
    this.sweep(db);
    const [row] =
      add === 0
        ? await db.query<{ hits: number; seconds_left: number }>(
            `SELECT hits, extract(epoch FROM window_end - now())::float8 AS seconds_left
             FROM rate_limit_counters WHERE bucket = $1 AND window_end > now()`,
            [bucket],
          )
        : await db.query<{ hits: number; seconds_left: number }>(
            `INSERT INTO rate_limit_counters AS counter (bucket, window_end, hits) VALUES ($1, now() + $2::float8 * interval '1 millisecond', 1)
             ON CONFLICT (bucket) DO UPDATE SET
               hits = CASE WHEN counter.window_end <= now() THEN 1 ELSE counter.hits + 1 END,
               window_end = CASE WHEN counter.window_end <= now() THEN excluded.window_end ELSE counter.window_end END
             RETURNING hits, extract(epoch FROM window_end - now())::float8 AS seconds_left`,
            [bucket, windowMs],
          );
    return row ? { hits: row.hits, secondsLeft: row.seconds_left } : { hits: 0, secondsLeft: 0 };
  }

  private sweep(db: Database) {
    const now = Date.now();
    if (now < this.nextSweep) return;
    this.nextSweep = now + 60_000;
    db.query('DELETE FROM rate_limit_counters WHERE window_end <= now()').catch(() => {});
  }
}

export interface Decision {
  allowed: boolean;
  retryAfterSeconds: number;
}

const retryAfter = (secondsLeft: number) => Math.max(1, Math.ceil(secondsLeft));

/** At most `limit` requests per client and minute, for the API routes together. */
export class RateLimiter {
  constructor(
    readonly limit: number,
    private readonly counter: WindowCounter = new MemoryCounter(),
    readonly windowMs = 60_000,
  ) {}

  /** Counts one request; not allowed when the client is over the limit (answer 429). */
  async take(client: string, until?: number): Promise<Decision> {
    const { hits, secondsLeft } = await this.counter.count('api', client, this.windowMs, 1, until);
    return { allowed: hits <= this.limit, retryAfterSeconds: retryAfter(secondsLeft) };
  }
}

/**
 * /editor's guard against guessing: after `maxFailures` wrong sign-ins from one client in 15
 * minutes, every sign-in from it (a right one too) answers 429 until the window ends, so a guess
 * cannot be confirmed during the lockout.
 */
export class SignInLockout {
  constructor(
    readonly maxFailures: number,
    private readonly counter: WindowCounter = new MemoryCounter(),
    readonly windowMs = 15 * 60_000,
  ) {}

  /** Before a right sign-in: whether the client is locked out (reads the count, adds nothing). */
  async check(client: string, until?: number): Promise<Decision> {
    const { hits, secondsLeft } = await this.counter.count('editor', client, this.windowMs, 0, until);
    return { allowed: hits < this.maxFailures, retryAfterSeconds: retryAfter(secondsLeft) };
  }

  /** After a wrong one: counts it; not allowed once it is past the limit. */
  async fail(client: string, until?: number): Promise<Decision> {
    const { hits, secondsLeft } = await this.counter.count('editor', client, this.windowMs, 1, until);
    return { allowed: hits <= this.maxFailures, retryAfterSeconds: retryAfter(secondsLeft) };
  }
}
