/**
 * The one door to the feedback database: PGlite (PostgreSQL compiled to WebAssembly) in a data
 * folder by default, or a PostgreSQL server when DATABASE_URL is set. Both run the same SQL, so
 * moving to a server changes configuration, not code.
 */
import path from 'node:path';
import type { PGlite as PGliteDatabase } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';
import { migrate } from './migrations';
import { DamagedDatabase, DatabaseTimeout } from './errors';
import { checkFolderWhole, durableNodeFs, durableStartParams, lockDataDir, makePrivate } from './pglite-folder';
import { checkStoredRows } from './store';

export { DamagedDatabase, DatabaseInUse, DatabaseTimeout } from './errors';

export interface Queryable {
  query<Row extends object>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for messages and tests. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * The moment a write sent now must be stored by, or not at all: shortly before `query` gives up
   * (and its request answers 503); the write's SQL checks the database's clock against it.
   */
  deadline(): Date;
  /**
   * The same database for one request that must be answered by `until` (epoch ms): its statements
   * share that time instead of each having the whole timeout.
   */
  budget(until: number): Database;
}

/** How one kind of database runs a statement given `ms` to answer, and the rest of its door. */
interface Engine {
  kind: Database['kind'];
  timeoutMs: number;
  run<Row extends object>(ms: number, text: string, params: unknown[]): Promise<Row[]>;
  transaction: Database['transaction'];
  close(): Promise<void>;
}

function door(engine: Engine, until?: number): Database {
  const left = () => (until === undefined ? engine.timeoutMs : Math.min(engine.timeoutMs, until - Date.now()));
  return {
    kind: engine.kind,
    deadline: () => writeDeadline(engine.timeoutMs, left()),
    query<Row extends object>(text: string, params: unknown[] = []) {
      const ms = left();
      return ms > 0 ? engine.run<Row>(ms, text, params) : Promise.reject(new DatabaseTimeout());
    },
    transaction: engine.transaction,
    close: () => engine.close(),
    budget: (end) => door(engine, end),
  };
}

/** The database for a request that must be answered by `until`: waiting for it to open counts too. */
export async function databaseUntil(database: () => Promise<Database>, until: number | undefined): Promise<Database> {
  if (until === undefined) return database();
  const left = until - Date.now();
  if (left <= 0) throw new DatabaseTimeout();
  return (await within(left, database())).budget(until);
}

export interface DatabaseOptions {
  /** postgres://… for a server; otherwise the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** The embedded database's folder; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Connections in the server pool. */
  poolSize?: number;
  /** How long a statement may take, waiting for a connection included (default 5 s). */
  timeoutMs?: number;
  /** Called on each fsync of the embedded database (tests count them). */
  onSync?: () => void;
  /** false: the embedded database without fsync, as PGlite runs by default; only for bench:feedback's comparison. */
  durable?: boolean;
}

/** `promise`, or a DatabaseTimeout after `ms`; `onTimeout` cleans up what is still running. */
export function within<T>(ms: number, promise: Promise<T>, onTimeout: () => void = () => {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new DatabaseTimeout());
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The database-side deadline of a write sent now, with `leftMs` until the client gives up: a fifth
 * of the timeout (at most 1 s) before that, so that a write stored just in time has that long to be
 * answered before the client's timer fires (a busy event loop may run the timer first).
 */
export function writeDeadline(timeoutMs: number, leftMs = timeoutMs, now = Date.now()): Date {
  return new Date(now + leftMs - Math.min(1000, timeoutMs / 5));
}

/** Longer than any one statement: the migrations and the retention sweep run several. */
const transactionFactor = 6;

async function openPglite(dataDir: string, timeoutMs: number, { onSync, durable = true }: Pick<DatabaseOptions, 'onSync' | 'durable'>): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const inMemory = dataDir.startsWith('memory://');
  let unlock = () => {};
  let db: PGliteDatabase;
  if (inMemory) {
    db = await PGlite.create(dataDir);
  } else {
    const pgDir = path.resolve(dataDir, 'pglite');
    makePrivate(dataDir, pgDir);
    unlock = lockDataDir(dataDir);
    try {
      checkFolderWhole(pgDir);
      db = await PGlite.create({
        fs: await durableNodeFs(pgDir, onSync),
        startParams: durable ? durableStartParams(PGlite.defaultStartParams) : PGlite.defaultStartParams,
        // A damaged page is then found when it is read, not served as votes.
        initDbStartParams: ['--data-checksums'],
      });
    } catch (error) {
      unlock();
      if (error instanceof DamagedDatabase) throw error;
      throw new DamagedDatabase(
        `The embedded database in ${pgDir} could not be started (${(error as Error).message}). If the disk is not full and the folder is readable, it is damaged: restore it from a backup, or move it aside to start an empty one.`,
      );
    }
  }
  return door({
    kind: 'pglite',
    timeoutMs,
    // PGlite runs one statement at a time: a vote waiting behind others gives up like a server's would.
    run: async <Row extends object>(ms: number, text: string, params: unknown[]) => (await within(ms, db.query<Row>(text, params))).rows,
    transaction: (work) =>
      within(
        timeoutMs * transactionFactor,
        db.transaction((tx) => work({ query: async <Row extends object>(text: string, params: unknown[] = []) => (await tx.query<Row>(text, params)).rows })),
      ),
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  });
}

/** An error PostgreSQL sent (it has an SQLSTATE): the connection is still good. */
const isServerError = (error: unknown) => typeof (error as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);

/**
 * Runs `work` on a pooled connection, giving up after `ms` (waiting for a connection included). A
 * connection given up on is closed, never handed to the next request, so a late answer cannot be
 * taken for another statement's.
 */
function onConnection<T>(pool: Pool, ms: number, work: (client: PoolClient) => Promise<T>): Promise<T> {
  let gaveUp = false;
  let client: PoolClient | undefined;
  let released = false;
  const release = (error?: Error) => {
    if (!client || released) return;
    released = true;
    client.release(error);
  };
  const attempt = (async () => {
    client = await pool.connect();
    if (gaveUp) {
      release(new Error('gave up'));
      throw new DatabaseTimeout();
    }
    try {
      const result = await work(client);
      release();
      return result;
    } catch (error) {
      release(isServerError(error) ? undefined : (error as Error));
      throw error;
    }
  })();
  return within(ms, attempt, () => {
    gaveUp = true;
    attempt.catch(() => {});
    release(new Error('gave up'));
  });
}

async function openPostgres(databaseUrl: string, poolSize: number, timeoutMs: number): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    connectionTimeoutMillis: timeoutMs,
    idleTimeoutMillis: 30_000,
    // The server stops a statement it has run this long, and a transaction left open by a client
    // that went away; the client gives up at the same time (onConnection).
    statement_timeout: timeoutMs,
    idle_in_transaction_session_timeout: timeoutMs * transactionFactor,
  });
  // An idle client that loses its server emits 'error' on the pool, a busy one on itself; without
  // a listener either kills the process. The failing statement reports the error.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return door({
    kind: 'postgres',
    timeoutMs,
    run: <Row extends object>(ms: number, text: string, params: unknown[]) =>
      onConnection(pool, ms, async (client) => (await client.query(text, params)).rows as Row[]),
    transaction: (work) =>
      onConnection(pool, timeoutMs * transactionFactor, async (client) => {
        await client.query('BEGIN');
        try {
          const result = await work({ query: async <Row extends object>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as Row[] });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        }
      }),
    close: () => pool.end(),
  });
}

/**
 * Opens the database, brings its tables up to date (versioned migrations, each applied once) and
 * checks that they hold every row stored (see checkStoredRows): a damaged store is refused at
 * open, with a DamagedDatabase naming what is wrong, rather than taking votes it may lose.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize ?? 10, timeoutMs)
    : await openPglite(options.dataDir ?? '.data', timeoutMs, options);
  try {
    await migrate(db);
    await checkStoredRows(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
