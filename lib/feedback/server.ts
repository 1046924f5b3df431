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
import { openDatabase, type Database, type DatabaseOptions } from './database';
import type { EditorDependencies } from './editor';
import { DamagedDatabase } from './errors';
import type { FeedbackDependencies } from './http';
import { OutageLog } from './outage';
import { DatabaseCounter, MemoryCounter, RateLimiter, SignInLockout, type WindowCounter } from './rate-limit';
import { DatabaseSecrets, MemorySecrets, type DailySecrets } from './reader-mark';
import { applyRetention, checkStoredRows, isDamage } from './store';
import type { Locale } from '../i18n/config';

export const firstRetryMs = 1000;
export const maxRetryMs = 60_000;
export const maxRetryDamagedMs = 300_000;

/** The wait before the next open after `previous` (none for the first failure). */
export function nextRetryDelay(previous: number | undefined, error: unknown): number {
  const cap = error instanceof DamagedDatabase ? maxRetryDamagedMs : maxRetryMs;
  return Math.min(previous === undefined ? firstRetryMs : previous * 2, cap);
}

export interface FeedbackServerOptions {
  open?: (options: DatabaseOptions) => Promise<Database>;
  outage?: OutageLog;
  now?: () => number;
}

/** One process's feedback database, limits and secrets (one instance per process: see below). */
export class FeedbackServer {
  private opening?: Promise<Database>;
  /** The last failed open, and when the next may be tried. */
  private failure?: { error: unknown; retryAt: number; delayMs: number };
  private sweeper?: ReturnType<typeof setInterval>;
  readonly outage: OutageLog;
  readonly secrets: DailySecrets;
  readonly limiter: RateLimiter;
  readonly lockout: SignInLockout;
  private readonly open: (options: DatabaseOptions) => Promise<Database>;
  private readonly now: () => number;

  constructor(
    readonly config: FeedbackConfig,
    { open = openDatabase, outage = new OutageLog(), now = Date.now }: FeedbackServerOptions = {},
  ) {
    this.open = open;
    this.outage = outage;
    this.now = now;
    const database = () => this.database();
    // With DATABASE_URL, secrets and counts live in the database, shared by every server on it.
    const shared = config.databaseUrl !== undefined;
    this.secrets = shared ? new DatabaseSecrets(database) : new MemorySecrets();
    const counter: WindowCounter = shared ? new DatabaseCounter(database, this.secrets) : new MemoryCounter();
    // One limiter for both API routes: a client's requests to either count together.
    this.limiter = new RateLimiter(config.rateLimit, counter);
    this.lockout = new SignInLockout(config.editorMaxFailures, counter);
  }

  /** The database, opening it if needed; rejected at once while a failed open waits for its retry. */
  database(): Promise<Database> {
    if (this.opening) return this.opening;
    if (this.failure && this.now() < this.failure.retryAt) return Promise.reject(this.failure.error);
    const { databaseUrl, dataDir, poolSize, timeoutMs, retentionDays } = this.config;
    const opening: Promise<Database> = this.open({ databaseUrl, dataDir, poolSize, timeoutMs }).then(
      async (opened) => {
        this.failure = undefined;
        this.outage.recovered();
        const db = this.watched(opened, opening);
        await this.sweep(db, retentionDays, { check: false }, opening);
        // Found damaged by the sweep, and closed.
        if (!this.isCurrent(opening)) throw this.lastFailure();
        clearInterval(this.sweeper);
        this.sweeper = setInterval(() => void this.sweep(db, retentionDays, { check: true }, opening), 86_400_000);
        this.sweeper.unref();
        return db;
      },
      (error: unknown) => {
        this.opening = undefined;
        this.failed(error);
        throw error;
      },
    );
    this.opening = opening;
    return opening;
  }

  /** What the API routes hand to lib/feedback/http.ts. */
  routeDependencies(isPublished: (locale: Locale, slug: string) => boolean): FeedbackDependencies {
    return { database: () => this.database(), limiter: this.limiter, isPublished, secrets: this.secrets, outage: this.outage, timeoutMs: this.config.timeoutMs };
  }

  /** What /editor hands to lib/feedback/editor.ts. */
  editorDependencies(): EditorDependencies {
    return { database: () => this.database(), lockout: this.lockout, outage: this.outage, timeoutMs: this.config.timeoutMs };
  }

  // Methods, not inline reads, as TypeScript would keep the narrowing of the assignments above them.
  private isCurrent(opening: Promise<Database>) {
    return this.opening === opening;
  }

  private lastFailure() {
    return this.failure?.error;
  }

  private failed(error: unknown) {
    const delayMs = nextRetryDelay(this.failure?.delayMs, error);
    this.failure = { error, retryAt: this.now() + delayMs, delayMs };
    this.outage.failed(error);
  }

  /** Closes a database found damaged while running; the next open checks it again (and refuses it). */
  private closeDamaged(db: Database, opening: Promise<Database>, error: unknown) {
    if (!this.isCurrent(opening)) return;
    this.opening = undefined;
    clearInterval(this.sweeper);
    this.failed(error instanceof DamagedDatabase ? error : new DamagedDatabase(`The feedback database is damaged: ${(error as Error).message}. Restore it from a backup.`));
    db.close().catch(() => {});
  }

  /** The database, with any damage it reports while running closing it (see closeDamaged). */
  private watched(db: Database, opening: Promise<Database>, whole: Database = db): Database {
    const watch = <T>(promise: Promise<T>) =>
      promise.catch((error: unknown) => {
        if (isDamage(error)) this.closeDamaged(whole, opening, error);
        throw error;
      });
    return {
      kind: db.kind,
      deadline: () => db.deadline(),
      query: (text, params) => watch(db.query(text, params)),
      transaction: (work) => watch(db.transaction(work)),
      close: () => db.close(),
      budget: (until) => this.watched(db.budget(until), opening, whole),
    };
  }

  /** The retention rule, and (daily, not at open: openDatabase has just done it) the check of stored rows. */
  private async sweep(db: Database, days: number, { check }: { check: boolean }, opening: Promise<Database>) {
    try {
      await applyRetention(db, days);
      if (check) await checkStoredRows(db);
    } catch (error) {
      if (error instanceof DamagedDatabase || isDamage(error)) this.closeDamaged(db, opening, error);
      else console.error(`feedback: the retention sweep failed: ${(error as Error).message}`);
    }
  }
}

// Next bundles each route on its own, so module state would be one copy per route: two embedded
// databases on one folder would corrupt it. One server per process, on globalThis.
const key = Symbol.for('help-center.feedback');

export function feedbackServer(): FeedbackServer {
  const global = globalThis as Record<symbol, FeedbackServer | undefined>;
  return (global[key] ??= new FeedbackServer(readConfig()));
}

export const feedbackConfig = (): FeedbackConfig => feedbackServer().config;
export const feedbackDatabase = (): Promise<Database> => feedbackServer().database();
export const routeDependencies = (isPublished: (locale: Locale, slug: string) => boolean) => feedbackServer().routeDependencies(isPublished);
export const editorDependencies = (): EditorDependencies => feedbackServer().editorDependencies();
