import type { Database } from './database';

/**
 * The schema's history, oldest first. A migration is never edited once released: a change is a
 * new entry. No column can hold an IP address, a user agent or any identifier of a reader.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
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
];

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
      for (const statement of migration.sql.split(';').map((part) => part.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
