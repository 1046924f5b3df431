import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DamagedDatabase, DatabaseTimeout, openDatabase, type Database } from '@/lib/feedback/database';
import { migrate, migrations } from '@/lib/feedback/migrations';
import { buildReport } from '@/lib/feedback/report';
import { applyRetention, checkStoredRows, countRows, saveSearchGaps, saveVote } from '@/lib/feedback/store';

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
  }, 180_000);
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
    const columns = await db.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY table_name, column_name",
    );
    const byTable: Record<string, string[]> = {};
    for (const { table_name: table, column_name: column } of columns) (byTable[table] ??= []).push(column);
    expect(byTable).toEqual({
      feedback: ['comment', 'created_at', 'helpful', 'id', 'locale', 'reason', 'slug'],
      // reader_mark: a truncated HMAC of (address, locale, query) under a secret deleted at the end of
      // its day. It tells readers of one query apart for the count and nothing else: it cannot be
      // turned back into the address, nor linked to the same reader's other queries or other days.
      search_gaps: ['created_at', 'id', 'locale', 'query', 'reader_mark', 'results'],
      // The day's secret (PGlite keeps it in memory: this table stays empty there), deleted the next day.
      daily_secrets: ['day', 'secret'],
      // bucket: a salted hash (the day's secret) of the client address, deleted when its window ends.
      rate_limit_counters: ['bucket', 'hits', 'window_end'],
      stored_rows: ['stored', 'table_name'],
    });
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
    expect(
      await saveSearchGaps(db, [
        { locale: 'en', query: 'tabby', results: 0, mark: 'reader-1' },
        { locale: 'en', query: 'tabby', results: 0, mark: 'reader-2' },
      ]),
    ).toBe(2);
    expect((await countRows(db)).searches).toBe(2);
    await expect(
      saveSearchGaps(db, [
        { locale: 'en', query: 'ok', results: 0, mark: 'reader-3' },
        { locale: 'en', query: null as unknown as string, results: 0, mark: 'reader-4' },
      ]),
    ).rejects.toThrow();
    expect((await countRows(db)).searches).toBe(2);
  });

  it('stores a reader’s mark once: the same reader, query and day again adds nothing', async () => {
    const gap = { locale: 'en', query: 'tabby', results: 0, mark: 'same-reader' } as const;
    expect(await saveSearchGaps(db, [gap, gap])).toBe(1);
    expect(await saveSearchGaps(db, [gap, { ...gap, mark: 'other-reader' }])).toBe(1);
    expect((await countRows(db)).searches).toBe(2);
  });

  it('shows a failed search only once three readers (distinct marks) searched it', async () => {
    const gap = (mark: string) => ({ locale: 'en', query: 'apple pay', results: 0, mark }) as const;
    await saveSearchGaps(db, [gap('a'), gap('b')]);
    await saveSearchGaps(db, [{ locale: 'ar', query: 'تابي', results: 0, mark: 'c' }]);
    expect((await buildReport(db)).searches).toEqual([]);
    await saveSearchGaps(db, [gap('d')]);
    expect((await buildReport(db)).searches).toEqual([{ locale: 'en', query: 'apple pay', count: 3 }]);
  });

  it('counts rows stored before reader marks once per day', async () => {
    const old = { locale: 'en', query: 'from before marks', results: 0 } as const;
    await saveSearchGaps(db, [old, old, old], new Date('2026-11-01T08:00:00Z'));
    await saveSearchGaps(db, [old], new Date('2026-11-02T08:00:00Z'));
    expect((await buildReport(db)).searches).toEqual([]);
    await saveSearchGaps(db, [old], new Date('2026-11-03T08:00:00Z'));
    expect((await buildReport(db)).searches).toEqual([{ locale: 'en', query: 'from before marks', count: 3 }]);
  });

  it('keeps count of the rows stored, and finds a table that lost rows without an error', async () => {
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'yes' });
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no' });
    await saveSearchGaps(db, [{ locale: 'en', query: 'x', results: 0, mark: 'm' }]);
    await expect(checkStoredRows(db)).resolves.toBeUndefined();
    // What a data file cut short looks like from SQL: rows gone, and no trigger saw them go.
    await db.transaction(async (tx) => {
      await tx.query('ALTER TABLE feedback DISABLE TRIGGER feedback_deleted');
      await tx.query('DELETE FROM feedback WHERE helpful');
      await tx.query('ALTER TABLE feedback ENABLE TRIGGER feedback_deleted');
    });
    await expect(checkStoredRows(db)).rejects.toThrow('the table feedback holds 1 rows but 2 were stored');
    await expect(checkStoredRows(db)).rejects.toBeInstanceOf(DamagedDatabase);
  });

  it('does not store a write that reaches the database after its deadline', async () => {
    const late: Database = { ...db, query: db.query.bind(db), transaction: db.transaction.bind(db), close: db.close.bind(db), deadline: () => new Date(Date.now() - 1000) };
    await expect(saveVote(late, { locale: 'en', slug: 'a', helpful: 'yes' })).rejects.toBeInstanceOf(DatabaseTimeout);
    await expect(saveSearchGaps(late, [{ locale: 'en', query: 'late', results: 0, mark: 'late' }])).rejects.toBeInstanceOf(DatabaseTimeout);
    expect(await countRows(db)).toEqual({ feedback: 0, searches: 0 });
  });

  it('deletes comments and searched words older than the retention period, keeping the votes', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const old = new Date(now.getTime() - 181 * day);
    const recent = new Date(now.getTime() - 179 * day);
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'other', comment: 'old' }, old);
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'other', comment: 'recent' }, recent);
    await saveSearchGaps(db, [{ locale: 'en', query: 'old', results: 0, mark: 'old' }], old);
    await saveSearchGaps(db, [{ locale: 'en', query: 'recent', results: 0, mark: 'recent' }], recent);
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

  it('is created on first open, private to its owner, synced to disk on commit, and keeps its data when opened again', async () => {
    const dataDir = path.join(dir, 'data');
    let syncs = 0;
    const first = await openDatabase({ dataDir, onSync: () => syncs++ });
    expect(await first.query('SHOW fsync')).toEqual([{ fsync: 'on' }]);
    expect(await first.query('SHOW data_checksums')).toEqual([{ data_checksums: 'on' }]);
    syncs = 0;
    await saveVote(first, { locale: 'en', slug: 'kept', helpful: 'yes' });
    // The commit reached the disk (fsync of the write-ahead log), not just the page cache.
    expect(syncs).toBeGreaterThan(0);
    await first.close();
    const opened = [dataDir, ...readdirSync(dataDir, { recursive: true }).map((entry) => path.join(dataDir, String(entry)))];
    const open = opened.filter((file) => (statSync(file).mode & 0o077) !== 0);
    expect(open, 'readable by group or others').toEqual([]);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const second = await openDatabase({ dataDir });
    expect((await buildReport(second)).articles).toMatchObject([{ slug: 'kept', yes: 1 }]);
    await second.close();
  }, 180_000);
});

describe('an unreachable PostgreSQL server', () => {
  it('fails to open, so the routes can answer 503', async () => {
    await expect(openDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow();
  });
});
