import { expect, test, type Page } from '@playwright/test';

/** Deletes Worker before any of the page's scripts run, as in a browser without Web Workers. */
const withoutWorker = () => {
  // @ts-expect-error -- removing a global on purpose
  delete window.Worker;
};

const queries = [
  { locale: 'en', query: 'NOT CAPTURED' },
  { locale: 'en', query: 'gift card' },
  { locale: 'en', query: 'instalment plans' },
  { locale: 'ar', query: 'مرفوضة' },
  { locale: 'ar', query: 'بطاقة هدايا' },
] as const;

/** The dialog's results for each query, as links, in order. */
async function dialogResults(page: Page, locale: string): Promise<string[][]> {
  await page.goto(`/${locale}/articles/knet-payment-page-messages`);
  await page.locator('#search-header').click();
  const dialog = page.getByRole('dialog');
  const combobox = dialog.getByRole('combobox');
  const all: string[][] = [];
  for (const { query } of queries.filter((entry) => entry.locale === locale)) {
    await combobox.fill(query);
    await expect(dialog.getByRole('status')).toContainText(query);
    all.push(await dialog.getByRole('option').evaluateAll((options) => options.map((option) => decodeURIComponent(option.getAttribute('data-href') ?? ''))));
  }
  return all;
}

/** The results page's box: turning to it starts the browser's search (the server answered the page's own query). */
const pageBox = (page: Page) => page.getByRole('main').getByRole('searchbox');

/** The results page's results for a query, as links, in order, once the browser's search has taken over. */
async function pageResults(page: Page, locale: string, query: string, started: () => boolean): Promise<string[]> {
  await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
  const list = page.getByRole('main').getByRole('list');
  await expect(page.getByRole('main').getByRole('status')).toContainText(query);
  await pageBox(page).focus();
  await expect.poll(started, { message: 'the browser’s search started when the reader turned to the box' }).toBe(true);
  return list.getByRole('link').evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return decodeURIComponent(url.pathname + url.hash);
    }),
  );
}

test.describe('search in a Web Worker', () => {
  for (const locale of ['en', 'ar'] as const) {
    test(`/${locale}: the dialog and the results page search in a worker, and without Worker give the same results on the page`, async ({ browser }) => {
      const withWorker = await browser.newContext();
      const page = await withWorker.newPage();
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const inWorker = await dialogResults(page, locale);
      expect(workers.length, 'opening search starts one worker').toBe(1);
      const firstQuery = queries.find((entry) => entry.locale === locale)!.query;
      const pageInWorker = await pageResults(page, locale, firstQuery, () => workers.length === 2);
      expect(workers.length, 'the results page starts its own worker').toBe(2);
      await withWorker.close();

      const fallback = await browser.newContext();
      await fallback.addInitScript(withoutWorker);
      const plain = await fallback.newPage();
      plain.on('worker', (worker) => workers.push(worker.url()));
      const onPage = await dialogResults(plain, locale);
      let indexAsked = false;
      plain.on('request', (request) => {
        if (request.url().includes('/search-index/')) indexAsked = true;
      });
      const pageOnPage = await pageResults(plain, locale, firstQuery, () => indexAsked);
      expect(workers.length, 'no worker without Worker').toBe(2);
      await fallback.close();

      expect(inWorker.every((hits) => hits.length > 0)).toBe(true);
      expect(onPage).toEqual(inWorker);
      expect(pageOnPage).toEqual(pageInWorker);
      // The dialog lists the results page's first results, in the same order.
      expect(pageInWorker.slice(0, inWorker[0]!.length)).toEqual(inWorker[0]);
    });
  }

  test('a worker that cannot start (its script fails) falls back to the page', async ({ page }) => {
    let refused = 0;
    await page.route(/\/_next\/static\/chunks\/turbopack-worker-[^/]*\.js/, (route) => {
      refused++;
      return route.abort();
    });
    await page.goto('/en/search?q=declined');
    await expect(page.getByRole('main').getByRole('list').getByRole('link').first()).toBeVisible();
    await pageBox(page).fill('host timeout');
    await pageBox(page).press('Enter');
    await expect(page.getByRole('main').getByRole('status')).toContainText('host timeout');
    await expect(page.getByRole('main').getByRole('list').getByRole('link').first()).toBeVisible();
    expect(refused, 'the worker asked for its script').toBeGreaterThan(0);
  });

  test('a results page the server answered loads no search until the reader turns to its box', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search-index/') || request.url().includes('turbopack-worker')) asked.push(request.url());
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/en/search?q=declined');
    await expect(page.getByRole('main').getByRole('list').getByRole('link').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(asked, 'nothing of search loaded with the answered page').toEqual([]);
    expect(workers).toEqual([]);
    await pageBox(page).focus();
    await expect.poll(() => asked.some((url) => url.includes('/search-index/')), { message: 'the index loads once the box has the focus' }).toBe(true);
  });
});
