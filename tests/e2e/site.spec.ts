import { expect, test } from '@playwright/test';
import { listContent } from '@/lib/content/listing';

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
  // The nine KNET messages, then the three other articles of site.json's paymentFailed list.
  await expect(shortcuts.getByRole('list', { name: 'Which message did the KNET payment page show?' }).getByRole('link')).toHaveCount(9);
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
  const sources = page.getByRole('heading', { name: 'Sources' }).locator('xpath=..').getByRole('link').first();
  await expect(sources).toHaveAttribute('rel', /noopener/);
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
  for (const path of ['/help-me', '/en/nothing/here', '/en/categories/nope', '/en/articles/nope', '/en/contact/nope', '/en/page-not-found']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toMatch(/<html lang="en" dir="ltr"/);
    expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(html, path).toContain('Popular articles');
  }
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of [...pages, '/en/articles/no-such-article', '/sitemap.xml', '/robots.txt']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toMatch(/https?:\/\//);
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8,}/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-powered-by'], path).toBeUndefined();
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
