import { expect, test } from '@playwright/test';
import { publishedPages } from '@/lib/pages';

const arabicPages = [
  '/ar',
  '/ar/categories/troubleshooting',
  '/ar/articles/knet-payment-page-messages',
  '/ar/articles/does-amazon-accept-knet',
  '/ar/contact',
  '/ar/contact/declined',
  '/ar/contact/declined/knet-page',
  '/ar/search?q=%D9%83%D9%8A%20%D9%86%D8%AA',
];

test('every Arabic page is Arabic and right-to-left, with one h1', async ({ page }) => {
  for (const path of [...arabicPages, '/ar/articles/no-such-article']) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1'), path).toHaveCount(1);
    expect(await page.locator('h1').textContent(), path).toMatch(/[\u0600-\u06FF]/);
  }
});

test('English pages stay English and left-to-right', async ({ page }) => {
  for (const path of ['/en', '/en/articles/transaction-declined', '/en/contact']) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    await expect(page.locator('html'), path).toHaveAttribute('dir', 'ltr');
  }
});

test('a reader goes from the Arabic home page to a topic and an article', async ({ page }) => {
  await page.goto('/ar');
  await page.locator('#topics').locator('xpath=..').locator('a[href="/ar/categories/troubleshooting"]').first().click();
  await expect(page).toHaveURL(/\/ar\/categories\/troubleshooting$/);
  await page.getByRole('main').locator('a[href="/ar/articles/knet-payment-page-messages"]').first().click();
  await expect(page).toHaveURL(/\/ar\/articles\/knet-payment-page-messages$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('table')).toBeVisible();
  await expect(main.getByRole('cell', { name: 'NOT CAPTURED', exact: true })).toBeVisible();
  await expect(main.locator('.callout-title').first()).toHaveText(/[\u0600-\u06FF]/);
  await expect(main.locator('time')).toHaveText(/2026/);
});

test('the language switch keeps the reader on the same article, and `/` remembers the choice', async ({ page, context }) => {
  await context.clearCookies();
  await page.goto('/en/articles/transaction-declined');
  await page.getByRole('banner').getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/articles\/transaction-declined$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.goto('/');
  await expect(page).toHaveURL(/\/ar$/);

  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
});

test('the language switch keeps the reader on the same contact step', async ({ page }) => {
  await page.goto('/en/contact/declined/knet-page');
  await page.getByRole('banner').getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/contact\/declined\/knet-page$/);
});

test('`/` follows the browser language when the reader has not chosen', async ({ browser }) => {
  for (const [locale, expected] of [
    ['ar-KW', '/ar'],
    ['ar', '/ar'],
    ['en-US', '/en'],
    ['fr-FR', '/en'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    expect(new URL(page.url()).pathname, locale).toBe(expected);
    await context.close();
  }
});

test('pages link to their translations with hreflang', async ({ page }) => {
  await page.goto('/ar/articles/cant-sign-in');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/articles\/cant-sign-in$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', /\/ar\/articles\/cant-sign-in$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/en\/articles\/cant-sign-in$/);
});

test('the sitemap lists both languages with their alternates', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const arabicArticles = publishedPages().filter((page) => page.kind === 'article' && page.locale === 'ar').length;
  expect(arabicArticles).toBeGreaterThanOrEqual(36);
  expect(sitemap.match(/<loc>[^<]*\/ar\/articles\//g)?.length).toBe(arabicArticles);
  expect(sitemap).toContain('hreflang="ar"');
});

test('Arabic pages fit a 360px phone without sideways scrolling, and the layout mirrors', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  for (const path of arabicPages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/ar/articles/knet-payment-page-messages');
  await testInfo.attach('rtl-360', { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });
  // The site name sits at the right edge in right-to-left, the navigation at the left.
  const logo = await page.getByRole('banner').getByRole('link').first().boundingBox();
  expect(logo!.x + logo!.width).toBeGreaterThan(300);
  await context.close();
});

test('an unknown Arabic address gets the Arabic not-found page', async ({ request }) => {
  const response = await request.get('/ar/articles/no-such-article');
  expect(response.status()).toBe(404);
  expect(await response.text()).toMatch(/<html lang="ar" dir="rtl"/);
});
