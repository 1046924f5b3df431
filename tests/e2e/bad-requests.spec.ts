import { connect } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';

/** The headers next.config.ts gives every page, which the answers Next.js does not make must carry too. */
const securityHeaderNames = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
];

/**
 * The security headers of an answer that is not a page (a file): what the guard's own plain-text
 * answers must carry. A page's policy differs only in allowing that page's inline scripts by hash.
 */
async function fileSecurityHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const headers = (await request.get('/robots.txt')).headers();
  const found = Object.fromEntries(securityHeaderNames.map((name) => [name, headers[name] ?? '']));
  for (const name of securityHeaderNames) expect(found[name], `GET /robots.txt: ${name}`).not.toBe('');
  expect(found['content-security-policy']).toMatch(/script-src 'self';/);
  return found;
}
import { getDictionary } from '@/lib/i18n';
import { articlePath, categoryPath, contactPath, feedbackApiPath, homePath, searchIndexPath } from '@/lib/paths';
import { hostile, hostileBuilt, hostileMissing } from '../../scripts/hostile-content';

/**
 * Requests no reader's browser sends, but scanners and broken links do: the server answers each
 * with a 4xx that says what was wrong, never a 500.
 */
const malformed = [
  '/en/articles/%E0%A4%A',
  '/ar/articles/%D9%83%D9',
  '/%c0',
  '/en/%',
  '/_next/static/%',
  '/_next/static/chunks/%zz.js',
  '/illustrations/%zz.svg',
  '/icon.svg%',
  '/en/search-index/%zz',
];

const pages = [homePath('en'), articlePath('en', 'what-is-knet'), categoryPath('ar', 'troubleshooting'), contactPath('en', 'declined')];
const files = ['/illustrations/knet-payment-flow.svg', searchIndexPath('en'), '/robots.txt', '/sitemap.xml'];

/** A request the way a scanner sends it: any method, no redirects followed. */
const send = (request: APIRequestContext, method: string, path: string) => request.fetch(path, { method, maxRedirects: 0 });

for (const path of malformed) {
  test(`a malformed percent-encoding answers 4xx, not 500: ${path}`, async ({ request }) => {
    const response = await send(request, 'GET', path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  });
}

test('a truncated article address still gets the not-found page of its language', async ({ request }) => {
  const response = await send(request, 'GET', '/ar/articles/%D9%83%D9');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toMatch(/<html lang="ar" dir="rtl"/);
  expect(html).toContain(getDictionary('ar').notFound.title);
});

for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'POST']) {
  test(`${method} on a page or a file answers 405 with the methods it takes`, async ({ request }) => {
    for (const path of [...pages, ...files]) {
      const response = await send(request, method, path);
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD, OPTIONS');
    }
  });
}

test('OPTIONS on a page or a file says which methods it takes', async ({ request }) => {
  for (const path of [...pages, ...files]) {
    const response = await send(request, 'OPTIONS', path);
    expect(response.status(), path).toBe(204);
    expect(response.headers()['allow'], path).toBe('GET, HEAD, OPTIONS');
  }
});

test('the guard’s own 405, 204 and 501 carry the security headers every answer has', async ({ request }) => {
  const expected = await fileSecurityHeaders(request);
  for (const [method, path] of [['PUT', homePath('en')], ['OPTIONS', homePath('en')], ['TRACE', '/api/no-such-route']] as const) {
    const headers = (await send(request, method, path)).headers();
    for (const name of securityHeaderNames) expect(headers[name], `${method} ${path}: ${name}`).toBe(expected[name]);
  }
});

/** What the server answers to bytes written as they are, for requests no HTTP client sends. */
function raw(baseURL: string, text: string): Promise<string> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.setTimeout(15_000, () => socket.destroy());
    socket.on('data', (chunk) => {
      answer += chunk;
      // One answer is enough: a kept-alive connection would otherwise wait for the timeout.
      if (/\r\n\r\n/.test(answer) && !/content-length: [1-9]/i.test(answer.split('\r\n\r\n')[0]!)) socket.end();
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

test('headers too large get 431 with the security headers every answer has', async ({ request, baseURL }) => {
  const expected = await fileSecurityHeaders(request);
  const answer = await raw(baseURL!, `GET /en HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  expect(answer).toMatch(/^HTTP\/1\.1 431 /);
  const head = answer.split('\r\n\r\n')[0]!.toLowerCase();
  for (const name of securityHeaderNames) expect(head, name).toContain(`${name}: ${expected[name]!.toLowerCase()}`);
});

test('an absolute-form request target never leads to another host', async ({ baseURL }) => {
  for (const target of ['http://evil.example/', 'http://evil.example/en?lang=ar', 'http://evil.example/nowhere', '//evil.example/', '/\\evil.example/']) {
    const answer = await raw(baseURL!, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    const head = answer.split('\r\n\r\n')[0]!;
    expect(head, target).toMatch(/^HTTP\/1\.1 [2-4]\d\d /);
    // A redirect stays on the host asked for (a path such as /evil.example is a page of this site).
    const location = /\r\nlocation: ([^\r\n]+)/i.exec(head)?.[1];
    if (location) expect(new URL(location, 'http://localhost').hostname, `${target} → ${location}`).toBe('localhost');
  }
});

test('GET and HEAD still serve the pages and files', async ({ request }) => {
  for (const path of [...pages, ...files]) {
    expect((await send(request, 'GET', path)).status(), `GET ${path}`).toBe(200);
    expect((await send(request, 'HEAD', path)).status(), `HEAD ${path}`).toBe(200);
  }
});

test('API routes answer their own methods: POST reaches them, TRACE never does', async ({ request }) => {
  // Whatever the route does with it (Next.js answers 404 for a route that does not exist), a POST to
  // /api/ is not refused as a page would be.
  const post = await send(request, 'POST', '/api/no-such-route');
  expect(post.status()).not.toBe(405);
  expect(post.status()).toBeLessThan(500);
  const trace = await send(request, 'TRACE', '/api/no-such-route');
  expect(trace.status()).toBe(501);
});

test('the feedback route keeps its own answers: POST is handled, other methods get its own 405', async ({ request }) => {
  const post = await send(request, 'POST', feedbackApiPath);
  expect(post.status()).not.toBe(405);
  expect(post.status()).toBeLessThan(500);
  for (const method of ['GET', 'PUT', 'DELETE']) {
    const response = await send(request, method, feedbackApiPath);
    expect(response.status(), method).toBe(405);
  }
});

test.describe('a draft article (the hostile build holds two)', () => {
  test.beforeAll(() => expect(hostileBuilt(), hostileMissing).toBe(true));

  for (const slug of ['draft-marked-true', 'draft-with-a-comment']) {
    for (const locale of ['en', 'ar'] as const) {
      test(`${locale}/${slug} answers 404 with the full not-found page`, async ({ request }) => {
        const response = await request.get(`${hostile.url}${articlePath(locale, slug)}`);
        expect(response.status()).toBe(404);
        const html = await response.text();
        expect(html).toContain(`<html lang="${locale}"`);
        expect(html).toContain(getDictionary(locale).notFound.title);
        expect(html).toContain(getDictionary(locale).notFound.homeLink);
      });
    }
  }
});
