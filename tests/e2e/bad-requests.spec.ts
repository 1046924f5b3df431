import { expect, test, type APIRequestContext } from '@playwright/test';
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

test('the feedback route keeps its own answers: POST is handled, other methods get its 405', async ({ request }) => {
  const post = await send(request, 'POST', feedbackApiPath);
  expect(post.status()).not.toBe(405);
  expect(post.status()).toBeLessThan(500);
  for (const method of ['GET', 'PUT', 'DELETE']) {
    const response = await send(request, method, feedbackApiPath);
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow'], method).toContain('POST');
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
