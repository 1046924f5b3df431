import { looksLikeMessage } from '@/lib/message-check/pasted';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSummary } from '@/lib/contact/summary';
import { openDatabase, type Database } from '@/lib/feedback/database';
import { handleFeedback, handleSearchGaps, type FeedbackDependencies } from '@/lib/feedback/http';
import { RateLimiter } from '@/lib/feedback/rate-limit';
import { MemorySecrets } from '@/lib/feedback/reader-mark';
import { countSearchGap, flushSearchGaps } from '@/lib/feedback/search-gaps-client';
import { locales } from '@/lib/i18n/config';
import { searchPath, secretRemovedPath } from '@/lib/paths';
import { isPaymentSecret, stripSecrets } from '@/lib/secrets';
import { proxy } from '@/proxy';
import { holds, ordinaryPhrases, secretPhrases } from './secret-phrases';

/**
 * Every phrase of the shared table (./secret-phrases.ts), in both languages' requests, through every
 * surface that sends reader text or keeps it: the real HTTP handlers into a real database (then every
 * text column of it is read back), the search box's and results page's addresses, the failed-search
 * beacon, the proxy's redirect, and the request summary. What must not survive is compared with
 * `holds` (letters and ASCII digits only), so a separator or a digit set cannot hide it.
 */
const site = 'http://help.test';
const post = (path: string, body: unknown) =>
  new Request(`${site}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { host: 'help.test', origin: site, 'content-type': 'application/json' } });

/** Every stored value that still holds a phrase's secret, as "table.column: value ⊃ secret". */
function leaks(values: readonly string[]): string[] {
  return values.flatMap((value) => secretPhrases.filter(({ secret }) => holds(value, secret)).map(({ secret }) => `${value} ⊃ ${secret}`));
}

async function everyTextValue(db: Database): Promise<string[]> {
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')`,
  );
  const values: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await db.query<{ value: unknown }>(`SELECT "${column}"::text AS value FROM "${table}" WHERE "${column}" IS NOT NULL`);
    values.push(...rows.map((row) => `${table}.${column}: ${String(row.value)}`));
  }
  return values;
}

/** The embedded database in a temporary folder, and PostgreSQL in a schema of its own where DATABASE_URL is set. */
const backends = [
  {
    name: 'PGlite in a temporary folder',
    open: async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'privacy-surfaces-'));
      const db = await openDatabase({ dataDir: folder });
      return { db, cleanUp: async () => rmSync(folder, { recursive: true, force: true }) };
    },
  },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'PostgreSQL (DATABASE_URL)',
          open: async () => {
            const databaseUrl = process.env.DATABASE_URL!;
            const schema = `privacy_surfaces_${process.pid}_${Date.now()}`;
            const { default: pg } = await import('pg');
            const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
            await admin.query(`CREATE SCHEMA "${schema}"`);
            const url = new URL(databaseUrl);
            url.searchParams.set('options', `-c search_path=${schema}`);
            const db = await openDatabase({ databaseUrl: url.toString() });
            return {
              db,
              cleanUp: async () => {
                await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
                await admin.end();
              },
            };
          },
        },
      ]
    : []),
];

describe.each(backends)('reader text through the HTTP handlers into $name', ({ open }) => {
  let db: Database;
  let cleanUp = async () => {};
  beforeAll(async () => {
    ({ db, cleanUp } = await open());
    const deps: FeedbackDependencies = { database: async () => db, limiter: new RateLimiter(100_000), isPublished: () => true, secrets: new MemorySecrets() };
    for (const locale of locales) {
      for (const text of [...secretPhrases.map((phrase) => phrase.text), ...ordinaryPhrases]) {
        const comment = { locale, slug: 'knet-payment-page-messages', helpful: 'no', reason: 'other', comment: text };
        expect((await handleFeedback(post('/api/feedback', comment), deps)).status, text).toBe(201);
        expect((await handleSearchGaps(post('/api/search-gaps', { locale, query: text, results: 0 }), deps)).status, text).toBe(202);
      }
    }
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await cleanUp();
  });

  it('stores every comment, and no text column holds a card number, code, IBAN, civil ID, email or phone number', async () => {
    const [stored] = await db.query<{ count: number }>('SELECT count(comment)::int AS count FROM feedback');
    expect(stored?.count).toBe((secretPhrases.length + ordinaryPhrases.length) * locales.length);
    expect(leaks(await everyTextValue(db))).toEqual([]);
  });

  it('keeps the ordinary phrases as written: masking is not wiping', async () => {
    const comments = (await db.query<{ comment: string }>('SELECT comment FROM feedback')).map((row) => row.comment);
    const queries = (await db.query<{ query: string }>('SELECT query FROM search_gaps')).map((row) => row.query);
    for (const text of ordinaryPhrases) {
      expect(comments, text).toContain(text);
      expect(queries, text).toContain(text.toLocaleLowerCase('en').replace(/\s+/g, ' '));
    }
  });
});

describe('reader text on its way out of the browser', () => {
  it.each(secretPhrases)('search sends none of the $kind in $text: the address, the history, the proxy', async ({ text, secret }) => {
    const { text: query, kinds } = stripSecrets(text);
    expect(kinds.length).toBeGreaterThan(0);
    for (const locale of locales) {
      // What the box and the dialog navigate to, and what the results page writes into the history.
      for (const address of [searchPath(locale, query), secretRemovedPath(locale, query)]) expect(holds(decodeURIComponent(address), secret)).toBe(false);
      // A pasted link, or a form sent without JavaScript: the proxy answers with the search without it.
      const response = proxy(new NextRequest(`${site}${searchPath(locale, text)}`));
      expect(response.status).toBe(303);
      const location = response.headers.get('location') ?? '';
      expect(location).toMatch(new RegExp(`/${locale}/search(\\?q=[^#]*)?#search-secret-removed$`));
      expect(holds(decodeURIComponent(location), secret)).toBe(false);
    }
  });

  it('the failed-search beacon carries none of them', async () => {
    const sent: string[] = [];
    vi.stubGlobal('navigator', {
      sendBeacon: (_url: string, body: Blob) => {
        sent.push(body as unknown as string);
        return true;
      },
    });
    try {
      for (const locale of locales) for (const { text } of secretPhrases) countSearchGap({ locale, query: text, results: 0 }, false);
      flushSearchGaps();
      const bodies = await Promise.all(sent.map((body) => (body as unknown as Blob).text()));
      const queued = bodies.flatMap((body) => (JSON.parse(body) as { query: string }[]).map((gap) => gap.query));
      // Phrases with words beside the secret are still counted, without it; a pasted message never is (the message check reads it).
      const countable = secretPhrases.filter(({ text }) => !looksLikeMessage(text));
      expect(countable.length).toBeGreaterThan(secretPhrases.length / 2);
      expect(queued.length).toBeGreaterThan(countable.length);
      expect(leaks(queued)).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the request summary masks every payment secret, whichever field holds it', () => {
    for (const { text, kind, secret } of secretPhrases) {
      if (!isPaymentSecret(kind)) continue;
      const { text: summary, masked } = buildSummary({
        heading: 'Support request',
        fields: [
          { id: 'whatHappened', label: 'What happened' },
          { id: 'message', label: 'Message shown' },
        ],
        values: { whatHappened: text, message: text },
        dateLocale: 'en-GB',
      });
      expect(masked, text).toBe(true);
      expect(holds(summary, secret), text).toBe(false);
    }
  });

  it.each(ordinaryPhrases)('the proxy lets %j through untouched', (text) => {
    expect(proxy(new NextRequest(`${site}${searchPath('en', text)}`)).status).toBe(200);
  });
});
