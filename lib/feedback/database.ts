/**
 * The one door to the feedback database: PGlite (PostgreSQL compiled to WebAssembly) in a data
 * folder by default, or a PostgreSQL server when DATABASE_URL is set. Both run the same SQL, so
 * moving to a server changes configuration, not code.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite as PGliteDatabase } from '@electric-sql/pglite';
import { migrate } from './migrations';

export interface Queryable {
  query<Row extends object>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for messages and tests. */
  readonly kind: 'pglite' | 'postgres';
}

export interface DatabaseOptions {
  /** postgres://… for a server; otherwise the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** The embedded database's folder; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Connections in the server pool. */
  poolSize?: number;
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it. The
 * owner's process id is kept in `<dataDir>/pglite.lock`; a lock left by a process that is gone is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lock = path.join(dataDir, 'pglite.lock');
  try {
    const owner = Number(readFileSync(lock, 'utf8'));
    if (owner && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${owner} (a running server?). Stop it first, read the report at /editor, or run both on PostgreSQL (DATABASE_URL).`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const inMemory = dataDir.startsWith('memory://');
  let unlock = () => {};
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let db: PGliteDatabase;
  try {
    db = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir, 'pglite'));
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    async query<Row extends object>(text: string, params: unknown[] = []) {
      return (await db.query<Row>(text, params)).rows;
    },
    transaction: (work) => db.transaction((tx) => work({ query: async (text, params = []) => (await tx.query(text, params)).rows as never })),
    async close() {
      await db.close();
      unlock();
    },
  };
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  // An idle client that loses its server emits 'error' on the pool; without a listener that kills the process.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    async query<Row extends object>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (text, params = []) => (await client.query(text, params)).rows });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens the database and brings its tables up to date (versioned migrations, each applied once). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : await openPglite(options.dataDir ?? '.data');
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
