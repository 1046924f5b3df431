import { createHash, randomBytes } from 'node:crypto';

/**
 * At most `limit` requests per client per window. Clients are told apart by a hash of their
 * address with a salt drawn at start: the table lives in this process's memory only, is never
 * stored or logged, and its keys mean nothing after a restart.
 */
export class RateLimiter {
  private readonly salt = randomBytes(16);
  private readonly counts = new Map<string, number>();
  private windowStart = 0;

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; false when the client is over the limit (answer 429). */
  take(clientAddress: string): { allowed: boolean; retryAfterSeconds: number } {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.counts.clear();
      this.windowStart = now;
    }
    const key = createHash('sha256').update(this.salt).update(clientAddress).digest('base64url');
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return { allowed: count <= this.limit, retryAfterSeconds: Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)) };
  }

  /** How many clients the table holds now (for tests: it empties every window). */
  get size(): number {
    return this.counts.size;
  }
}
