import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/feedback/database';
import { handleFeedback, handleSearchGaps, maxBodyBytes, type FeedbackDependencies } from '@/lib/feedback/http';
import { OutageLog } from '@/lib/feedback/outage';
import { RateLimiter } from '@/lib/feedback/rate-limit';
import { MemorySecrets } from '@/lib/feedback/reader-mark';
import { buildReport } from '@/lib/feedback/report';
import { countRows } from '@/lib/feedback/store';
import { clientAddressHeader } from '@/lib/request-guard';

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
}, 180_000);
afterAll(() => db?.close());
beforeEach(() => db.query('TRUNCATE feedback, search_gaps'));

const published = new Set(['en/knet-payment-page-messages', 'ar/knet-payment-page-messages']);
const secrets = new MemorySecrets();
const deps = (overrides: Partial<FeedbackDependencies> = {}): FeedbackDependencies => ({
  database: async () => db,
  limiter: new RateLimiter(1000),
  isPublished: (locale, slug) => published.has(`${locale}/${slug}`),
  secrets,
  outage: new OutageLog(() => {}),
  ...overrides,
});

const site = 'http://help.test';
function post(path: string, body: string, headers: Record<string, string> = {}): Request {
  return new Request(`${site}${path}`, {
    method: 'POST',
    body,
    headers: { host: 'help.test', origin: site, 'content-type': 'application/json', ...headers },
  });
}
const vote = (fields: Record<string, unknown>) => post('/api/feedback', JSON.stringify(fields));
const good = { locale: 'en', slug: 'knet-payment-page-messages', helpful: 'no', reason: 'unclear', comment: 'Too long' };

async function errorOf(response: Response) {
  return { status: response.status, error: ((await response.json()) as { error: string }).error };
}

describe('POST /api/feedback', () => {
  it('stores a JSON vote before answering 201', async () => {
    const response = await handleFeedback(vote(good), deps());
    expect(response.status).toBe(201);
    expect(await db.query('SELECT locale, slug, helpful, reason, comment FROM feedback')).toEqual([
      { locale: 'en', slug: 'knet-payment-page-messages', helpful: false, reason: 'unclear', comment: 'Too long' },
    ]);
  });

  it('answers a plain form with 303 back to the article’s thank-you', async () => {
    const form = new URLSearchParams({ locale: 'ar', slug: 'knet-payment-page-messages', helpful: 'yes', reason: '', comment: '' });
    const response = await handleFeedback(post('/api/feedback', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' }), deps());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/ar/articles/knet-payment-page-messages#feedback-thanks');
    expect(await db.query('SELECT helpful, reason, comment FROM feedback')).toEqual([{ helpful: true, reason: null, comment: null }]);
  });

  it('drops a reason and a comment sent with a yes', async () => {
    expect((await handleFeedback(vote({ ...good, helpful: 'yes' }), deps())).status).toBe(201);
    expect(await db.query('SELECT reason, comment FROM feedback')).toEqual([{ reason: null, comment: null }]);
  });

  it('stores a comment masked: a card number to its last four digits, codes, emails and phone numbers hidden', async () => {
    const card = 'My card 4111 1111 1111 1111 failed twice';
    const everything = 'otp 482913 never came, write to me@example.com or call +965 2222 3333';
    expect((await handleFeedback(vote({ ...good, comment: card }), deps())).status).toBe(201);
    expect((await handleFeedback(vote({ ...good, comment: everything }), deps())).status).toBe(201);
    const rows = await db.query<{ comment: string }>('SELECT comment FROM feedback ORDER BY id');
    expect(rows[0]!.comment).toBe('My card •••• 1111 failed twice');
    expect(rows[1]!.comment).not.toMatch(/482913|me@example\.com|2222|3333/);
    expect(rows[1]!.comment).toContain('never came');
  });

  it.each([
    [{ ...good, locale: 'fr' }, 'locale:'],
    [{ ...good, slug: 'no-such-article' }, 'slug: no published article'],
    [{ ...good, slug: '../etc' }, 'slug:'],
    [{ ...good, helpful: 'maybe' }, 'helpful:'],
    [{ locale: 'en', slug: 'knet-payment-page-messages' }, 'helpful:'],
    [{ ...good, reason: 'bored' }, 'reason:'],
    [{ ...good, comment: 'x'.repeat(501) }, 'comment: must be at most 500 characters'],
    [{ ...good, comment: 42 }, 'comment:'],
    [{ ...good, ip: '1.2.3.4' }, 'ip: unknown field'],
  ])('refuses %j with 400 naming the field, storing nothing', async (fields, message) => {
    const { status, error } = await errorOf(await handleFeedback(vote(fields), deps()));
    expect(status).toBe(400);
    expect(error).toContain(message);
    expect((await countRows(db)).feedback).toBe(0);
  });

  it('accepts a comment of exactly 500 characters', async () => {
    expect((await handleFeedback(vote({ ...good, comment: 'x'.repeat(500) }), deps())).status).toBe(201);
  });

  it('refuses a body that is neither JSON nor a form', async () => {
    expect(await errorOf(await handleFeedback(post('/api/feedback', '{"locale":', {}), deps()))).toEqual({ status: 400, error: 'body: not valid JSON' });
    expect(await errorOf(await handleFeedback(post('/api/feedback', '<xml/>', { 'content-type': 'application/xml' }), deps()))).toEqual({
      status: 400,
      error: 'body: must be JSON or a form',
    });
    expect((await handleFeedback(post('/api/feedback', '"yes"'), deps())).status).toBe(400);
  });

  it('refuses a cross-site request with 403, and takes one without Origin (not a browser)', async () => {
    const cross = post('/api/feedback', JSON.stringify(good), { origin: 'https://evil.example' });
    expect((await handleFeedback(cross, deps())).status).toBe(403);
    const request = new Request(`${site}/api/feedback`, { method: 'POST', body: JSON.stringify(good), headers: { host: 'help.test', 'content-type': 'application/json' } });
    expect((await handleFeedback(request, deps())).status).toBe(201);
    expect((await countRows(db)).feedback).toBe(1);
  });

  it('answers 429 past the rate limit for one client, while another is still served', async () => {
    const limited = deps({ limiter: new RateLimiter(2) });
    // The request guard (lib/request-guard.ts) writes the client's address into this header.
    const from = (address: string) => post('/api/feedback', JSON.stringify(good), { [clientAddressHeader]: address });
    expect((await handleFeedback(from('10.0.0.1'), limited)).status).toBe(201);
    expect((await handleFeedback(from('10.0.0.1'), limited)).status).toBe(201);
    const refused = await handleFeedback(from('10.0.0.1'), limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await handleFeedback(from('10.0.0.2'), limited)).status).toBe(201);
    expect((await countRows(db)).feedback).toBe(3);
  });

  it('does not take the client from X-Forwarded-For: rotating it does not get past the limit', async () => {
    const limited = deps({ limiter: new RateLimiter(3) });
    const statuses = [];
    for (let i = 1; i <= 6; i++) {
      const request = post('/api/feedback', JSON.stringify(good), { 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `198.51.100.${i}`, [clientAddressHeader]: '10.0.0.7' });
      statuses.push((await handleFeedback(request, limited)).status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
  });

  it('refuses a NUL or a lone surrogate in a comment with 400 naming the field, not a 503', async () => {
    for (const comment of ['before\u0000after', 'half \ud83d of an emoji']) {
      const { status, error } = await errorOf(await handleFeedback(vote({ ...good, comment }), deps()));
      expect(status, JSON.stringify(comment)).toBe(400);
      expect(error).toMatch(/^comment: must (not contain a NUL|be valid Unicode)/);
    }
    const form = new URLSearchParams({ ...good, comment: 'nul\u0000' });
    const page = await handleFeedback(post('/api/feedback', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' }), deps());
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('comment: must not contain a NUL');
    expect((await countRows(db)).feedback).toBe(0);
  });

  it('refuses a body that is not UTF-8 with 400', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"locale":"en","comment":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    const request = new Request(`${site}/api/feedback`, { method: 'POST', body: bytes, headers: { host: 'help.test', 'content-type': 'application/json' } });
    expect(await errorOf(await handleFeedback(request, deps()))).toEqual({ status: 400, error: 'body: not valid UTF-8' });
  });

  it('refuses a body over 16 KB with 413 as soon as it passes the limit, whatever Content-Length says', async () => {
    // A chunked upload of 2 MB, made as it is read: the handler must stop pulling past 16 KB.
    const chunk = new Uint8Array(4096).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled >= 2_000_000) return controller.close();
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(`${site}/api/feedback`, { method: 'POST', body, duplex: 'half', headers: { host: 'help.test', 'content-type': 'application/json' } } as RequestInit);
    const response = await handleFeedback(request, deps());
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe(`body: must be at most ${maxBodyBytes} bytes`);
    expect(pulled).toBeLessThanOrEqual(maxBodyBytes + 2 * chunk.byteLength);
  });

  it('refuses a declared Content-Length over 16 KB with 413 without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => void (pulled++, controller.enqueue(new Uint8Array(10))) }, { highWaterMark: 0 });
    const request = new Request(`${site}/api/search-gaps`, { method: 'POST', body, duplex: 'half', headers: { host: 'help.test', 'content-length': '600000000' } } as RequestInit);
    expect((await handleSearchGaps(request, deps())).status).toBe(413);
    expect(pulled).toBe(0);
  });

  it('answers 503 when the database cannot be reached, and a form reader gets a page in their language', async () => {
    const down = deps({ database: () => Promise.reject(new Error('connect ECONNREFUSED')) });
    expect((await handleFeedback(vote(good), down)).status).toBe(503);
    const form = new URLSearchParams({ locale: 'ar', slug: 'knet-payment-page-messages', helpful: 'yes' });
    const page = await handleFeedback(post('/api/feedback', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' }), down);
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('lang="ar"');
    expect(html).toContain('href="/ar/articles/knet-payment-page-messages#feedback"');
  });
});

describe('POST /api/search-gaps', () => {
  const gaps = (body: unknown) => post('/api/search-gaps', JSON.stringify(body), { 'content-type': 'text/plain;charset=UTF-8' });

  it('stores one search or a batch, normalised', async () => {
    expect((await handleSearchGaps(gaps({ locale: 'en', query: '  Tabby   INSTALMENTS ', results: 0 }), deps())).status).toBe(202);
    const batch = [
      { locale: 'ar', query: 'تابي', results: 0 },
      { locale: 'en', query: 'gift card', results: 4 },
    ];
    expect(await (await handleSearchGaps(gaps(batch), deps())).json()).toEqual({ stored: 2, repeated: 0, dropped: 0 });
    expect(await db.query('SELECT locale, query, results FROM search_gaps ORDER BY id')).toEqual([
      { locale: 'en', query: 'tabby instalments', results: 0 },
      { locale: 'ar', query: 'تابي', results: 0 },
      { locale: 'en', query: 'gift card', results: 4 },
    ]);
  });

  it('masks a query holding a secret, with the same detector as the browser, and drops one that was nothing else', async () => {
    const batch = [
      { locale: 'en', query: '4111 1111 1111 1111', results: 0 },
      { locale: 'en', query: 'my otp is 482913', results: 0 },
      { locale: 'en', query: 'refund to kw81cbku0000000000001234560101', results: 0 },
      { locale: 'en', query: 'knet refund', results: 0 },
    ];
    expect(await (await handleSearchGaps(gaps(batch), deps())).json()).toEqual({ stored: 3, repeated: 0, dropped: 1 });
    expect(await db.query('SELECT query FROM search_gaps ORDER BY id')).toEqual([
      { query: 'my otp is •••' },
      { query: 'refund to •••' },
      { query: 'knet refund' },
    ]);
  });

  it('counts a query once per reader: repeated in one beacon, or sent again by the same client, it does not reach the report', async () => {
    const from = (client: string, body: unknown) => post('/api/search-gaps', JSON.stringify(body), { [clientAddressHeader]: client });
    const gap = { locale: 'en', query: 'tamara', results: 0 };
    expect(await (await handleSearchGaps(from('10.0.0.1', [gap, gap, gap]), deps())).json()).toEqual({ stored: 1, repeated: 2, dropped: 0 });
    expect(await (await handleSearchGaps(from('10.0.0.1', gap), deps())).json()).toEqual({ stored: 0, repeated: 1, dropped: 0 });
    expect((await buildReport(db)).searches).toEqual([]);
    await handleSearchGaps(from('10.0.0.2', gap), deps());
    expect((await buildReport(db)).searches).toEqual([]);
    await handleSearchGaps(from('10.0.0.3', [gap, gap]), deps());
    expect((await buildReport(db)).searches).toEqual([{ locale: 'en', query: 'tamara', count: 3 }]);
  });

  it('stores marks that are neither the address nor the same for two queries of one reader', async () => {
    const request = post('/api/search-gaps', JSON.stringify([{ locale: 'en', query: 'one', results: 0 }, { locale: 'en', query: 'two', results: 0 }]), {
      [clientAddressHeader]: '192.0.2.44',
    });
    await handleSearchGaps(request, deps());
    const marks = (await db.query<{ reader_mark: string }>('SELECT reader_mark FROM search_gaps')).map((row) => row.reader_mark);
    expect(marks).toHaveLength(2);
    expect(new Set(marks).size).toBe(2);
    for (const mark of marks) {
      expect(mark).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(mark).not.toContain('192');
    }
  });

  it.each([
    [{ locale: 'en', query: 'nul\u0000byte', results: 0 }, 'query: must not contain a NUL'],
    [[{ locale: 'en', query: 'fine', results: 0 }, { locale: 'en', query: '\udc00', results: 0 }], '1.query: must be valid Unicode'],
    [{ locale: 'en', query: '', results: 0 }, 'query: must not be empty'],
    [{ locale: 'en', query: 'x', results: -1 }, 'results: must be 0 or more'],
    [{ locale: 'en', query: 'x', results: '3' }, 'results: must be a number'],
    [{ locale: 'xx', query: 'x', results: 0 }, 'locale:'],
    [[{ locale: 'en', query: 'fine', results: 0 }, { locale: 'en', query: 'x', results: 1.5 }], '1.results: must be a whole number'],
    [[], 'must hold at least one search'],
  ])('refuses %j with 400 naming the field, storing nothing of the batch', async (body, message) => {
    const { status, error } = await errorOf(await handleSearchGaps(gaps(body), deps()));
    expect(status).toBe(400);
    expect(error).toContain(message);
    expect((await countRows(db)).searches).toBe(0);
  });
});
