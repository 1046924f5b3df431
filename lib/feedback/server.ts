/**
 * The running server's database and settings: opened on the first request that needs them (never
 * during `next build`), migrated, checked, and swept by the retention rule at open and then daily.
 *
 * A failed open is retried with an exponential back-off (1 s doubling to 1 minute; 5 minutes for
 * a damaged store), answering 503 at once meanwhile, so an unreachable or damaged database costs
 * neither a connection attempt per request nor a crash loop. A damaged page or table found while
 * running closes the database the same way: votes are refused, never taken into a broken store.
 * Each outage is logged once when it starts and once when it ends (outage.ts).
 */
import { readConfig, type FeedbackConfig } from './config';
import { openDatabase, type Database } from './database';
import type { EditorDependencies } from './editor';
import { DamagedDatabase } from './errors';
import type { FeedbackDependencies } from './http';
import { OutageLog } from './outage';
import { DatabaseCounter, MemoryCounter, RateLimiter, SignInLockout, type WindowCounter } from './rate-limit';
import { DatabaseSecrets, MemorySecrets, type DailySecrets } from './reader-mark';
import { applyRetention, checkStoredRows, isDamage } from './store';
import type { Locale } from '../i18n/config';

interface ServerState {
  config?: FeedbackConfig;
  opening?: Promise<Database>;
  /** The last failed open, and when the next may be tried. */
  failure?: { error: unknown; retryAt: number; delayMs: number };
  outage: OutageLog;
  secrets?: DailySecrets;
  counter?: WindowCounter;
  limiter?: RateLimiter;
  lockout?: SignInLockout;
  sweeper?: ReturnType<typeof setInterval>;
}

// Next bundles each route on its own, so module state would be one copy per route: two embedded
// databases on one folder would corrupt it. One state per process, on globalThis.
const key = Symbol.for('help-center.feedback');
const state: ServerState = ((globalThis as Record<symbol, ServerState>)[key] ??= { outage: new OutageLog() });

export function feedbackConfig(): FeedbackConfig {
  return (state.config ??= readConfig());
}

/** With DATABASE_URL, secrets and counts live in the database, shared by every server on it. */
const shared = () => feedbackConfig().databaseUrl !== undefined;

function dailySecrets(): DailySecrets {
  return (state.secrets ??= shared() ? new DatabaseSecrets(feedbackDatabase) : new MemorySecrets());
}

function windowCounter(): WindowCounter {
  return (state.counter ??= shared() ? new DatabaseCounter(feedbackDatabase, dailySecrets()) : new MemoryCounter());
}

/** One limiter for both API routes: a client's requests to either count together. */
export function rateLimiter(): RateLimiter {
  return (state.limiter ??= new RateLimiter(feedbackConfig().rateLimit, windowCounter()));
}

export function signInLockout(): SignInLockout {
  return (state.lockout ??= new SignInLockout(feedbackConfig().editorMaxFailures, windowCounter()));
}

export const firstRetryMs = 1000;
export const maxRetryMs = 60_000;
export const maxRetryDamagedMs = 300_000;

/** The wait before the next open after `previous` (none for the first failure). */
export function nextRetryDelay(previous: number | undefined, error: unknown): number {
  const cap = error instanceof DamagedDatabase ? maxRetryDamagedMs : maxRetryMs;
  return Math.min(previous === undefined ? firstRetryMs : previous * 2, cap);
}

function failed(error: unknown) {
  const delayMs = nextRetryDelay(state.failure?.delayMs, error);
  state.failure = { error, retryAt: Date.now() + delayMs, delayMs };
  state.outage.failed(error);
}

/** Closes a database found damaged while running; the next open checks it again (and refuses it). */
function closeDamaged(db: Database, opening: Promise<Database> | undefined, error: unknown) {
  if (state.opening !== opening) return;
  state.opening = undefined;
  failed(new DamagedDatabase(`The feedback database is damaged: ${(error as Error).message}. Restore it from a backup.`));
  db.close().catch(() => {});
}

/** The database, with any damage it reports while running closing it (see closeDamaged). */
function watched(db: Database, opening: () => Promise<Database> | undefined): Database {
  const watch = <T>(promise: Promise<T>) =>
    promise.catch((error: unknown) => {
      if (isDamage(error)) closeDamaged(db, opening(), error);
      throw error;
    });
  return {
    kind: db.kind,
    deadline: () => db.deadline(),
    query: (text, params) => watch(db.query(text, params)),
    transaction: (work) => watch(db.transaction(work)),
    close: () => db.close(),
  };
}

/** The retention rule, and (daily, not at open: openDatabase has just done it) the check of stored rows. */
async function sweep(db: Database, days: number, { check }: { check: boolean }) {
  try {
    await applyRetention(db, days);
    if (check) await checkStoredRows(db);
  } catch (error) {
    if (error instanceof DamagedDatabase) closeDamaged(db, state.opening, error);
    else console.error(`feedback: the retention sweep failed: ${(error as Error).message}`);
  }
}

// Functions, not inline reads, as TypeScript would keep the narrowing of the assignments above them.
const isCurrent = (opening: Promise<Database>) => state.opening === opening;
const lastFailure = () => state.failure?.error;

export function feedbackDatabase(): Promise<Database> {
  if (state.opening) return state.opening;
  if (state.failure && Date.now() < state.failure.retryAt) return Promise.reject(state.failure.error);
  const settings = feedbackConfig();
  const opening: Promise<Database> = openDatabase({
    databaseUrl: settings.databaseUrl,
    dataDir: settings.dataDir,
    poolSize: settings.poolSize,
    timeoutMs: settings.timeoutMs,
  }).then(
    async (opened) => {
      state.failure = undefined;
      state.outage.recovered();
      const db = watched(opened, () => opening);
      await sweep(db, settings.retentionDays, { check: false });
      // Found damaged by the sweep, and closed.
      if (!isCurrent(opening)) throw lastFailure();
      clearInterval(state.sweeper);
      state.sweeper = setInterval(() => void sweep(db, settings.retentionDays, { check: true }), 86_400_000);
      state.sweeper.unref();
      return db;
    },
    (error: unknown) => {
      state.opening = undefined;
      failed(error);
      throw error;
    },
  );
  state.opening = opening;
  return opening;
}

/** What the API routes hand to lib/feedback/http.ts. */
export function routeDependencies(isPublished: (locale: Locale, slug: string) => boolean): FeedbackDependencies {
  return { database: feedbackDatabase, limiter: rateLimiter(), isPublished, secrets: dailySecrets(), outage: state.outage };
}

/** What /editor hands to lib/feedback/editor.ts. */
export function editorDependencies(): EditorDependencies {
  return { database: feedbackDatabase, lockout: signInLockout(), outage: state.outage };
}
