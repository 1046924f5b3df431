import path from 'node:path';
import { z } from 'zod';

const whole = (name: string, fallback: number, min: number) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? fallback : Number(value)),
    z.number(`${name} must be a number`).int(`${name} must be a whole number`).min(min, `${name} must be at least ${min}`),
  );

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HELP_DATA_DIR: z.string().optional(),
  HELP_FEEDBACK_RETENTION_DAYS: whole('HELP_FEEDBACK_RETENTION_DAYS', 180, 1),
  HELP_FEEDBACK_RATE_LIMIT: whole('HELP_FEEDBACK_RATE_LIMIT', 60, 1),
  HELP_DB_POOL_SIZE: whole('HELP_DB_POOL_SIZE', 10, 1),
  HELP_DB_TIMEOUT_MS: whole('HELP_DB_TIMEOUT_MS', 5000, 100),
  HELP_EDITOR_MAX_FAILURES: whole('HELP_EDITOR_MAX_FAILURES', 10, 1),
  HELP_EDITOR_USER: z.string().optional(),
  HELP_EDITOR_PASSWORD: z.string().optional(),
});

export interface FeedbackConfig {
  /** A PostgreSQL server; unset means the embedded database in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  retentionDays: number;
  /** Requests per minute per client, for each API route. */
  rateLimit: number;
  poolSize: number;
  /**
   * How long a write (and the shared rate limit's count) waits for the database, connection and
   * opening included, before answering 503; a write that reaches the database after that moment is
   * not stored (see store.ts).
   */
  timeoutMs: number;
  /** Failed /editor sign-ins per client in 15 minutes before it is locked out for the rest of them. */
  editorMaxFailures: number;
  /** Both set, or /editor answers 404. */
  editor?: { user: string; password: string };
}

/** The feature's settings from the environment; a bad value stops with the variable's name. */
export function readConfig(env: Record<string, string | undefined> = process.env): FeedbackConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid feedback settings: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const value = parsed.data;
  return {
    ...(value.DATABASE_URL ? { databaseUrl: value.DATABASE_URL } : {}),
    dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), value.HELP_DATA_DIR || '.data'),
    retentionDays: value.HELP_FEEDBACK_RETENTION_DAYS,
    rateLimit: value.HELP_FEEDBACK_RATE_LIMIT,
    poolSize: value.HELP_DB_POOL_SIZE,
    timeoutMs: value.HELP_DB_TIMEOUT_MS,
    editorMaxFailures: value.HELP_EDITOR_MAX_FAILURES,
    ...(value.HELP_EDITOR_USER && value.HELP_EDITOR_PASSWORD ? { editor: { user: value.HELP_EDITOR_USER, password: value.HELP_EDITOR_PASSWORD } } : {}),
  };
}
