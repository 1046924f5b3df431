import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contactPaths, locales, newerArticlePaths, pageTypes } from './pages';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`WCAG 2.2 AA in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const locale of locales) {
      test(`every page type in ${locale} has no axe violation`, async ({ page }) => {
        // A page and its axe run take up to 20 s on the busy 2-core machine (see the articles below).
        const pages = pageTypes(locale);
        test.setTimeout(pages.length * 20_000);
        for (const { name, path } of pages) {
          await page.goto(path);
          if (path.includes('/search?')) await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
          expect(await violations(page), `${name}: ${path}`).toEqual([]);
        }
      });

      test(`the articles added on 7 December in ${locale} have no axe violation`, async ({ page }) => {
        // An article page takes axe longer than a contact step: long bodies, tables, many links.
        const paths = newerArticlePaths(locale);
        test.setTimeout(paths.length * 20_000);
        for (const path of paths) {
          await page.goto(path);
          expect(await violations(page), path).toEqual([]);
        }
      });

      test(`every step of the contact router in ${locale}, form included, has no axe violation`, async ({ page }) => {
        // Each step loads a page and runs axe: a few seconds apiece on the busy 2-core machine, so the
        // budget grows with the router (32 steps per language since the refund, fee and complaint routes).
        const paths = contactPaths(locale);
        test.setTimeout(paths.length * 12_000);
        for (const path of paths) {
          await page.goto(path);
          expect(await violations(page), path).toEqual([]);
        }
      });

      test(`the search dialog in ${locale}, open with results, has no axe violation`, async ({ page }) => {
        await page.goto(`/${locale}`);
        await page.locator('#search-header').click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await dialog.getByRole('combobox').fill('otp');
        await expect(dialog.getByRole('option').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('a keyboard-only reader searches, opens an article and reaches contact', async ({ page }) => {
  await page.goto('/en');
  // Skip link first, then the site name, then the search box in the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  let reachedSearch = false;
  for (let step = 0; step < 8 && !reachedSearch; step++) {
    await page.keyboard.press('Tab');
    reachedSearch = await page.locator('#search-header').evaluate((element) => element === document.activeElement);
  }
  expect(reachedSearch).toBe(true);
  await page.keyboard.type('declined');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/articles\//);

  // From the article, Tab to the "Contact support" button at its end and press Enter.
  const contact = page.getByRole('complementary', { name: 'Still need help?' }).getByRole('link', { name: 'Contact support' });
  let onContact = false;
  for (let step = 0; step < 120 && !onContact; step++) {
    await page.keyboard.press('Tab');
    onContact = await contact.evaluate((element) => element === document.activeElement);
  }
  expect(onContact).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/contact$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
