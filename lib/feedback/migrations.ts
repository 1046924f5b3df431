import type { Database } from './database';

/**
 * The schema's history, oldest first. A migration is never edited once released: a change is a
 * new entry. No column can hold an IP address, a user agent or any identifier of a reader.
 * `sql` is a text of statements separated by `;`, or a list of statements (for function bodies,
 * which hold `;` of their own).
 */
export const migrations: readonly { version: number; name: string; sql: string | readonly string[] }[] = [
  {
    version: 1,
    name: 'feedback and search gaps',
    sql: `
      CREATE TABLE feedback (
        id bigserial PRIMARY KEY,
        locale text NOT NULL,
        slug text NOT NULL,
        helpful boolean NOT NULL,
        reason text,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX feedback_article ON feedback (locale, slug);
      CREATE INDEX feedback_comment_age ON feedback (created_at) WHERE comment IS NOT NULL;
      CREATE TABLE search_gaps (
        id bigserial PRIMARY KEY,
        locale text NOT NULL,
        query text NOT NULL,
        results integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX search_gaps_query ON search_gaps (locale, query);
      CREATE INDEX search_gaps_age ON search_gaps (created_at);
    `,
  },
  {
    version: 2,
    name: 'reader marks, shared limits, stored-row ledger',
    sql: [
      // A failed search counts once per reader and day: see lib/feedback/reader-mark.ts. Rows from
      // before this version have none, and count once per day (store.ts, readSearchTallies).
      'ALTER TABLE search_gaps ADD COLUMN reader_mark text',
      'CREATE UNIQUE INDEX search_gaps_reader_mark ON search_gaps (reader_mark)',
      // The day's secret for reader marks and limiter keys, shared by the servers of one
      // PostgreSQL (PGlite keeps it in memory), deleted when the day is over.
      'CREATE TABLE daily_secrets (day date PRIMARY KEY, secret bytea NOT NULL)',
      // Requests per client and window (API rate limit, editor sign-in failures), shared by the
      // servers of one PostgreSQL. `bucket` is a salted hash (the day's secret), never an address.
      'CREATE TABLE rate_limit_counters (bucket text PRIMARY KEY, window_end timestamptz NOT NULL, hits integer NOT NULL)',
      'CREATE INDEX rate_limit_counters_end ON rate_limit_counters (window_end)',
      // How many rows each table should hold, kept by triggers in the same transaction as the rows:
      // a table that holds fewer (a data file cut short) is found at start (store.ts, checkStoredRows).
      'CREATE TABLE stored_rows (table_name text PRIMARY KEY, stored bigint NOT NULL)',
      "INSERT INTO stored_rows SELECT 'feedback', count(*) FROM feedback UNION ALL SELECT 'search_gaps', count(*) FROM search_gaps",
      `CREATE FUNCTION stored_rows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE stored_rows SET stored = stored + (SELECT count(*) FROM inserted) WHERE table_name = TG_TABLE_NAME;
         RETURN NULL;
       END $$`,
      `CREATE FUNCTION stored_rows_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE stored_rows SET stored = stored - (SELECT count(*) FROM deleted) WHERE table_name = TG_TABLE_NAME;
         RETURN NULL;
       END $$`,
      `CREATE FUNCTION stored_rows_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE stored_rows SET stored = 0 WHERE table_name = TG_TABLE_NAME;
         RETURN NULL;
       END $$`,
      ...['feedback', 'search_gaps'].flatMap((table) => [
        `CREATE TRIGGER ${table}_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION stored_rows_inserted()`,
        `CREATE TRIGGER ${table}_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION stored_rows_deleted()`,
        `CREATE TRIGGER ${table}_truncated AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION stored_rows_truncated()`,
      ]),
    ],
  },
];

const statementsOf = (sql: string | readonly string[]) =>
  typeof sql === 'string'
    ? sql
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
    : sql;

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction. An
 * advisory lock makes two servers starting at once against one PostgreSQL wait for each other.
 */
export async function migrate(db: Database): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(5318008)');
      const found = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (found.length > 0) return false;
      // Each statement on its own: a server runs a parameterless multi-statement text, PGlite's query does not.
      for (const statement of statementsOf(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
