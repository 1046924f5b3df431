import { gzipSync } from 'node:zlib';
import { expect, test, type BrowserContext } from '@playwright/test';
import { getDictionary, locales, type Locale } from '../../lib/i18n';

/**
 * Interface text of each language that the other language's dictionary does not hold: from the
 * search block (the dialog's and the results page's own text) and from other blocks (a whole
 * dictionary bundled by mistake carries those too).
 */
function distinctiveText(locale: Locale): string[] {
  const t = getDictionary(locale);
  return [
    t.search.loadError,
    t.search.noResultsText,
    t.search.emptyPrompt,
    t.search.sensitiveAdvice,
    t.search.contactText,
    t.site.disclaimer,
    t.home.messagesLabel,
  ];
}

/** Every script the browser receives (the page's and any worker's), by URL. */
function collectScripts(context: BrowserContext): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  context.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || response.url().endsWith('.js')) scripts.set(response.url(), response.text().catch(() => ''));
  });
  return scripts;
}

for (const locale of locales) {
  const other = locales.find((candidate) => candidate !== locale)!;
  const query = locale === 'en' ? 'declined' : 'مرفوضة';

  test(`search on /${locale} loads no script carrying ${other} interface text`, async ({ context, page }) => {
    const scripts = collectScripts(context);
    // A page with the search box, its dialog opened and answering, then the results page.
    await page.goto(`/${locale}/articles/knet-payment-page-messages`);
    await page.waitForLoadState('networkidle');
    const before = new Set(scripts.keys());
    await page.locator('#search-header').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill(query);
    await expect(dialog.getByRole('option').first()).toBeVisible();
    const searchScripts = new Set([...scripts.keys()].filter((url) => !before.has(url)));
    await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('main').getByRole('list', { name: getDictionary(locale).search.resultsLabel })).toBeVisible();
    await page.waitForLoadState('networkidle');

    const bodies = await Promise.all([...scripts].map(async ([url, body]) => ({ url, body: await body })));
    expect(bodies.length).toBeGreaterThan(0);
    const leaks = bodies.flatMap(({ url, body }) =>
      distinctiveText(other)
        .filter((text) => body.includes(text))
        .map((text) => `${new URL(url).pathname}: “${text.slice(0, 40)}…”`),
    );
    expect(leaks).toEqual([]);

    // The figure for the README: what the first search adds to the article page.
    const searchBytes = bodies.filter(({ url }) => searchScripts.has(url)).map(({ url, body }) => `${new URL(url).pathname} ${gzipSync(body, { level: 9 }).length}`);
    test.info().annotations.push({ type: 'search scripts (bytes gzip, level 9)', description: searchBytes.join(', ') });
  });
}
