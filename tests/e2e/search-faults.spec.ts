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
  test('the dialog opens for words typed into the box even when its code is lost on the way the first times', async ({ page }) => {
    await page.goto('/en/articles/knet-payment-page-messages');
    await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
    // Every script asked for in the next two seconds is lost, as on a bad connection: the dialog's code among them.
    let lostUntil = 0;
    let lost = 0;
    await page.route('**/_next/static/chunks/**', (route) => {
      if (Date.now() < lostUntil) {
        lost += 1;
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    lostUntil = Date.now() + 2000;
    // One input event, as when the typing is over before the code could arrive: nothing else will ask for it.
    await page.locator('#search-header').fill('declined');
    const dialog = page.getByRole('dialog', { name: t.dialogTitle });
    await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
    await expect(dialog.getByRole('combobox')).toHaveValue('declined');
    expect(lost).toBeGreaterThan(0);
  });

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

  test('offline, a query the loaded index answers works without a page load; one that needs more of a sharded index says search needs a connection, and is answered when it is back', async ({ page, context }) => {
    let kind: string | undefined;
    page.on('response', (response) => {
      if (indexUrl.test(new URL(response.url()).pathname)) void response.json().then((payload: { kind?: string }) => (kind = payload.kind));
    });
    // The core only: the dialog shows the popular articles, which it holds, and nothing is searched.
    await page.goto('/en/search');
    const dialog = await openDialog(page);
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    expect(kind).toBeDefined();
    // A page load would lose this.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await context.setOffline(true);

    const main = page.getByRole('main');
    const box = main.getByRole('searchbox');
    const results = main.getByRole('list', { name: t.resultsLabel });
    await box.fill('gift card');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=gift%20card$/);
    if (kind === 'sharded') {
      // Its postings and articles are files of their own, not fetched yet: said plainly, not "could not load".
      await expect(main.getByRole('status')).toHaveText(t.offline);
      await context.setOffline(false);
    }
    await expect(results.getByRole('link').first()).toContainText(/gift card/i);

    // Everything that query needed is here now: offline again, it and the dialog still answer.
    await context.setOffline(true);
    await box.fill('GIFT CARD');
    await box.press('Enter');
    await expect(main.getByRole('status')).toContainText('GIFT CARD');
    await expect(results.getByRole('link').first()).toContainText(/gift card/i);
    await openDialog(page);
    await dialog.getByRole('combobox').fill('gift card');
    await expect(dialog.getByRole('option').first()).toContainText(/gift card/i);
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
