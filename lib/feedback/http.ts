/**
 * POST /api/feedback and POST /api/search-gaps, as functions of a Request so the tests call them
 * as the route handlers do. Order of checks: cross-site origin (403), rate (429), body size (413)
 * and fields (400), unknown article (400), then the database (503 when it cannot be reached or does
 * not answer in time). A rejected request stores nothing; an accepted one is stored before the answer.
 */
import { getDictionary, isLocale, type Locale } from '../i18n';
import { articlePath, homePath } from '../paths';
import { clientAddressHeader } from '../request-guard';
import { databaseUntil, type Database } from './database';
import { maskForStorage, maskGapForStorage } from '../secrets/storage';
import { OutageLog } from './outage';
import type { RateLimiter } from './rate-limit';
import { readerMark, type DailySecrets } from './reader-mark';
import { describeIssue, feedbackSchema, searchGapsSchema } from './schema';
import { saveSearchGaps, saveVote } from './store';

export interface FeedbackDependencies {
  database: () => Promise<Database>;
  limiter: RateLimiter;
  isPublished: (locale: Locale, slug: string) => boolean;
  /** Today's secret, for the reader marks of failed searches (reader-mark.ts). */
  secrets: DailySecrets;
  /** Where a database outage is logged, once (default: a log of this module's own). */
  outage?: OutageLog;
  /** How long the rate limit's statement, and the write, may each wait for the database (HELP_DB_TIMEOUT_MS); unset, each statement has its own timeout. */
  timeoutMs?: number;
}

/** Bodies larger than this are refused, and not read further: a vote with a 500-character comment is far smaller. */
export const maxBodyBytes = 16_384;

const defaultOutage = new OutageLog();

type Fields = Record<string, unknown>;
class RequestProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The check Next.js applies to its own Server Actions: a browser's Origin must name the host the
 * request was sent to. A request without Origin (curl, a server) is not a cross-site one.
 */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * The client's address, only to count its requests (see RateLimiter) and to make reader marks:
 * never stored. lib/request-guard.ts writes it into its own header for every request, from the
 * socket or a trusted proxy, so what a client writes in X-Forwarded-For does not matter here.
 */
export function clientAddress(request: Request): string {
  return request.headers.get(clientAddressHeader) || 'unknown';
}

const isForm = (request: Request) => /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(request.headers.get('content-type') ?? '');

const tooLarge = () => new RequestProblem(413, `body: must be at most ${maxBodyBytes} bytes`);

/**
 * The body, read from its stream with a byte count: past the limit, reading stops and the stream
 * is cancelled, whatever Content-Length said (a lying one, or none with chunked encoding).
 */
export async function readBodyBytes(request: Request, limit = maxBodyBytes): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function readFields(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const bytes = await readBodyBytes(request);
  if (isForm(request)) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
    } catch {
      throw new RequestProblem(400, 'body: not a valid form');
    }
    const fields: Fields = {};
    for (const [name, value] of form) fields[name] = typeof value === 'string' ? value : '';
    return fields;
  }
  // sendBeacon with a Blob may label JSON as text/plain; anything else that parses as JSON is JSON.
  if (!/^(application\/json|text\/plain)\b/i.test(type) && type !== '') throw new RequestProblem(400, 'body: must be JSON or a form');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RequestProblem(400, 'body: not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestProblem(400, 'body: not valid JSON');
  }
}

function json(status: number, body: object, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page a reader without JavaScript sees when their plain form post is refused. */
function formProblemPage(status: number, message: string, fields: Fields, headers: HeadersInit = {}): Response {
  const locale: Locale = typeof fields.locale === 'string' && isLocale(fields.locale) ? fields.locale : 'en';
  const t = getDictionary(locale).feedback.errorPage;
  const reason = status === 403 ? t.forbidden : status === 429 ? t.tooMany : status === 503 ? t.unavailable : `${t.invalid} ${message}`;
  const slug = typeof fields.slug === 'string' && /^[a-z0-9-]{1,120}$/.test(fields.slug) ? fields.slug : undefined;
  const back = slug ? articlePath(locale, slug, 'feedback') : homePath(locale);
  const html = `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title></head><body style="font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(reason)}</p><p><a href="${back}">${escapeHtml(t.back)}</a></p></main></body></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

async function guarded(
  request: Request,
  deps: FeedbackDependencies,
  accept: (body: unknown, client: string, database: () => Promise<Database>) => Promise<{ response: (form: boolean) => Response }>,
): Promise<Response> {
  // The shared rate limit's statement, then the write (with its wait for the database to open),
  // each have HELP_DB_TIMEOUT_MS, counted from when they start: what runs between them (the first
  // article lookup loads the whole library) is no time spent waiting for the database.
  const budget = () => (deps.timeoutMs === undefined ? undefined : Date.now() + deps.timeoutMs);
  let writeUntil: number | undefined;
  const database = () => databaseUntil(deps.database, (writeUntil ??= budget()));
  const form = isForm(request);
  const outage = deps.outage ?? defaultOutage;
  let fields: Fields = {};
  const refuse = (status: number, message: string, headers: HeadersInit = {}) =>
    form ? formProblemPage(status, message, fields, headers) : json(status, { error: message }, headers);
  try {
    if (isCrossSite(request)) return refuse(403, 'origin: cross-site requests are not accepted');
    const client = clientAddress(request);
    const rate = await deps.limiter.take(client, budget());
    if (!rate.allowed) return refuse(429, 'too many requests: try again later', { 'Retry-After': String(rate.retryAfterSeconds) });
    const body = await readFields(request);
    if (form) fields = body as Fields;
    const accepted = await accept(body, client, database);
    outage.recovered();
    return accepted.response(form);
  } catch (error) {
    if (error instanceof RequestProblem) {
      // The rest of an oversized body is not read: the connection closes after the answer.
      return refuse(error.status, error.message, error.status === 413 ? { Connection: 'close' } : {});
    }
    outage.failed(error);
    outage.refused();
    return refuse(503, 'database: unavailable, try again later', { 'Retry-After': '60' });
  }
}

export function handleFeedback(request: Request, deps: FeedbackDependencies): Promise<Response> {
  return guarded(request, deps, async (body, _client, database) => {
    const parsed = feedbackSchema.safeParse(body);
    if (!parsed.success) throw new RequestProblem(400, describeIssue(parsed.error));
    const vote = parsed.data;
    if (!deps.isPublished(vote.locale, vote.slug)) throw new RequestProblem(400, `slug: no published article "${vote.slug}" in ${vote.locale}`);
    const comment = 'comment' in vote && vote.comment ? maskForStorage(vote.comment) : undefined;
    await saveVote(await database(), { ...vote, ...(comment ? { comment } : {}) });
    return {
      response: (form) =>
        form
          ? new Response(null, { status: 303, headers: { Location: articlePath(vote.locale, vote.slug, 'feedback-thanks'), 'Cache-Control': 'no-store' } })
          : json(201, { ok: true }),
    };
  });
}

export function handleSearchGaps(request: Request, deps: FeedbackDependencies): Promise<Response> {
  return guarded(request, deps, async (body, client, database) => {
    const parsed = searchGapsSchema.safeParse(body);
    if (!parsed.success) throw new RequestProblem(400, describeIssue(parsed.error));
    // The browser sends queries without secrets; one that arrives anyway is masked here, or dropped when it was nothing else.
    const kept = parsed.data.flatMap((gap) => {
      const query = maskGapForStorage(gap.query);
      return query ? [{ ...gap, query }] : [];
    });
    // A query repeated in one beacon is one search: it is counted by reader, not by request.
    const distinct = [...new Map(kept.map((gap) => [`${gap.locale}\n${gap.query}`, gap])).values()];
    const secret = await deps.secrets.current();
    const marked = distinct.map((gap) => ({ ...gap, mark: readerMark(secret, client, gap.locale, gap.query) }));
    const stored = await saveSearchGaps(await database(), marked);
    return { response: () => json(202, { stored, repeated: kept.length - stored, dropped: parsed.data.length - kept.length }) };
  });
}
