/**
 * What the feedback feature stores and reads, in SQL both PGlite and PostgreSQL run. Callers hand
 * in values already validated and masked (lib/feedback/submit.ts); nothing here sees a request.
 */
import type { Database } from './database';
import type { FeedbackInput, FeedbackReason, SearchGapInput } from './schema';

export interface StoredVote {
  locale: FeedbackInput['locale'];
  slug: string;
  helpful: 'yes' | 'no';
  reason?: FeedbackReason;
  /** Masked already: see maskForStorage. */
  comment?: string;
}

export async function saveVote(db: Database, vote: StoredVote, now = new Date()): Promise<void> {
  await db.query('INSERT INTO feedback (locale, slug, helpful, reason, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    vote.locale,
    vote.slug,
    vote.helpful === 'yes',
    vote.reason ?? null,
    vote.comment ?? null,
    now,
  ]);
}

/** All of a batch, or none of it. */
export async function saveSearchGaps(db: Database, gaps: readonly SearchGapInput[], now = new Date()): Promise<void> {
  if (gaps.length === 0) return;
  await db.transaction(async (tx) => {
    for (const gap of gaps) {
      await tx.query('INSERT INTO search_gaps (locale, query, results, created_at) VALUES ($1, $2, $3, $4)', [gap.locale, gap.query, gap.results, now]);
    }
  });
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

/** Failed searches seen at least `minimum` times: a query typed once or twice is never shown. */
export async function readSearchTallies(db: Database, { minimum }: { minimum: number }): Promise<SearchTally[]> {
  return db.query<SearchTally>(
    `SELECT locale, query, count(*)::int AS count FROM search_gaps GROUP BY locale, query
     HAVING count(*) >= $1 ORDER BY locale, count(*) DESC, query`,
    [minimum],
  );
}

export async function countRows(db: Database): Promise<{ feedback: number; searches: number }> {
  const [row] = await db.query<{ feedback: number; searches: number }>(
    'SELECT (SELECT count(*) FROM feedback)::int AS feedback, (SELECT count(*) FROM search_gaps)::int AS searches',
  );
  return row ?? { feedback: 0, searches: 0 };
}
