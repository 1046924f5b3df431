import { expect, test, type Page } from '@playwright/test';
import { getArticlesBySlug, getSiteLists } from '../../lib/content';
import { getDictionary, locales, type Locale } from '../../lib/i18n';
import { articlePath } from '../../lib/paths';

/**
 * Search on a slow phone on a slow connection: Chrome's "Slow 3G" (2 s a round trip, 400 kbit/s
 * down) and a CPU four times slower, as DevTools applies them. A fixed 6 s limit on loading the
 * index failed every first search here with "taking too long" (issue 22).
 */
const slow3g = { offline: false, latency: 2000, downloadThroughput: (500 * 1024 * 0.8) / 8, uploadThroughput: (500 * 1024 * 0.8) / 8 };

async function slowDown(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Records whether a search error ("taking too long", "could not load") was ever on the page, however briefly. */
async function watchErrors(page: Page, texts: string[]) {
  await page.addInitScript((watched: string[]) => {
    const seen: string[] = [];
    (window as unknown as { __searchErrors: string[] }).__searchErrors = seen;
    new MutationObserver(() => {
      const text = document.body?.innerText ?? '';
      for (const error of watched) if (text.includes(error) && !seen.includes(error)) seen.push(error);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, texts);
  return () => page.evaluate(() => (window as unknown as { __searchErrors: string[] }).__searchErrors);
}

/**
 * Whether the search worker asked for the index at all. Debian's Chromium 150 (7 December) sends none
 * of a dedicated worker's requests while CDP's network emulation is on: the worker script loads, then
 * its fetches never leave (Playwright sees no request; the same page without emulation fetches the
 * index at once, and Chromium 156 sent them under emulation). The figure this test holds cannot be
 * measured then, so the test is skipped, saying why, rather than failing on the instrument.
 */
function watchIndexRequests(page: Page): () => boolean {
  let requested = false;
  page.on('request', (request) => {
    if (request.url().includes('/search-index/')) requested = true;
  });
  return () => requested;
}

async function skipIfWorkerRequestsHeld(page: Page, indexRequested: () => boolean, answered: () => Promise<boolean>) {
  await expect
    .poll(async () => indexRequested() || (await answered()), { timeout: 60_000 })
    .toBe(true)
    .catch(() => undefined);
  test.skip(!indexRequested(), "this Chromium's network emulation sent none of the search worker's requests, so Slow 3G cannot be emulated for search here");
}

/** A query every index answers: the words of a popular article's title. */
function queryFor(locale: Locale): string {
  const [article] = getArticlesBySlug(locale, getSiteLists(locale).popular);
  return article!.title.split(/\s+/).slice(0, 3).join(' ');
}

test.describe('search on Slow 3G with a 4x slower CPU', () => {
  test.describe.configure({ mode: 'serial' });

  for (const locale of locales) {
    const t = getDictionary(locale).search;
    const [popular] = getArticlesBySlug(locale, getSiteLists(locale).popular);

    test(`/${locale}: a query typed right after the page loads shows results, with no error on the way`, async ({ page }) => {
      test.setTimeout(240_000);
      const errors = await watchErrors(page, [t.stalled, t.loadError, t.offline]);
      const indexRequested = watchIndexRequests(page);
      await slowDown(page);
      await page.goto(articlePath(locale, popular!.slug), { waitUntil: 'load', timeout: 120_000 });
      const box = page.locator('#search-header');
      await box.click();
      await page.keyboard.type(queryFor(locale));
      const dialog = page.getByRole('dialog', { name: t.dialogTitle });
      await skipIfWorkerRequestsHeld(page, indexRequested, () => dialog.getByRole('option').first().isVisible());
      await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 120_000 });
      await expect(dialog.getByRole('combobox')).toHaveValue(queryFor(locale));
      expect(await errors()).toEqual([]);
    });

    test(`/${locale}: a query typed before the page is interactive opens the results once it is`, async ({ page }) => {
      test.setTimeout(240_000);
      const errors = await watchErrors(page, [t.stalled, t.loadError, t.offline]);
      const indexRequested = watchIndexRequests(page);
      await slowDown(page);
      await page.goto(articlePath(locale, popular!.slug), { waitUntil: 'commit', timeout: 120_000 });
      // The box is in the HTML long before its script has run.
      const box = page.locator('#search-header');
      await box.waitFor({ timeout: 120_000 });
      await box.click();
      await page.keyboard.type(queryFor(locale));
      const dialog = page.getByRole('dialog', { name: t.dialogTitle });
      await skipIfWorkerRequestsHeld(page, indexRequested, () => dialog.getByRole('option').first().isVisible());
      await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 150_000 });
      await expect(dialog.getByRole('combobox')).toHaveValue(queryFor(locale));
      expect(await errors()).toEqual([]);
    });
  }
});
