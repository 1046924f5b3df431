import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { rawRequest } from './raw-http';
import { listContent } from '@/lib/content/listing';
import { searchIndexPath } from '@/lib/paths';
import { securityHeaders } from '@/lib/security-headers';

const pages = [
  '/en',
  '/en/categories/getting-started',
  '/en/categories/troubleshooting',
  '/en/articles/transaction-declined',
  '/en/articles/knet-payment-page-messages',
  '/en/articles/does-amazon-accept-knet',
  '/en/contact',
];

test('the root address sends the reader to the English home page', async ({ page }) => {
  const response = await page.goto('/');
  expect(page.url()).toMatch(/\/en$/);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('a reader goes from the home page to a category and on to an article', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Did your payment just fail?');
  await expect(page.getByRole('banner').getByRole('search')).toBeVisible();

  const shortcuts = page.getByRole('region', { name: 'Did your payment just fail?' });
  // The ten KNET messages (invalid OTP and too many OTP attempts apart), then the three other articles of site.json's paymentFailed list.
  await expect(shortcuts.getByRole('list', { name: 'Which message did the KNET payment page show?' }).getByRole('link')).toHaveCount(10);
  await expect(shortcuts.getByRole('link', { name: 'Why was my payment declined?' })).toHaveAttribute('href', '/en/articles/transaction-declined');

  await page.getByRole('region', { name: 'Browse by topic' }).getByRole('link', { name: /^Fix a payment problem/ }).click();
  await expect(page).toHaveURL(/\/en\/categories\/troubleshooting$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fix a payment problem');

  await page.getByRole('main').getByRole('link', { name: /payment page mean/ }).click();
  await expect(page).toHaveURL(/\/en\/articles\/knet-payment-page-messages$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toContainText('KNET');
  await expect(main.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Fix a payment problem' })).toBeVisible();
  await expect(main.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(main.getByText(/min read/)).toBeVisible();
  await expect(main.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await expect(main.getByRole('table')).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Related articles' })).toBeVisible();

  await main.getByRole('link', { name: 'Contact support' }).click();
  await expect(page).toHaveURL(/\/en\/contact$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact support');
});

test('the home page offers "My order didn’t arrive" as a task, in both languages, leading to its article', async ({ page }) => {
  for (const [locale, name, link] of [
    ['en', 'My order didn’t arrive', 'What to do'],
    ['ar', 'لم يصل طلبي', 'ماذا أفعل'],
  ] as const) {
    await page.goto(`/${locale}`);
    const task = page.getByRole('region', { name });
    await expect(task.getByRole('heading', { level: 2 })).toHaveText(name);
    await task.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/articles/order-not-arrived-or-wrong-item$`));
  }
});

test('the table of contents jumps to the section it names', async ({ page }) => {
  await page.goto('/en/articles/knet-payment-page-messages');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'HOST TIMEOUT' }).click();
  await expect(page).toHaveURL(/#host-timeout$/);
  await expect(page.locator('#host-timeout')).toBeInViewport();
});

test('callouts render as labelled boxes and external links open safely', async ({ page }) => {
  await page.goto('/en/articles/knet-payment-page-messages');
  await expect(page.locator('.callout-warning .callout-title').first()).toHaveText('Warning');
  const external = page.locator('.article-body a[href^="https://"]').first();
  if ((await external.count()) > 0) {
    await expect(external).toHaveAttribute('target', '_blank');
    await expect(external).toHaveAttribute('rel', /noopener/);
  }
  // FACTS.md names no page for this article's sources, so they are cited by name: never a link to a home page.
  const unlinked = page.getByRole('heading', { name: 'Sources' }).locator('xpath=..');
  await expect(unlinked.getByRole('listitem').first()).toContainText('KNET Merchant Integration Manual');
  await expect(unlinked.getByRole('link')).toHaveCount(0);
  await page.goto('/en/articles/transaction-declined');
  const sources = page.getByRole('heading', { name: 'Sources' }).locator('xpath=..').getByRole('link').first();
  await expect(sources).toHaveAttribute('rel', /noopener/);
  await expect(sources).toHaveAttribute('href', /^https:\/\/[^/]+\/[^?#]/);
});

test('an unknown article is a real 404 with search (the header’s, not a second box) and popular articles', async ({ page }) => {
  const response = await page.goto('/en/articles/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
  await expect(page.getByRole('main').getByRole('search')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Popular articles' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /KNET/ }).first()).toBeVisible();
});

test('every unknown address is a 404 rendered on the server, readable without JavaScript', async ({ request }) => {
  for (const path of ['/help-me', '/en/nothing/here', '/en/categories/nope', '/en/articles/nope', '/en/contact/nope', '/en/page-not-found', '/en/no-such-file.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toMatch(/<html lang="en" dir="ltr"/);
    expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(html, path).toContain('Popular articles');
  }
});

/** The security headers every answer carries, each exactly once, whatever the answer. */
function expectSecurityHeaders(headers: { name: string; value: string }[], label: string) {
  const values = (name: string) => headers.filter((header) => header.name.toLowerCase() === name).map((header) => header.value);
  for (const { key } of securityHeaders) expect(values(key.toLowerCase()), `${label}: ${key} once`).toHaveLength(1);
  const [csp = ''] = values('content-security-policy');
  const directives = new Map(csp.split(';').map((part) => [part.trim().split(/\s+/)[0], part.trim().split(/\s+/).slice(1)]));
  expect(directives.get('default-src'), label).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors'), label).toEqual(["'none'"]);
  expect(directives.get('script-src'), label).not.toContain("'unsafe-inline'");
  expect(csp, label).not.toMatch(/https?:|\*/);
  expect(values('strict-transport-security')[0], label).toMatch(/max-age=\d{8,}/);
  expect(values('x-content-type-options'), label).toEqual(['nosniff']);
  expect(values('referrer-policy'), label).toEqual(['strict-origin-when-cross-origin']);
  expect(values('permissions-policy')[0], label).toContain('camera=()');
  expect(values('x-powered-by'), label).toEqual([]);
}

test('every answer carries the security headers once: pages, files, API routes, redirects, 404s', async ({ request }) => {
  const answers: [path: string, status: number][] = [
    ...pages.map((path): [string, number] => [path, 200]),
    ['/en/articles/no-such-article', 404],
    ['/sitemap.xml', 200],
    ['/robots.txt', 200],
    ['/icon.svg', 200],
    ['/illustrations/knet-payment-flow.svg', 200],
    [searchIndexPath('en'), 200],
    ['/api/feedback', 405],
    ['/en/no-such-file.json', 404],
    ['/no-such-file.svg', 404],
    ['/', 307],
    ['/en/', 308],
    ['/en?lang=ar', 303],
  ];
  for (const [path, status] of answers) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response.headersArray(), path);
  }
});

test('a trailing slash is a 308 to the address without it, on this site whatever the Host header says', async ({ baseURL }) => {
  for (const [target, location] of [
    ['/en/', '/en'],
    ['/en/articles/transaction-declined/?from=x', '/en/articles/transaction-declined?from=x'],
    ['/sitemap.xml/', '/sitemap.xml'],
  ]) {
    const response = await rawRequest(baseURL!, target!, { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' });
    expect(response.status, target).toBe(308);
    expect(response.header('location'), target).toBe(location);
    expectSecurityHeaders(response.headers.map(([name, value]) => ({ name, value })), target!);
  }
});

test('a request target in absolute form is never redirected to the host it names', async ({ baseURL }) => {
  for (const [target, status, location] of [
    ['http://evil.example/en/', 308, '/en'],
    ['http://evil.example/en', 200, undefined],
  ] as const) {
    const response = await rawRequest(baseURL!, target);
    expect(response.status, target).toBe(status);
    expect(response.header('location'), target).toBe(location);
    expectSecurityHeaders(response.headers.map(([name, value]) => ({ name, value })), target);
  }
});

test('the language choice cookie is Secure when the reader came over HTTPS', async ({ request }) => {
  const cookieOf = async (headers: Record<string, string>) => {
    const response = await request.get('/en?lang=ar', { maxRedirects: 0, headers });
    expect(response.status()).toBe(303);
    expect(response.headers()['location']).toBe('/en');
    return response.headersArray().find((header) => header.name.toLowerCase() === 'set-cookie')?.value ?? '';
  };
  // The deploy's proxy terminates TLS and says so in X-Forwarded-Proto.
  const overHttps = await cookieOf({ 'X-Forwarded-Proto': 'https' });
  expect(overHttps).toMatch(/^locale=ar;/);
  expect(overHttps).toMatch(/;\s*Secure(;|$)/i);
  expect(overHttps).toMatch(/SameSite=lax/i);
  // Plain HTTP (a local server): a Secure cookie would never come back.
  expect(await cookieOf({})).not.toMatch(/Secure/i);
});

test('search-index.json revalidates with a strong ETag and a 304; the hashed index files are immutable', async ({ request }) => {
  for (const locale of ['en', 'ar'] as const) {
    const first = await request.get(searchIndexPath(locale));
    expect(first.status()).toBe(200);
    expect(first.headers()['cache-control']).toBe('no-cache');
    const etag = first.headers()['etag'] ?? '';
    // Strong, and a hash of the body: it changes exactly when the index does.
    expect(etag).toBe(`"${createHash('sha256').update(await first.body()).digest('base64').replace(/=+$/, '')}"`);

    const again = await request.get(searchIndexPath(locale), { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
    expect(again.headers()['etag']).toBe(etag);
    expectSecurityHeaders(again.headersArray(), `${searchIndexPath(locale)} 304`);

    const stale = await request.get(searchIndexPath(locale), { headers: { 'If-None-Match': '"an-older-index"' } });
    expect(stale.status()).toBe(200);

    const { build } = (await first.json()) as { build: string };
    const hashed = await request.get(`/${locale}/search-index/${build}/index.json`);
    expect(hashed.status()).toBe(200);
    expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
});

test('every page has a title, a description, a canonical URL and exactly one h1', async ({ page }) => {
  for (const path of [...pages, '/en/articles/no-such-article']) {
    await page.goto(path);
    expect((await page.title()).length, path).toBeGreaterThan(5);
    await expect(page.locator('h1'), path).toHaveCount(1);
    if (!path.includes('no-such')) {
      await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /.{30,}/);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', new RegExp(`${path}$`));
      await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /.+/);
    }
  }
});

test('article pages carry Article and BreadcrumbList structured data', async ({ page }) => {
  await page.goto('/en/articles/transaction-declined');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((block) => (JSON.parse(block) as { '@type': string })['@type']);
  expect(types).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList']));
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/articles/transaction-declined');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('pages fit a 320px phone without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('sitemap.xml lists every article and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap.match(/<loc>[^<]*\/en\/articles\//g)?.length).toBe(listContent().en?.articles.length);
  expect(sitemap).toContain('/en/categories/security</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('the favicon is served', async ({ page, request }) => {
  await page.goto('/en');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});

test('the print stylesheet hides navigation and keeps the article', async ({ page }) => {
  await page.goto('/en/articles/transaction-declined');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article-body')).toBeVisible();
});
