import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/feedback/database';
import { checkStoredRows, saveSearchGaps, saveVote } from '@/lib/feedback/store';
import { copyFeedback, MigrationRefused } from '@/scripts/migrate-pglite';

/**
 * PGlite → PostgreSQL (scripts/migrate-pglite.ts): needs a server, so it runs where DATABASE_URL is
 * set (.ci/run starts one), each run in a database of its own on that server, dropped at the end.
 */
const serverUrl = process.env.DATABASE_URL;

describe.skipIf(!serverUrl)('migrate:pglite into PostgreSQL', () => {
  const name = `migrate_test_${randomBytes(4).toString('hex')}`;
  const admin = () => new pg.Client({ connectionString: serverUrl });
  let folder: string;
  let source: Database;
  let target: Database;

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    target = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
    folder = mkdtempSync(path.join(tmpdir(), 'migrate-pglite-'));
    source = await openDatabase({ dataDir: folder });
    const at = new Date('2026-11-30T10:00:00Z');
    await saveVote(source, { locale: 'en', slug: 'pay-with-knet', helpful: 'yes' }, at);
    await saveVote(source, { locale: 'ar', slug: 'pay-with-knet', helpful: 'no', reason: 'unclear', comment: 'غير واضح' }, at);
    await saveVote(source, { locale: 'en', slug: 'declined-payment', helpful: 'no', reason: 'other' }, at);
    await saveSearchGaps(source, [
      { locale: 'en', query: 'knet refund', results: 0, mark: 'mark-1' },
      { locale: 'ar', query: 'استرجاع', results: 2, mark: 'mark-2' },
    ], at);
  }, 180_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.end();
  });

  beforeEach(async () => {
    await target.query('TRUNCATE feedback, search_gaps');
  });

  const rowsOf = async (db: Database) => ({
    feedback: await db.query('SELECT locale, slug, helpful, reason, comment, created_at FROM feedback ORDER BY id'),
    searches: await db.query('SELECT locale, query, results, reader_mark, created_at FROM search_gaps ORDER BY id'),
  });

  it('copies every row of both tables, values and times unchanged, and reports the counts', async () => {
    const results = await copyFeedback(source, target);
    expect(results).toEqual([
      { table: 'feedback', read: 3, before: 0, after: 3 },
      { table: 'search_gaps', read: 2, before: 0, after: 2 },
    ]);
    expect(await rowsOf(target)).toEqual(await rowsOf(source));
    // The server's stored-row ledger counted the copied rows, so its check at the next open passes.
    await expect(checkStoredRows(target)).resolves.toBeUndefined();
  });

  it('refuses a server table that already holds rows, and writes nothing', async () => {
    await saveVote(target, { locale: 'en', slug: 'already-there', helpful: 'yes' });
    await expect(copyFeedback(source, target)).rejects.toThrow(MigrationRefused);
    await expect(copyFeedback(source, target)).rejects.toThrow(/feedback on the server already holds 1 rows/);
    const after = await rowsOf(target);
    expect(after.feedback).toHaveLength(1);
    expect(after.searches).toHaveLength(0);
  });

  it('adds to rows already there when told to (--append)', async () => {
    await saveVote(target, { locale: 'en', slug: 'already-there', helpful: 'yes' });
    const results = await copyFeedback(source, target, { append: true });
    expect(results.map(({ table, before, after }) => [table, before, after])).toEqual([
      ['feedback', 1, 4],
      ['search_gaps', 0, 2],
    ]);
  });

  it('writes nothing when one table fails to copy: one transaction for both', async () => {
    // A reader mark already on the server makes the second table's insert fail (marks are unique).
    await target.query(`INSERT INTO search_gaps (locale, query, results, reader_mark) VALUES ('en', 'x', 0, 'mark-2')`);
    await expect(copyFeedback(source, target, { append: true })).rejects.toThrow(/reader_mark|duplicate/);
    const after = await rowsOf(target);
    expect(after.feedback).toHaveLength(0);
    expect(after.searches).toHaveLength(1);
  });

  it('refuses an embedded database as the target', async () => {
    await expect(copyFeedback(source, source)).rejects.toThrow(/must be a PostgreSQL server/);
  });
});
