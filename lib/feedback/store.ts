/**
 * What the feedback feature stores and reads, in SQL both PGlite and PostgreSQL run. Callers hand
 * in values already validated and masked (lib/feedback/http.ts); nothing here sees a request.
 *
 * Every write is one statement that stores nothing once the database's clock has passed
 * `db.deadline()`: a statement that reaches a frozen or overloaded database after its request gave
 * up (and answered 503) can never land later, so what was answered 201 is exactly what is stored.
 */
import type { Database } from './database';
import { DamagedDatabase, DatabaseTimeout } from './errors';
import type { FeedbackInput, FeedbackReason, SearchGapInput } from './schema';

export interface StoredVote {
  locale: FeedbackInput['locale'];
  slug: string;
  helpful: 'yes' | 'no';
  reason?: FeedbackReason;
  /** Masked already: see maskForStorage. */
  comment?: string;
}

/** A failed search as stored: with its reader mark (reader-mark.ts), or none for rows from before marks. */
export interface StoredSearchGap extends SearchGapInput {
  mark?: string;
}

export async function saveVote(db: Database, vote: StoredVote, now = new Date()): Promise<void> {
  const stored = await db.query(
    `INSERT INTO feedback (locale, slug, helpful, reason, comment, created_at)
     SELECT $1::text, $2::text, $3::boolean, $4::text, $5::text, $6::timestamptz WHERE clock_timestamp() < $7::timestamptz
     RETURNING id`,
    [vote.locale, vote.slug, vote.helpful === 'yes', vote.reason ?? null, vote.comment ?? null, now, db.deadline()],
  );
  if (stored.length !== 1) throw new DatabaseTimeout();
}

/**
 * All of a batch, or none of it (one statement). A search whose reader mark is stored already (the
 * same reader, query and day) is not stored again. Returns how many rows were added.
 */
export async function saveSearchGaps(db: Database, gaps: readonly StoredSearchGap[], now = new Date()): Promise<number> {
  if (gaps.length === 0) return 0;
  const [result] = await db.query<{ open: boolean; stored: number }>(
    `WITH gate AS MATERIALIZED (SELECT clock_timestamp() < $6::timestamptz AS open),
     saved AS (
       INSERT INTO search_gaps (locale, query, results, reader_mark, created_at)
       SELECT gap.locale, gap.query, gap.results, gap.mark, $5::timestamptz
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS gap(locale, query, results, mark)
       WHERE (SELECT open FROM gate)
       ON CONFLICT (reader_mark) DO NOTHING
       RETURNING 1
     )
     SELECT (SELECT open FROM gate) AS open, (SELECT count(*) FROM saved)::int AS stored`,
    [gaps.map((gap) => gap.locale), gaps.map((gap) => gap.query), gaps.map((gap) => gap.results), gaps.map((gap) => gap.mark ?? null), now, db.deadline()],
  );
  if (!result?.open) throw new DatabaseTimeout();
  return result.stored;
}

/**
 * The retention rule: comments and failed-search queries older than `days` are deleted (a vote's
 * yes/no and reason stay, as counts). Returns how many of each went.
 */
export async function applyRetention(db: Database, days: number, now = new Date()): Promise<{ comments: number; searches: number }> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const comments = await tx.query('UPDATE feedback SET comment = NULL WHERE comment IS NOT NULL AND created_at < $1 RETURNING id', [cutoff]);
    const searches = await tx.query('DELETE FROM search_gaps WHERE created_at < $1 RETURNING id', [cutoff]);
    return { comments: comments.length, searches: searches.length };
  });
}

export interface ArticleTally {
  locale: string;
  slug: string;
  yes: number;
  no: number;
  reasons: { reason: FeedbackReason; count: number }[];
  comments: { date: string; reason?: FeedbackReason; text: string }[];
}

export interface SearchTally {
  locale: string;
  query: string;
  count: number;
}

export async function readArticleTallies(db: Database, { commentsPerArticle }: { commentsPerArticle: number }): Promise<ArticleTally[]> {
  const votes = await db.query<{ locale: string; slug: string; yes: number; no: number }>(
    `SELECT locale, slug, count(*) FILTER (WHERE helpful)::int AS yes, count(*) FILTER (WHERE NOT helpful)::int AS no
     FROM feedback GROUP BY locale, slug ORDER BY locale, count(*) FILTER (WHERE NOT helpful) DESC, slug`,
  );
  const reasons = await db.query<{ locale: string; slug: string; reason: FeedbackReason; count: number }>(
    `SELECT locale, slug, reason, count(*)::int AS count FROM feedback WHERE reason IS NOT NULL
     GROUP BY locale, slug, reason ORDER BY count(*) DESC, reason`,
  );
  const comments = await db.query<{ locale: string; slug: string; reason: FeedbackReason | null; comment: string; created_at: Date }>(
    `SELECT locale, slug, reason, comment, created_at FROM (
       SELECT *, row_number() OVER (PARTITION BY locale, slug ORDER BY created_at DESC, id DESC) AS position
       FROM feedback WHERE comment IS NOT NULL
     ) latest WHERE position <= $1 ORDER BY created_at DESC, id DESC`,
    [commentsPerArticle],
  );
  const key = (row: { locale: string; slug: string }) => `${row.locale}/${row.slug}`;
  const tallies = new Map(votes.map((row) => [key(row), { ...row, reasons: [], comments: [] } as ArticleTally]));
  for (const row of reasons) tallies.get(key(row))?.reasons.push({ reason: row.reason, count: row.count });
  for (const row of comments) {
    tallies.get(key(row))?.comments.push({
      date: new Date(row.created_at).toISOString().slice(0, 10),
      ...(row.reason ? { reason: row.reason } : {}),
      text: row.comment,
    });
  }
  return [...tallies.values()];
}

/**
 * Failed searches seen by at least `minimum` readers: `count` is the number of distinct reader
 * marks, so one reader counts once a day, however often they searched. Rows stored before marks
 * existed count once per day.
 */
export async function readSearchTallies(db: Database, { minimum }: { minimum: number }): Promise<SearchTally[]> {
  return db.query<SearchTally>(
    `SELECT locale, query, count(DISTINCT COALESCE(reader_mark, 'day ' || to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')))::int AS count
     FROM search_gaps GROUP BY locale, query
     HAVING count(DISTINCT COALESCE(reader_mark, 'day ' || to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'))) >= $1
     ORDER BY locale, 3 DESC, query`,
    [minimum],
  );
}

/** SQLSTATE XX001 (data_corrupted) and XX002 (index_corrupted): a page that fails its checks. */
export const isDamage = (error: unknown) => ['XX001', 'XX002'].includes(String((error as { code?: unknown })?.code));

/**
 * Checks that each table holds the rows stored in it, reading every page (with data checksums, a
 * damaged page fails here). The counts come from `stored_rows`, kept by triggers in the same
 * transaction as the rows: a data file cut short loses rows without any error when it is read.
 */
export async function checkStoredRows(db: Database): Promise<void> {
  let rows: { table_name: string; stored: number; present: number }[];
  try {
    rows = await db.transaction(async (tx) => {
      // Index-only scans would count without reading the table's pages.
      for (const setting of ['enable_indexonlyscan', 'enable_indexscan', 'enable_bitmapscan']) await tx.query(`SET LOCAL ${setting} = off`);
      return tx.query<{ table_name: string; stored: number; present: number }>(
        `SELECT name AS table_name, stored_rows.stored::float8 AS stored,
           CASE name WHEN 'feedback' THEN (SELECT count(*) FROM feedback) ELSE (SELECT count(*) FROM search_gaps) END::float8 AS present
         FROM (VALUES ('feedback'), ('search_gaps')) AS tables(name) LEFT JOIN stored_rows ON stored_rows.table_name = name`,
      );
    });
  } catch (error) {
    if (isDamage(error)) throw new DamagedDatabase(`The feedback database is damaged: ${(error as Error).message}. Restore it from a backup.`);
    throw error;
  }
  for (const row of rows) {
    if (row.stored === null) throw new DamagedDatabase(`The feedback database is damaged: its count of stored rows for ${row.table_name} is missing. Restore it from a backup.`);
    if (row.present !== row.stored) {
      throw new DamagedDatabase(
        `The feedback database is damaged: the table ${row.table_name} holds ${row.present} rows but ${row.stored} were stored (a data file cut short?). Restore it from a backup; until then votes are refused rather than stored where they could be lost.`,
      );
    }
  }
}

export async function countRows(db: Database): Promise<{ feedback: number; searches: number }> {
  const [row] = await db.query<{ feedback: number; searches: number }>(
    'SELECT (SELECT count(*) FROM feedback)::int AS feedback, (SELECT count(*) FROM search_gaps)::int AS searches',
  );
  return row ?? { feedback: 0, searches: 0 };
}
