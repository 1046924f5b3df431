/**
 * Counting readers without knowing them. A failed search is stored with a "reader mark": the first
 * 96 bits of HMAC-SHA256(secret of the day, client address + locale + query). The same reader
 * searching the same words on the same day makes the same mark (stored once); anyone else, or the
 * same reader another day, makes another. The report counts distinct marks, so one client sending a
 * query many times counts once a day.
 *
 * A mark is not an identifier: it cannot be linked to an address without the day's secret, nor to
 * the same reader's other queries (the query is inside the HMAC), nor across days (the secret
 * changes). The secret is random, lives in memory (embedded database) or, with DATABASE_URL, in
 * `daily_secrets` so every server of one PostgreSQL makes the same marks, and is deleted once its
 * day (UTC) is over: from then on nobody, the operator included, can test an address against a mark.
 * The same secret salts the keys of the shared rate limiter (rate-limit.ts).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from './database';

/** The day (UTC) a secret belongs to, as YYYY-MM-DD. */
export const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export interface DailySecrets {
  /** Today's secret (a new one each day). */
  current(): Promise<Buffer>;
}

/** The secret in this process's memory only: a restart draws a new one. */
export class MemorySecrets implements DailySecrets {
  private day?: string;
  private secret = randomBytes(32);

  constructor(private readonly now: () => number = Date.now) {}

  async current(): Promise<Buffer> {
    const day = dayOf(this.now());
    if (day !== this.day) {
      this.day = day;
      this.secret = randomBytes(32);
    }
    return this.secret;
  }
}

/** The secret shared through the database (`daily_secrets`): one round trip a day per server. */
export class DatabaseSecrets implements DailySecrets {
  private cached?: { day: string; secret: Promise<Buffer> };

  constructor(
    private readonly database: () => Promise<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  current(): Promise<Buffer> {
    const day = dayOf(this.now());
    if (this.cached?.day !== day) {
      const secret = this.load(day);
      const cached = { day, secret };
      this.cached = cached;
      // A failed load is not kept: the next request asks again.
      secret.catch(() => {
        if (this.cached === cached) this.cached = undefined;
      });
    }
    return this.cached!.secret;
  }

  private async load(day: string): Promise<Buffer> {
    const db = await this.database();
    // Yesterday's secret goes, today's is made unless another server made it first.
    const statement = `WITH gone AS (DELETE FROM daily_secrets WHERE day < $1::date),
      made AS (INSERT INTO daily_secrets (day, secret) VALUES ($1::date, $2) ON CONFLICT (day) DO NOTHING RETURNING secret)
      SELECT secret FROM made UNION ALL SELECT secret FROM daily_secrets WHERE day = $1::date`;
    let [row] = await db.query<{ secret: Uint8Array }>(statement, [day, randomBytes(32)]);
    // Made by another server while this statement waited: its snapshot did not see it.
    row ??= (await db.query<{ secret: Uint8Array }>('SELECT secret FROM daily_secrets WHERE day = $1::date', [day]))[0];
    if (!row) throw new Error(`the secret of ${day} could not be stored`);
    return Buffer.from(row.secret);
  }
}

/** Today's mark of one reader's failed search (see the top of this file). */
export function readerMark(secret: Buffer, client: string, locale: string, query: string): string {
  return createHmac('sha256', secret).update(`mark\0${client}\0${locale}\0${query}`).digest('base64url').slice(0, 16);
}

/** A client's key in the shared rate limiter: salted with today's secret, so it means nothing tomorrow. */
export function limiterKey(secret: Buffer, scope: string, client: string): string {
  return createHmac('sha256', secret).update(`limit\0${scope}\0${client}`).digest('base64url').slice(0, 22);
}
