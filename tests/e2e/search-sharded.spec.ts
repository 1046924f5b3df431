import { expect, test, type Page } from '@playwright/test';
import { hostile, hostileBuilt, hostileMissing } from '../../scripts/hostile-content';

/**
 * The sharded search index in the browser. A library of more than a few hundred articles is served
 * in parts (a core with the vocabulary, then postings and article files fetched per query); the
 * second build the tests make (`npm run build:hostile`, served one port up) is built that way, so
 * these tests run the path a large library would take against the real articles.
 */
test.use({ baseURL: hostile.url });

test.beforeAll(() => {
  expect(hostileBuilt(), hostileMissing).toBe(true);
});

/** The index of a build, then its other files: `/en/search-index/<build>/index.json`, `…/postings-3.json`. */
const core = /^\/en\/search-index\/[0-9a-f]+\/index\.json$/;
const part = (name: string) => new RegExp(`^/en/search-index/[0-9a-f]+/${name}-\\d+\\.json$`);

function searchFileRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/search-index')) requested.push(pathname);
  });
  return requested;
}

test('the core says the index is sharded, and its parts are served as JSON with the security headers', async ({ request }) => {
  const latest = await request.get('/en/search-index.json');
  expect(latest.ok()).toBe(true);
  const payload = (await latest.json()) as { kind: string; build: string };
  expect(payload.kind).toBe('sharded');
  const folder = `/en/search-index/${payload.build}`;
  expect(await (await request.get(`${folder}/index.json`)).json()).toEqual(payload);
  const postings = await request.get(`${folder}/postings-0.json`);
  expect(postings.ok()).toBe(true);
  expect(postings.headers()['content-type']).toContain('application/json');
  expect(postings.headers()['content-security-policy']).toContain("default-src 'none'");
  expect((await request.get(`${folder}/postings-99999.json`)).status()).toBe(404);
});

test('typing in the dialog fetches only the parts the query needs and finds the article', async ({ page }) => {
  const requested = searchFileRequests(page);
  await page.goto('/en');
  await page.locator('#search-header').click();
  const dialog = page.getByRole('dialog', { name: 'Search the help center' });
  await dialog.getByRole('combobox').fill('NOT CAPTURED');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('What does the message on the KNET payment page mean?');
  await expect(first).toContainText('Lists this error message');
  expect(requested.some((file) => core.test(file))).toBe(true);
  expect(requested.some((file) => part('postings').test(file))).toBe(true);
  const articles = requested.filter((file) => part('article').test(file));
  expect(articles.length).toBeGreaterThan(0);
  expect(articles.length).toBeLessThanOrEqual(24);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/articles\/knet-payment-page-messages/);
});

test('the results page and an Arabic query work from the parts too', async ({ page }) => {
  await page.goto('/en/search?q=unauthorised%20charge');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();

  await page.goto('/ar');
  await page.locator('#search-header').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').fill('بطاقه هديه امازون');
  await expect(dialog.getByRole('option').first()).toContainText('بطاقة');
});

test('a card number typed in the box fetches no part of the index', async ({ page }) => {
  const requested = searchFileRequests(page);
  await page.goto('/en');
  await page.locator('#search-header').click();
  const dialog = page.getByRole('dialog', { name: 'Search the help center' });
  await expect.poll(() => requested.some((file) => core.test(file))).toBe(true);
  await dialog.getByRole('combobox').fill('4111 1111 1111 1111');
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(requested.filter((file) => !core.test(file))).toEqual([]);
});
