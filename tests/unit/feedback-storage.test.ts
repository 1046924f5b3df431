import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/feedback/database';
import { migrate, migrations } from '@/lib/feedback/migrations';
import { buildReport } from '@/lib/feedback/report';
import { applyRetention, countRows, saveSearchGaps, saveVote } from '@/lib/feedback/store';

/**
 * The same storage tests on the embedded database (always) and on a PostgreSQL server where
 * DATABASE_URL is set (.ci/run starts one).
 */
const backends = [
  { name: 'PGlite (embedded)', options: () => ({ dataDir: 'memory://' }) },
  ...(process.env.DATABASE_URL ? [{ name: 'PostgreSQL (DATABASE_URL)', options: () => ({ databaseUrl: process.env.DATABASE_URL }) }] : []),
];

const day = 86_400_000;

describe.each(backends)('feedback storage on $name', ({ options }) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(options());
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.query('TRUNCATE feedback, search_gaps');
  });

  it('records every migration once, and running them again applies nothing', async () => {
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
    expect(await migrate(db)).toEqual([]);
  });

  it('has no column for an address, a user agent or an identifier', async () => {
    const columns = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name IN ('feedback', 'search_gaps') AND table_schema = current_schema()",
    );
    const names = columns.map((column) => column.column_name).sort();
    expect(names).toEqual(['comment', 'created_at', 'created_at', 'helpful', 'id', 'id', 'locale', 'locale', 'query', 'reason', 'results', 'slug']);
  });

  it('stores votes and counts them per article, with reasons and the latest comments first', async () => {
    const t0 = new Date('2026-11-01T10:00:00Z');
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'yes' }, t0);
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'unclear', comment: 'first' }, t0);
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'unclear', comment: 'second' }, new Date(t0.getTime() + day));
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'outdated' }, t0);
    await saveVote(db, { locale: 'ar', slug: 'a', helpful: 'yes' }, t0);
    const report = await buildReport(db);
    expect(report.articles).toEqual([
      { locale: 'ar', slug: 'a', yes: 1, no: 0, reasons: [], comments: [] },
      {
        locale: 'en',
        slug: 'a',
        yes: 1,
        no: 3,
        reasons: [
          { reason: 'unclear', count: 2 },
          { reason: 'outdated', count: 1 },
        ],
        comments: [
          { date: '2026-11-02', reason: 'unclear', text: 'second' },
          { date: '2026-11-01', reason: 'unclear', text: 'first' },
        ],
      },
    ]);
  });

  it('stores a batch of failed searches whole, and a failing batch not at all', async () => {
    await saveSearchGaps(db, [
      { locale: 'en', query: 'tabby', results: 0 },
      { locale: 'en', query: 'tabby', results: 0 },
    ]);
    expect((await countRows(db)).searches).toBe(2);
    await expect(
      saveSearchGaps(db, [
        { locale: 'en', query: 'ok', results: 0 },
        { locale: 'en', query: null as unknown as string, results: 0 },
      ]),
    ).rejects.toThrow();
    expect((await countRows(db)).searches).toBe(2);
  });

  it('shows a failed search only once it was seen three times', async () => {
    const gap = { locale: 'en', query: 'apple pay', results: 0 } as const;
    await saveSearchGaps(db, [gap, gap]);
    await saveSearchGaps(db, [{ locale: 'ar', query: 'تابي', results: 0 }]);
    expect((await buildReport(db)).searches).toEqual([]);
    await saveSearchGaps(db, [gap]);
    expect((await buildReport(db)).searches).toEqual([{ locale: 'en', query: 'apple pay', count: 3 }]);
  });

  it('deletes comments and searched words older than the retention period, keeping the votes', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const old = new Date(now.getTime() - 181 * day);
    const recent = new Date(now.getTime() - 179 * day);
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'other', comment: 'old' }, old);
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'other', comment: 'recent' }, recent);
    await saveSearchGaps(db, [{ locale: 'en', query: 'old', results: 0 }], old);
    await saveSearchGaps(db, [{ locale: 'en', query: 'recent', results: 0 }], recent);
    expect(await applyRetention(db, 180, now)).toEqual({ comments: 1, searches: 1 });
    const comments = await db.query<{ comment: string | null }>('SELECT comment FROM feedback ORDER BY created_at');
    expect(comments).toEqual([{ comment: null }, { comment: 'recent' }]);
    expect(await db.query('SELECT query FROM search_gaps')).toEqual([{ query: 'recent' }]);
    expect(await applyRetention(db, 180, now)).toEqual({ comments: 0, searches: 0 });
  });
});

describe('the embedded database on disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is created on first open and keeps its data when opened again', async () => {
    const first = await openDatabase({ dataDir: path.join(dir, 'data') });
    await saveVote(first, { locale: 'en', slug: 'kept', helpful: 'yes' });
    await first.close();
    const second = await openDatabase({ dataDir: path.join(dir, 'data') });
    expect((await buildReport(second)).articles).toMatchObject([{ slug: 'kept', yes: 1 }]);
    await second.close();
  }, 60_000);
});

describe('an unreachable PostgreSQL server', () => {
  it('fails to open, so the routes can answer 503', async () => {
    await expect(openDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow();
  });
});
