import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/lib/feedback/rate-limit';

describe('the per-client rate limit', () => {
  it('allows the limit in a window, refuses the next, and allows again in the next window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('10.0.0.1').allowed)).toEqual([true, true, true, false]);
    expect(limiter.take('10.0.0.1').retryAfterSeconds).toBe(60);
    now += 30_000;
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 30_000;
    expect(limiter.take('10.0.0.1').allowed).toBe(true);
  });

  it('counts each client apart', () => {
    const limiter = new RateLimiter(1);
    expect(limiter.take('10.0.0.1').allowed).toBe(true);
    expect(limiter.take('10.0.0.2').allowed).toBe(true);
    expect(limiter.take('10.0.0.1').allowed).toBe(false);
  });

  it('keeps no address, only salted hashes, and forgets them every window', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 60_000, () => now);
    limiter.take('192.168.1.77');
    const table = (limiter as unknown as { counts: Map<string, number> }).counts;
    expect([...table.keys()].join()).not.toContain('192.168');
    expect(limiter.size).toBe(1);
    now += 60_000;
    limiter.take('192.168.1.78');
    expect(limiter.size).toBe(1);
  });

  it('defaults to at least 60 requests a minute', async () => {
    const { readConfig } = await import('@/lib/feedback/config');
    expect(readConfig({}).rateLimit).toBeGreaterThanOrEqual(60);
    expect(readConfig({ HELP_FEEDBACK_RATE_LIMIT: '5' }).rateLimit).toBe(5);
    expect(() => readConfig({ HELP_FEEDBACK_RATE_LIMIT: 'lots' })).toThrow('HELP_FEEDBACK_RATE_LIMIT must be a number');
  });
});

describe('the feedback settings', () => {
  it('default to the embedded database in .data, 180 days, and no editor', async () => {
    const { readConfig } = await import('@/lib/feedback/config');
    const config = readConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('.data')).toBe(true);
    expect(config.retentionDays).toBe(180);
    expect(config.editor).toBeUndefined();
    expect(readConfig({ HELP_EDITOR_USER: 'ed' }).editor).toBeUndefined();
    expect(readConfig({ HELP_EDITOR_USER: 'ed', HELP_EDITOR_PASSWORD: 'pw' }).editor).toEqual({ user: 'ed', password: 'pw' });
  });

  it('name the variable that is wrong', async () => {
    const { readConfig } = await import('@/lib/feedback/config');
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL must start with postgres://');
    expect(() => readConfig({ HELP_FEEDBACK_RETENTION_DAYS: '0' })).toThrow('HELP_FEEDBACK_RETENTION_DAYS must be at least 1');
  });
});
