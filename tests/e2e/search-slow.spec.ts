import { expect, test, type Page } from '@playwright/test';
import { getArticlesBySlug, getSiteLists } from '../../lib/content';
import { getDictionary, locales, type Locale } from '../../lib/i18n';
import { articlePath } from '../../lib/paths';

import { startSlowProxy, type SlowProxy } from './slow-network';

/**
 * Search on a slow phone on a slow connection: DevTools' "Slow 3G" (2 s before each response starts,
 * 400 kbit/s down, shared by every request), made by a proxy in front of the test server so that the
 * search worker's requests are slowed like the page's (./slow-network.ts), and a CPU four times
 * slower, as DevTools applies it. A fixed 6 s limit on loading the index failed every first search
 * here with "taking too long" (issue 22).
 */
async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
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

/** A query every index answers: the words of a popular article's title. */
function queryFor(locale: Locale): string {
  const [article] = getArticlesBySlug(locale, getSiteLists(locale).popular);
  return article!.title.split(/\s+/).slice(0, 3).join(' ');
}

test.describe('search on Slow 3G with a 4x slower CPU', () => {
  test.describe.configure({ mode: 'serial' });

  let proxy: SlowProxy;
  test.beforeEach(async ({ baseURL }) => {
    proxy = await startSlowProxy(baseURL!);
  });
  test.afterEach(async () => {
    await proxy.close();
  });

  for (const locale of locales) {
    const t = getDictionary(locale).search;
    const [popular] = getArticlesBySlug(locale, getSiteLists(locale).popular);

    test(`/${locale}: a query typed right after the page loads shows results, with no error on the way`, async ({ page }) => {
      test.setTimeout(240_000);
      const errors = await watchErrors(page, [t.stalled, t.loadError, t.offline]);
      await slowCpu(page);
      await page.goto(proxy.url + articlePath(locale, popular!.slug), { waitUntil: 'load', timeout: 120_000 });
      const box = page.locator('#search-header');
      await box.click();
      await page.keyboard.type(queryFor(locale));
      const dialog = page.getByRole('dialog', { name: t.dialogTitle });
      await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 120_000 });
      await expect(dialog.getByRole('combobox')).toHaveValue(queryFor(locale));
      expect(await errors()).toEqual([]);
      // The index came through the slow link, so the test measured what it says.
      expect(proxy.requested().some((path) => path.includes('/search-index/'))).toBe(true);
    });

    test(`/${locale}: a query typed before the page is interactive opens the results once it is`, async ({ page }) => {
      test.setTimeout(240_000);
      const errors = await watchErrors(page, [t.stalled, t.loadError, t.offline]);
      await slowCpu(page);
      await page.goto(proxy.url + articlePath(locale, popular!.slug), { waitUntil: 'commit', timeout: 120_000 });
      // The box is in the HTML long before its script has run.
      const box = page.locator('#search-header');
      await box.waitFor({ timeout: 120_000 });
      await box.click();
      await page.keyboard.type(queryFor(locale));
      const dialog = page.getByRole('dialog', { name: t.dialogTitle });
      await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 150_000 });
      await expect(dialog.getByRole('combobox')).toHaveValue(queryFor(locale));
      expect(await errors()).toEqual([]);
      // The index came through the slow link, so the test measured what it says.
      expect(proxy.requested().some((path) => path.includes('/search-index/'))).toBe(true);
    });
  }
});
