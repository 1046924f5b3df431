import { createHash, timingSafeEqual } from 'node:crypto';
import type { FeedbackConfig } from './config';
import type { Database } from './database';
import { clientAddress } from './http';
import type { OutageLog } from './outage';
import type { SignInLockout } from './rate-limit';
import { buildReport, reportHtml } from './report';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an Authorization header carries the editor's user and password, compared in constant
 * time: both are hashed to equal lengths first, and both comparisons always run.
 */
export function hasEditorCredentials(header: string | null, editor: NonNullable<FeedbackConfig['editor']>): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const userOk = timingSafeEqual(digest(decoded.slice(0, colon)), digest(editor.user));
  const passwordOk = timingSafeEqual(digest(decoded.slice(colon + 1)), digest(editor.password));
  return userOk && passwordOk;
}

const noStore = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };
const plain = { 'Content-Type': 'text/plain; charset=utf-8', ...noStore };

export interface EditorDependencies {
  database: () => Promise<Database>;
  /** Counts failed sign-ins per client (rate-limit.ts). */
  lockout: SignInLockout;
  outage?: OutageLog;
  /** How long the sign-in count may take (HELP_DB_TIMEOUT_MS). */
  timeoutMs?: number;
}

const unavailable = () => new Response('The feedback database is unavailable.\n', { status: 503, headers: { ...plain, 'Retry-After': '60' } });

/**
 * GET /editor: 404 unless credentials are configured, 401 without the right ones, 429 once a client
 * has failed too often (see SignInLockout: the right password too, until the window ends), else the
 * report (HTML, or JSON with ?format=json).
 */
export async function handleEditor(request: Request, config: FeedbackConfig, deps: EditorDependencies): Promise<Response> {
  if (!config.editor) return new Response('Not found\n', { status: 404, headers: plain });
  const client = clientAddress(request);
  const signedIn = hasEditorCredentials(request.headers.get('authorization'), config.editor);
  let decision;
  try {
    const until = deps.timeoutMs === undefined ? undefined : Date.now() + deps.timeoutMs;
    decision = signedIn ? await deps.lockout.check(client, until) : await deps.lockout.fail(client, until);
  } catch (error) {
    // Without its count, a guess is neither checked nor shown the report.
    deps.outage?.failed(error);
    deps.outage?.refused();
    return unavailable();
  }
  if (!decision.allowed) {
    return new Response('Too many failed sign-ins: try again later.\n', { status: 429, headers: { ...plain, 'Retry-After': String(decision.retryAfterSeconds) } });
  }
  if (!signedIn) {
    return new Response('Editor sign-in required\n', {
      status: 401,
      headers: { 'WWW-Authenticate': 'Basic realm="Help center editor", charset="UTF-8"', ...plain },
    });
  }
  let report;
  try {
    report = await buildReport(await deps.database());
    deps.outage?.recovered();
  } catch (error) {
    if (deps.outage) {
      deps.outage.failed(error);
      deps.outage.refused();
    } else {
      console.error(`feedback: the report could not be read (${(error as Error).message})`);
    }
    return unavailable();
  }
  if (new URL(request.url).searchParams.get('format') === 'json') return Response.json(report, { headers: noStore });
  return new Response(reportHtml(report), { headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore } });
}
