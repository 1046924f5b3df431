import { expect, test, type Page } from '@playwright/test';
import { getDictionary } from '../../lib/i18n';
import { contactPaths, locales, pageTypes } from './pages';

/** Every article's address in one locale, from the sitemap (what the site really publishes). */
async function articlePaths(page: Page, locale: string): Promise<string[]> {
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...new Set(paths.filter((path) => path.startsWith(`/${locale}/articles/`)))];
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const width of [320, 360]) {
  test.describe(`a ${width}px phone`, () => {
    test.use({ viewport: { width, height: 568 } });

    for (const locale of locales) {
      test(`the header is one opaque row at most 72px tall, with one search entry, on every page type in ${locale}`, async ({ page }) => {
        for (const { name, path } of pageTypes(locale)) {
          await page.goto(path);
          const header = page.getByRole('banner');
          const box = await header.boundingBox();
          expect(box?.height, `${name}: ${path}`).toBeLessThanOrEqual(72);
          const style = await header.evaluate((element) => {
            const computed = getComputedStyle(element);
            return { background: computed.backgroundColor, backdrop: computed.backdropFilter, position: computed.position };
          });
          expect(style.background, `${name}: the header is opaque`).toMatch(/^rgb\(/);
          expect(style.backdrop, name).toBe('none');
          // One search entry on the page: the header's, or on the results page that page's own field.
          await expect(page.getByRole('search'), `${name}: ${path}`).toHaveCount(1);
          await expect(page.getByRole('searchbox'), `${name}: ${path}`).toHaveCount(1);
          await expect(page.getByRole('searchbox'), name).toBeVisible();
          if (!path.includes('/search?')) await expect(header.getByRole('searchbox'), name).toBeInViewport({ ratio: 1 });
          // The language switch and the menu are in the header too.
          await expect(header.getByRole('link', { name: getDictionary(locale === 'en' ? 'ar' : 'en').site.languageName }), name).toBeVisible();
          await expect(header.locator('summary'), name).toBeVisible();
        }
      });

      test(`the placeholders of the header field and the results page's field fit them in ${locale}`, async ({ page }) => {
        for (const [path, field] of [
          [`/${locale}`, '#search-header'],
          [`/${locale}/search?q=knet`, '#search-page-q'],
        ] as const) {
          await page.goto(path);
          const fits = await page.locator(field).evaluate((input: HTMLInputElement) => {
            const style = getComputedStyle(input);
            const canvas = document.createElement('canvas').getContext('2d')!;
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
            return { text: canvas.measureText(input.placeholder).width, room };
          });
          expect(fits.text, `${path} ${field}`).toBeLessThanOrEqual(fits.room);
        }
      });

      test(`the independent, never-asks-for-card-details line is on the first screen of every page in ${locale}`, async ({ page }) => {
        const t = getDictionary(locale);
        for (const { name, path } of [...pageTypes(locale), { name: 'contact result', path: `/${locale}/contact/declined/knet-page` }]) {
          await page.goto(path);
          const line = page.getByText(t.site.trustLine, { exact: true });
          await expect(line, `${name}: ${path}`).toBeVisible();
          await expect(line, `${name}: ${path}`).toBeInViewport({ ratio: 1 });
        }
      });

      test(`no page scrolls sideways in ${locale}`, async ({ page }) => {
        test.setTimeout(180_000);
        const paths = [...pageTypes(locale).map(({ path }) => path), ...contactPaths(locale), ...(await articlePaths(page, locale))];
        for (const path of new Set(paths)) {
          await page.goto(path);
          expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
        }
      });
    }
  });
}

test.describe('tables on a 320px phone', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  for (const locale of locales) {
    test(`every table cell of every ${locale} article lies within the screen, each row a card titled by its message`, async ({ page }) => {
      test.setTimeout(120_000);
      let tables = 0;
      for (const path of await articlePaths(page, locale)) {
        await page.goto(path);
        const cells = await page.locator('.article-body td').evaluateAll((elements) =>
          elements.map((cell) => {
            const rect = cell.getBoundingClientRect();
            const names = [...cell.querySelectorAll('.nowrap')].map((name) => {
              const box = name.getBoundingClientRect();
              return { left: box.left, right: box.right, lines: name.getClientRects().length };
            });
            return { text: cell.textContent ?? '', left: rect.left, right: rect.right, width: rect.width, names };
          }),
        );
        if (cells.length === 0) continue;
        tables++;
        for (const cell of cells) {
          expect(cell.left, `${path}: "${cell.text}"`).toBeGreaterThanOrEqual(0);
          expect(cell.right, `${path}: "${cell.text}"`).toBeLessThanOrEqual(320);
          // Readable: a cell has the card's width, not a sliver of a squeezed column.
          expect(cell.width, `${path}: "${cell.text}"`).toBeGreaterThan(200);
          for (const name of cell.names) {
            expect(name.lines, `${path}: "${cell.text}" stays on one line`).toBe(1);
            expect(name.right, `${path}: "${cell.text}"`).toBeLessThanOrEqual(320);
            expect(name.left, `${path}: "${cell.text}"`).toBeGreaterThanOrEqual(0);
          }
        }
        const scrolls = await page.locator('.table-scroll').evaluateAll((regions) => regions.map((region) => region.scrollWidth - region.clientWidth));
        for (const overflow of scrolls) expect(overflow, `${path}: the table does not scroll sideways`).toBeLessThanOrEqual(0);
      }
      expect(tables, 'articles with a table').toBeGreaterThan(0);
    });
  }

  test('the KNET messages table reads as cards: the message, then what it means and what to do, each named', async ({ page }) => {
    await page.goto('/en/articles/knet-payment-page-messages');
    const row = page.locator('.article-body tr', { hasText: 'NOT CAPTURED' }).first();
    const cells = row.locator('td');
    await expect(cells.nth(0)).toHaveText('NOT CAPTURED');
    await expect(cells.nth(1)).toHaveAttribute('data-label', 'What it means');
    await expect(cells.nth(2)).toHaveAttribute('data-label', 'What to do');
    const [title, meaning, action] = await Promise.all([0, 1, 2].map((index) => cells.nth(index).boundingBox()));
    // Stacked: each part below the one before, at the same start edge.
    expect(meaning!.y).toBeGreaterThan(title!.y + title!.height - 1);
    expect(action!.y).toBeGreaterThan(meaning!.y + meaning!.height - 1);
    expect(Math.abs(meaning!.x - title!.x)).toBeLessThan(2);
    expect(await cells.nth(1).evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('What it means');
  });

  test('in Arabic, NOT CAPTURED stays on one line in its own left-to-right run', async ({ page }) => {
    await page.goto('/ar/articles/knet-payment-page-messages');
    const name = page.locator('.article-body td .nowrap', { hasText: 'NOT CAPTURED' }).first();
    await expect(name).toHaveAttribute('dir', 'ltr');
    expect(await name.evaluate((element) => element.getClientRects().length)).toBe(1);
  });
});

test.describe('the home page', () => {
  test('offers every KNET message as a choice that opens its section of the messages article', async ({ page }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}`);
      const t = getDictionary(locale).home;
      const choices = page.getByRole('list', { name: t.messagesLabel }).getByRole('link');
      expect(await choices.count(), locale).toBeGreaterThanOrEqual(9);
      const hrefs = await choices.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href, locale).toMatch(new RegExp(`^/${locale}/articles/knet-payment-page-messages#.+`));
      await choices.filter({ hasText: 'NOT CAPTURED' }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/articles/knet-payment-page-messages#not-captured$`));
      await expect(page.locator('#not-captured')).toBeInViewport();
    }
  });

  test('comes in the order of a task: the failed payment, an order that did not arrive, a message to check, then topics as cards, then contact', async ({ page }) => {
    await page.goto('/en');
    const t = getDictionary('en');
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([t.home.messagesLabel, t.home.otherFailuresLabel, t.home.orderTitle, t.home.checkMessageTitle, t.home.browseTitle, t.home.contactTitle]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.home.paymentFailedTitle);
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    const categories = new Set(sitemap.match(/\/en\/categories\/[a-z0-9-]+(?=<)/g));
    const topics = page.getByRole('region', { name: t.home.browseTitle }).getByRole('link');
    await expect(topics).toHaveCount(categories.size);
    await expect(topics.first()).toContainText(/\d+ articles?/);
  });
});

test.describe('the article layout', () => {
  test('on a phone the answer comes first and the table of contents is folded; it opens on a tap', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/en/articles/knet-payment-page-messages');
    const t = getDictionary('en').article;
    const main = page.getByRole('main');
    const summary = main.locator('summary', { hasText: t.tocTitle });
    await expect(summary).toBeVisible();
    await expect(main.getByRole('navigation', { name: t.tocTitle })).toBeHidden();
    const answer = await main.locator('article header p').first().boundingBox();
    const toc = await summary.boundingBox();
    expect(answer!.y).toBeLessThan(toc!.y);
    // The folded contents take one line, so the article text starts on the first screen.
    await expect(main.locator('.article-body > p').first()).toBeInViewport();
    await summary.click();
    await expect(main.getByRole('navigation', { name: t.tocTitle })).toBeVisible();
  });

  test('on a wide screen the table of contents is open beside the article', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en/articles/knet-payment-page-messages');
    const t = getDictionary('en').article;
    const nav = page.getByRole('main').getByRole('navigation', { name: t.tocTitle });
    await expect(nav).toHaveCount(1);
    await expect(nav).toBeInViewport();
    const body = await page.locator('.article-body').boundingBox();
    const side = await nav.boundingBox();
    expect(side!.x).toBeGreaterThan(body!.x + body!.width);
  });
});

test.describe('the header menu without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

  test('opens and leads to the topics and the contact router', async ({ page }) => {
    for (const locale of locales) {
      const t = getDictionary(locale).nav;
      await page.goto(`/${locale}/articles/transaction-declined`);
      const header = page.getByRole('banner');
      await expect(header.getByRole('link', { name: t.contact })).toBeHidden();
      await header.locator('summary').click();
      const menu = header.getByRole('navigation', { name: t.mainLabel });
      await expect(menu.getByRole('link', { name: t.categories })).toBeVisible();
      await menu.getByRole('link', { name: t.contact }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/contact$`));
    }
  });
});

test('the badge of a result that lists the pasted message is a label, not a control', async ({ page }) => {
  await page.goto('/en/search?q=NOT%20CAPTURED');
  const badge = page.getByRole('main').getByText('Lists this error message').first();
  await expect(badge).toBeVisible();
  const style = await badge.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { border: computed.borderTopWidth, background: computed.backgroundColor, radius: computed.borderTopLeftRadius };
  });
  expect(style.border).toBe('0px');
  expect(style.background).toBe('rgba(0, 0, 0, 0)');
});

test('the footer has one link to the contact router, not two "Contact support" links to different places', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}`);
    const footer = page.getByRole('contentinfo');
    const links = await footer.getByRole('link').evaluateAll((elements) => elements.map((link) => ({ text: link.textContent ?? '', href: link.getAttribute('href') ?? '' })));
    const byText = new Map<string, Set<string>>();
    for (const { text, href } of links) byText.set(text, (byText.get(text) ?? new Set()).add(href));
    for (const [text, hrefs] of byText) expect(hrefs.size, `${locale}: "${text}"`).toBe(1);
    expect(links.filter((link) => link.href === `/${locale}/contact`), locale).toHaveLength(1);
  }
});
