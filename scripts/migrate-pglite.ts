/**
 * `npm run migrate:pglite -- [--from <folder>] [--append]`: moves the feedback of the embedded
 * database (PGlite, in HELP_DATA_DIR or --from) into the PostgreSQL server of DATABASE_URL.
 *
 * Both databases are opened through lib/feedback/database.ts, so the source gets its usual checks
 * (lock, stored-row ledger) and the target its migrations. Every row of `feedback` and `search_gaps`
 * is copied in one transaction on the server, and the transaction commits only when each table
 * there holds exactly what it held before plus the rows read: otherwise nothing is written. A
 * target table that already holds rows is refused unless --append is given. Rate-limit counts and
 * daily secrets are not copied: they only matter for the day (PGlite keeps its secret in memory).
 */
import { pathToFileURL } from 'node:url';
import { readConfig } from '../lib/feedback/config';
import { openDatabase, type Database, type Queryable } from '../lib/feedback/database';

interface TableCopy {
  table: 'feedback' | 'search_gaps';
  /** Columns copied besides `id`, with their PostgreSQL types for `unnest`. */
  columns: readonly (readonly [name: string, type: string])[];
}

const tables: readonly TableCopy[] = [
  {
    table: 'feedback',
    columns: [
      ['locale', 'text'],
      ['slug', 'text'],
      ['helpful', 'boolean'],
      ['reason', 'text'],
      ['comment', 'text'],
      ['created_at', 'timestamptz'],
    ],
  },
  {
    table: 'search_gaps',
    columns: [
      ['locale', 'text'],
      ['query', 'text'],
      ['results', 'integer'],
      ['created_at', 'timestamptz'],
      ['reader_mark', 'text'],
    ],
  },
];

/** Rows sent in one INSERT: a few MB of parameters at most. */
const batchSize = 5000;

export interface TableResult {
  table: string;
  read: number;
  before: number;
  after: number;
}

export class MigrationRefused extends Error {}

const count = async (db: Queryable, table: string) => Number((await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0);

/**
 * Copies the rows of `source` into `target` (a PostgreSQL server) in one transaction; returns the
 * counts per table. Throws MigrationRefused, with nothing written, when a target table is not empty
 * (unless `append`) or when a table's count after the copy is not its count before plus the rows read.
 */
export async function copyFeedback(source: Database, target: Database, { append = false }: { append?: boolean } = {}): Promise<TableResult[]> {
  if (target.kind !== 'postgres') throw new MigrationRefused('the target must be a PostgreSQL server (DATABASE_URL)');
  const read = new Map<string, Record<string, unknown>[]>();
  for (const { table, columns } of tables) {
    const names = columns.map(([name]) => name).join(', ');
    read.set(table, await source.query<Record<string, unknown>>(`SELECT ${names} FROM ${table} ORDER BY id`));
  }
  return target.transaction(async (tx) => {
    const results: TableResult[] = [];
    for (const { table, columns } of tables) {
      // No other writer may add rows between the counts and the copy.
      await tx.query(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
      const before = await count(tx, table);
      if (before > 0 && !append) {
        throw new MigrationRefused(`${table} on the server already holds ${before} rows: nothing was copied. Give --append to add the embedded rows to them.`);
      }
      const rows = read.get(table) ?? [];
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        await tx.query(
          `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
           SELECT * FROM unnest(${columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ')})`,
          columns.map(([name]) => batch.map((row) => row[name] ?? null)),
        );
      }
      const after = await count(tx, table);
      if (after !== before + rows.length) {
        throw new MigrationRefused(`${table}: the server holds ${after} rows after the copy, not ${before} + ${rows.length}: nothing was copied.`);
      }
      results.push({ table, read: rows.length, before, after });
    }
    return results;
  });
}

function parseArguments(argv: readonly string[]): { from?: string; append: boolean } {
  const options: { from?: string; append: boolean } = { append: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--append') options.append = true;
    else if (argument === '--from' && argv[index + 1]) options.from = argv[++index];
    else throw new MigrationRefused(`unknown argument "${argument}": use [--from <folder>] [--append]`);
  }
  return options;
}

async function main() {
  const { from, append } = parseArguments(process.argv.slice(2));
  const config = readConfig(from ? { ...process.env, HELP_DATA_DIR: from } : process.env);
  if (!config.databaseUrl) throw new MigrationRefused('DATABASE_URL is not set: it names the PostgreSQL server to copy into.');
  // A copy of a large folder takes longer than one vote may: give each side minutes, not seconds.
  const timeoutMs = 10 * 60_000;
  const source = await openDatabase({ dataDir: config.dataDir, timeoutMs });
  try {
    const target = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 1, timeoutMs });
    try {
      const results = await copyFeedback(source, target, { append });
      for (const { table, read, before, after } of results) {
        console.log(`${table}: ${read} rows read from ${config.dataDir}; the server held ${before}, now ${after}.`);
      }
      console.log('migrate:pglite: copied; counts checked.');
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`migrate:pglite: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
