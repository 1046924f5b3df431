import { expect, test } from '@playwright/test';

const oneYear = 'max-age=31536000';

// No kept-alive sockets: on a loaded machine the server may close one just as the next request reuses it.
test.use({ extraHTTPHeaders: { connection: 'close' } });

/** The index a prerendered page points to: `/<locale>/search-index/<build>/index.json`. */
async function indexPathOf(html: string, locale: string): Promise<string> {
  const found = new RegExp(`/${locale}/search-index/([0-9a-f]+)/index\\.json`).exec(html);
  if (!found) throw new Error(`The page names no /${locale}/search-index/<build>/index.json`);
  return found[0];
}

test.describe('caching of the search index and of not-found pages', () => {
  for (const locale of ['en', 'ar']) {
    test(`/${locale}: the index a page loads is named by its build, served immutable, and says its build`, async ({ request }) => {
      const path = await indexPathOf(await (await request.get(`/${locale}/articles/knet-payment-page-messages`)).text(), locale);
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toBe(`public, ${oneYear}, immutable`);
      const build = path.split('/')[3];
      expect(((await response.json()) as { build: string }).build).toBe(build);
      // Every page of the build points to the same files.
      expect(await indexPathOf(await (await request.get(`/${locale}`)).text(), locale)).toBe(path);
      // Another build's folder is not served from this one.
      expect((await request.get(`/${locale}/search-index/0123456789abcdef/index.json`)).status()).toBe(404);
    });
  }

  test('the index at its fixed address is revalidated, never kept for a year', async ({ request }) => {
    const response = await request.get('/en/search-index.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-cache');
  });

  test('a not-found page served for an unknown address is not cached for a year', async ({ request }) => {
    for (const path of ['/en/no-such-page', '/ar/articles/no-such-article', '/nowhere']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'], path).toBe('no-cache');
    }
  });

  test('a second page load takes the index from the browser cache, not the network', async ({ page }) => {
    // Search on the page (no worker), so the page's resource timing sees the index request.
    await page.addInitScript(() => void delete (window as { Worker?: unknown }).Worker);
    const transferred = async (path: string) => {
      await page.goto(path);
      await page.locator('#search-header').click();
      await page.getByRole('dialog').getByRole('combobox').fill('declined');
      await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
      return page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\/search-index\/[0-9a-f]+\/index\.json$/.test(entry.name))
          .map((entry) => (entry as PerformanceResourceTiming).transferSize),
      );
    };
    const first = await transferred('/en/articles/knet-payment-page-messages');
    expect(first.length).toBe(1);
    expect(first[0]).toBeGreaterThan(0);
    // A cached response transfers nothing: no request, not even a revalidation.
    expect(await transferred('/en/articles/what-is-knet')).toEqual([0]);
  });
});
