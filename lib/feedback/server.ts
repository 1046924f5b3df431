/**
 * The running server's database and settings: opened on the first request that needs them (never
 * during `next build`), migrated, and swept by the retention rule at open and then daily. A failed
 * open is not cached, so the next request tries again once the database is back.
 */
import { readConfig, type FeedbackConfig } from './config';
import { openDatabase, type Database } from './database';
import { RateLimiter } from './rate-limit';
import { applyRetention } from './store';
import type { FeedbackDependencies } from './http';
import type { Locale } from '../i18n/config';

interface ServerState {
  config?: FeedbackConfig;
  opening?: Promise<Database>;
  limiter?: RateLimiter;
  sweeper?: ReturnType<typeof setInterval>;
}

// Next bundles each route on its own, so module state would be one copy per route: two embedded
// databases on one folder would corrupt it. One state per process, on globalThis.
const key = Symbol.for('help-center.feedback');
const state: ServerState = ((globalThis as Record<symbol, ServerState>)[key] ??= {});

export function feedbackConfig(): FeedbackConfig {
  return (state.config ??= readConfig());
}

/** One limiter for both API routes: a client's requests to either count together. */
export function rateLimiter(): RateLimiter {
  return (state.limiter ??= new RateLimiter(feedbackConfig().rateLimit));
}

async function sweep(db: Database, days: number) {
  try {
    await applyRetention(db, days);
  } catch (error) {
    console.error(`feedback: the retention sweep failed: ${(error as Error).message}`);
  }
}

export function feedbackDatabase(): Promise<Database> {
  if (!state.opening) {
    const settings = feedbackConfig();
    state.opening = openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir, poolSize: settings.poolSize }).then(
      async (db) => {
        await sweep(db, settings.retentionDays);
        state.sweeper ??= setInterval(() => void sweep(db, settings.retentionDays), 86_400_000);
        state.sweeper.unref();
        return db;
      },
      (error: unknown) => {
        state.opening = undefined;
        throw error;
      },
    );
  }
  return state.opening;
}

/** What the API routes hand to lib/feedback/http.ts. */
export function routeDependencies(isPublished: (locale: Locale, slug: string) => boolean): FeedbackDependencies {
  return { database: feedbackDatabase, limiter: rateLimiter(), isPublished };
}
