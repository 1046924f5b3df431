import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/feedback/database';
import { DatabaseCounter, MemoryCounter, RateLimiter, SignInLockout } from '@/lib/feedback/rate-limit';
import { DatabaseSecrets } from '@/lib/feedback/reader-mark';

describe('the per-client rate limit', () => {
  it('allows the limit in a window, refuses the next, and allows again in the next window', async () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, new MemoryCounter(() => now));
    const taken = [];
    for (let i = 0; i < 4; i++) taken.push((await limiter.take('10.0.0.1')).allowed);
    expect(taken).toEqual([true, true, true, false]);
    expect((await limiter.take('10.0.0.1')).retryAfterSeconds).toBe(60);
    now += 30_000;
    expect(await limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 30_000;
    expect((await limiter.take('10.0.0.1')).allowed).toBe(true);
  });

  it('counts each client apart', async () => {
    const limiter = new RateLimiter(1);
    expect((await limiter.take('10.0.0.1')).allowed).toBe(true);
    expect((await limiter.take('10.0.0.2')).allowed).toBe(true);
    expect((await limiter.take('10.0.0.1')).allowed).toBe(false);
  });

  it('keeps no address, only salted hashes, and forgets them once their window is over', async () => {
    let now = 0;
    const counter = new MemoryCounter(() => now);
    const limiter = new RateLimiter(5, counter);
    await limiter.take('192.168.1.77');
    const table = (counter as unknown as { windows: Map<string, unknown> }).windows;
    expect([...table.keys()].join()).not.toContain('192.168');
    expect(counter.size).toBe(1);
    now += 60_000;
    await limiter.take('192.168.1.78');
    expect(counter.size).toBe(1);
  });

  it('defaults to at least 60 requests a minute', async () => {
    const { readConfig } = await import('@/lib/feedback/config');
    expect(readConfig({}).rateLimit).toBeGreaterThanOrEqual(60);
    expect(readConfig({ HELP_FEEDBACK_RATE_LIMIT: '5' }).rateLimit).toBe(5);
    expect(() => readConfig({ HELP_FEEDBACK_RATE_LIMIT: 'lots' })).toThrow('HELP_FEEDBACK_RATE_LIMIT must be a number');
  });
});

describe('the editor sign-in lockout', () => {
  it('refuses every sign-in, the right one too, after 10 failures in 15 minutes, then lets it in again', async () => {
    let now = 0;
    const lockout = new SignInLockout(10, new MemoryCounter(() => now));
    for (let failure = 1; failure <= 10; failure++) expect((await lockout.fail('10.0.0.9')).allowed, `failure ${failure}`).toBe(true);
    expect((await lockout.check('10.0.0.9')).allowed).toBe(false);
    const eleventh = await lockout.fail('10.0.0.9');
    expect(eleventh).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect((await lockout.check('10.0.0.8')).allowed).toBe(true);
    now += 15 * 60_000;
    expect((await lockout.check('10.0.0.9')).allowed).toBe(true);
  });

  it('does not count a right sign-in', async () => {
    const lockout = new SignInLockout(2);
    for (let i = 0; i < 5; i++) expect((await lockout.check('10.0.0.9')).allowed).toBe(true);
    expect((await lockout.fail('10.0.0.9')).allowed).toBe(true);
    expect((await lockout.check('10.0.0.9')).allowed).toBe(true);
  });
});

describe.runIf(process.env.DATABASE_URL)('limits shared through PostgreSQL (DATABASE_URL)', () => {
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    first = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 2 });
    second = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 2 });
    await first.query('TRUNCATE rate_limit_counters');
  }, 180_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  /** A server of its own: its own pool, its own copy of the day's secret. */
  const server = (db: Database) => {
    const database = async () => db;
    return new DatabaseCounter(database, new DatabaseSecrets(database));
  };

  it('counts a client’s requests to two servers together', async () => {
    const a = new RateLimiter(3, server(first));
    const b = new RateLimiter(3, server(second));
    const taken = [];
    for (const limiter of [a, b, a, b]) taken.push((await limiter.take('203.0.113.5')).allowed);
    expect(taken).toEqual([true, true, true, false]);
    expect((await b.take('203.0.113.6')).allowed).toBe(true);
    const refused = await a.take('203.0.113.5');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('shares the editor lockout, and stores hashes that are not the address', async () => {
    const a = new SignInLockout(2, server(first));
    const b = new SignInLockout(2, server(second));
    expect((await a.fail('203.0.113.7')).allowed).toBe(true);
    expect((await b.fail('203.0.113.7')).allowed).toBe(true);
    expect((await a.check('203.0.113.7')).allowed).toBe(false);
    expect((await b.fail('203.0.113.7')).allowed).toBe(false);
    const buckets = await first.query<{ bucket: string }>('SELECT bucket FROM rate_limit_counters');
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.map((row) => row.bucket).join()).not.toMatch(/203\.0\.113/);
  });

  it('deletes a counter once its window is over', async () => {
    const counter = server(first);
    await counter.count('test', '203.0.113.8', 1, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The sweep runs at most once a minute per counter: a new one sweeps on its first count.
    await server(first).count('test', '203.0.113.9', 60_000, 0);
    await expect.poll(async () => (await first.query("SELECT 1 FROM rate_limit_counters WHERE window_end <= now()")).length).toBe(0);
  });
});

describe('the feedback settings', () => {
  it('default to the embedded database in .data, 180 days, a 5 s database timeout, and no editor', async () => {
    const { readConfig } = await import('@/lib/feedback/config');
    const config = readConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('.data')).toBe(true);
    expect(config.retentionDays).toBe(180);
    expect(config.timeoutMs).toBe(5000);
    expect(config.editorMaxFailures).toBe(10);
    expect(config.editor).toBeUndefined();
    expect(readConfig({ HELP_EDITOR_USER: 'ed' }).editor).toBeUndefined();
    expect(readConfig({ HELP_EDITOR_USER: 'ed', HELP_EDITOR_PASSWORD: 'pw' }).editor).toEqual({ user: 'ed', password: 'pw' });
  });

  it('name the variable that is wrong', async () => {
    const { readConfig } = await import('@/lib/feedback/config');
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL must start with postgres://');
    expect(() => readConfig({ HELP_FEEDBACK_RETENTION_DAYS: '0' })).toThrow('HELP_FEEDBACK_RETENTION_DAYS must be at least 1');
    expect(() => readConfig({ HELP_DB_TIMEOUT_MS: '10' })).toThrow('HELP_DB_TIMEOUT_MS must be at least 100');
  });
});
