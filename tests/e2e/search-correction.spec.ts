import { expect, test } from '@playwright/test';
import { getDictionary } from '../../lib/i18n';

const t = getDictionary('en').search;

test('a typo is searched as corrected, says so, and can be searched as typed instead', async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent('verfiy my card')}`);
  const main = page.getByRole('main');
  await expect(main.getByText(/Showing results for “verify my card”/)).toBeVisible();
  await expect(main.getByRole('list', { name: t.resultsLabel }).getByRole('link').first()).toBeVisible();
  await main.getByRole('button', { name: t.searchInsteadFor('verfiy my card') }).click();
  await expect(main.getByText(/Showing results for/)).toHaveCount(0);
});
