import { expect, test, type Page } from '@playwright/test';
import { getDictionary } from '../../lib/i18n';

const t = getDictionary('en').search;
/** The index of a build: `/en/search-index/<build>/index.json`. */
const indexUrl = /\/en\/search-index\/[0-9a-f]+\/index\.json$/;

async function openDialog(page: Page) {
  // The shortcut: the results page has its own box, and the header's is hidden there.
  const dialog = page.getByRole('dialog', { name: t.dialogTitle });
  // Pressed again until the page has hydrated and listens for it.
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.locator('body').press('Control+k');
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  return dialog;
}

test.describe('search faults a reader can recover from', () => {
  test('an index request that never answers says so after a few seconds and offers Try again, which works', async ({ page }) => {
    let stall = true;
    await page.route(indexUrl, (route) => (stall ? undefined : route.continue()));
    await page.goto('/en/articles/knet-payment-page-messages');
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('declined');
    // "Loading search…", then how much of the index has come (none: its request never answers).
    const loadingProgress = t.loadingProgress('RECEIVED', 'TOTAL').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('RECEIVED', '0').replace('TOTAL', '\\d+');
    await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^(?:${t.loading}|${loadingProgress})$`));
    // The limit is reckoned from the index's size and the connection (at least 8 s; 12 s where the browser says nothing of it).
    await expect(dialog.getByRole('status')).toHaveText(t.stalled, { timeout: 30_000 });
    await expect(dialog.getByText(t.loading)).toHaveCount(0);
    stall = false;
    await dialog.getByRole('button', { name: t.retry }).click();
    await expect(dialog.getByRole('option').first()).toBeVisible();
  });

  test('the results page keeps the results the server found when the index stalls, and says so for the next query', async ({ page }) => {
    await page.route(indexUrl, () => undefined);
    await page.goto('/en/search?q=declined');
    const main = page.getByRole('main');
    // Answered on the server: the reader has results whatever becomes of the index.
    await expect(main.getByRole('list', { name: t.resultsLabel }).getByRole('link').first()).toBeVisible();
    await main.getByRole('searchbox').fill('gift card');
    await main.getByRole('searchbox').press('Enter');
    await expect(main.getByRole('status')).toHaveText(t.stalled, { timeout: 30_000 });
    await expect(main.getByRole('button', { name: t.retry })).toBeVisible();
  });

  test('offline, once the index is loaded, new queries work in the dialog and on the results page without a page load', async ({ page, context }) => {
    // Searched in the browser from the page with no query (a query's address would be answered by
    // the server, whose results show before the browser's index has fetched what a query needs).
    await page.goto('/en/search');
    await page.getByRole('main').getByRole('searchbox').fill('declined');
    await page.getByRole('main').getByRole('searchbox').press('Enter');
    const results = page.getByRole('main').getByRole('list', { name: t.resultsLabel });
    await expect(results.getByRole('link').first()).toBeVisible();
    // The dialog was opened once online, so its code is here.
    await openDialog(page);
    await page.keyboard.press('Escape');
    // A page load would lose this.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await context.setOffline(true);

    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill('gift card');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=gift%20card$/);
    await expect(page.getByRole('main').getByRole('status')).toContainText('gift card');
    await expect(results.getByRole('link').first()).toContainText(/gift card/i);

    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('NOT CAPTURED');
    await expect(dialog.getByRole('option').first()).toContainText('What does the message on the KNET payment page mean?');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  });

  test('offline before the index loads, focusing the box says search needs a connection', async ({ page, context }) => {
    await page.goto('/en/articles/knet-payment-page-messages');
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.locator('#search-header').focus();
    await expect(page.getByText(t.offline)).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByText(t.offline)).toBeHidden();
  });

  test('the dialog says search needs a connection when its code is here but the index cannot come', async ({ page, context }) => {
    let cutOff: () => void = () => undefined;
    const offline = new Promise<void>((resolve) => (cutOff = resolve));
    await page.route(indexUrl, async (route) => {
      await offline;
      await route.abort('internetdisconnected');
    });
    await page.goto('/en/articles/knet-payment-page-messages');
    const dialog = await openDialog(page);
    await context.setOffline(true);
    cutOff();
    await expect(dialog.getByRole('status')).toHaveText(t.offline);
    await expect(dialog.getByRole('button', { name: t.retry })).toBeVisible();
  });

  for (const where of ['dialog', 'results page'] as const) {
    test(`an index from another build is refused with the load error in the ${where}, not shown as no results`, async ({ page }) => {
      await page.route(indexUrl, async (route) => {
        const response = await route.fetch();
        const payload = (await response.json()) as { build: string };
        await route.fulfill({ response, json: { ...payload, build: 'another-build' } });
      });
      if (where === 'dialog') {
        await page.goto('/en/articles/knet-payment-page-messages');
        const dialog = await openDialog(page);
        await dialog.getByRole('combobox').fill('declined');
        await expect(dialog.getByRole('status')).toHaveText(t.loadError);
        await expect(dialog.getByRole('option')).toHaveCount(0);
        await expect(dialog.getByText(t.noResultsText)).toBeHidden();
      } else {
        // The server's results stand; the next query, which needs the browser's index, says it could not load.
        await page.goto('/en/search?q=declined');
        const main = page.getByRole('main');
        await expect(main.getByRole('list', { name: t.resultsLabel }).getByRole('link').first()).toBeVisible();
        await main.getByRole('searchbox').fill('gift card');
        await main.getByRole('searchbox').press('Enter');
        await expect(main.getByRole('status')).toHaveText(t.loadError);
        await expect(page.getByText(t.noResultsText)).toBeHidden();
      }
    });
  }
});
