import { expect, test, type Page } from '@playwright/test';
import { getDictionary } from '../../lib/i18n';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  // Pressed again until the page has hydrated and listens for it.
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.locator('body').press('Control+k');
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  return dialog;
}

const cases = [
  { locale: 'en', query: 'NOT CAPTURED', pasted: 'Transaction status: NOT CAPTURED. Please try again.', anchor: 'not-captured' },
  { locale: 'en', query: 'HOST TIMEOUT', pasted: 'HOST TIMEOUT', anchor: 'host-timeout' },
  { locale: 'ar', query: 'NOT CAPTURED', pasted: 'حالة العملية: NOT CAPTURED', anchor: 'not-captured' },
] as const;

for (const { locale, query, pasted, anchor } of cases) {
  test(`/${locale} at 360px: a pasted “${pasted}” opens its section, highlighted below the header`, async ({ page }) => {
    const t = getDictionary(locale).search;
    await page.goto(`/${locale}`);
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill(pasted);
    const first = dialog.getByRole('option').first();
    await expect(first).toHaveAttribute('data-href', `/${locale}/articles/knet-payment-page-messages#${anchor}`);
    await expect(first).toContainText(t.inSection);
    const dialogHrefs = await dialog.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('data-href')));

    await dialog.getByRole('combobox').press('ArrowDown');
    await dialog.getByRole('combobox').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/articles/knet-payment-page-messages#${anchor}$`));

    const heading = page.locator(`[id="${anchor}"]`);
    await expect(heading).toHaveCSS('border-inline-start-width', '4px');
    expect(await heading.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // Its section (what follows it, up to the next heading) is marked too; the next section is not.
    const next = heading.locator('xpath=following-sibling::*[1]');
    await expect(next).toHaveCSS('border-inline-start-width', '4px');
    const nextHeading = heading.locator('xpath=following-sibling::*[self::h2 or self::h3][1]');
    await expect(nextHeading).toHaveCSS('border-inline-start-width', '0px');
    // On screen, under the header, not under it.
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        const header = await page.locator('header').first().boundingBox();
        const headerBottom = header && header.y + header.height > 0 ? header.y + header.height : 0;
        return Boolean(box && box.y >= headerBottom && box.y < 740);
      })
      .toBe(true);

    // The results page lists the same results, linking to the same section: the same first three in
    // the same order, and every other result the dialog showed. Below the first three the order may
    // differ on a sharded index: the page scores 50 candidate articles where the dialog scores 16,
    // and Fuse's record limit then falls differently (README, "Search in the browser").
    await page.goto(`/${locale}/search?q=${encodeURIComponent(pasted)}`);
    const links = page.getByRole('main').getByRole('list', { name: t.resultsLabel }).getByRole('link');
    await expect(links.first()).toHaveAttribute('href', `/${locale}/articles/knet-payment-page-messages#${anchor}`);
    const pageHrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(pageHrefs.slice(0, 3)).toEqual(dialogHrefs.slice(0, 3));
    expect(pageHrefs).toEqual(expect.arrayContaining(dialogHrefs));
    void query;
  });
}
