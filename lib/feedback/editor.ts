import { createHash, timingSafeEqual } from 'node:crypto';
import type { FeedbackConfig } from './config';
import type { Database } from './database';
import { buildReport, reportHtml } from './report';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether an Authorization header carries the editor's user and password (compared in constant time). */
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

/** GET /editor: 404 unless credentials are configured, 401 without them, else the report (HTML, or JSON with ?format=json). */
export async function handleEditor(request: Request, config: FeedbackConfig, database: () => Promise<Database>): Promise<Response> {
  if (!config.editor) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...noStore } });
  if (!hasEditorCredentials(request.headers.get('authorization'), config.editor)) {
    return new Response('Editor sign-in required\n', {
      status: 401,
      headers: { 'WWW-Authenticate': 'Basic realm="Help center editor", charset="UTF-8"', 'Content-Type': 'text/plain; charset=utf-8', ...noStore },
    });
  }
  let report;
  try {
    report = await buildReport(await database());
  } catch (error) {
    console.error(`feedback: the report could not be read (${(error as Error).message})`);
    return new Response('The feedback database is unavailable.\n', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...noStore } });
  }
  if (new URL(request.url).searchParams.get('format') === 'json') return Response.json(report, { headers: noStore });
  return new Response(reportHtml(report), { headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore } });
}
