import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articlePath } from '@/lib/paths';
import { locales } from './pages';

/** Where the PDFs are kept for a person to look at (pdftoppm -png turns them into pictures). */
const pdfDir = path.join('test-results', 'print');

const printedSlug = 'contact-knet-or-your-bank';

for (const locale of locales) {
  test(`a printed article in ${locale}: link addresses after their text, nothing to tap, the text from the top of the first page`, async ({ page }) => {
    // An article with a table, links to other articles and a source on another site (most sources
    // name a document without a link since home-page addresses were dropped on 7 December).
    await page.goto(articlePath(locale, printedSlug));
    await page.emulateMedia({ media: 'print' });
    mkdirSync(pdfDir, { recursive: true });
    const pdf = await page.pdf({ path: path.join(pdfDir, `${locale}-${printedSlug}.pdf`), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    const printed = await page.evaluate(() => {
      const after = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element, '::after').content : null;
      };
      const shown = (selector: string) => [...document.querySelectorAll(selector)].some((element) => getComputedStyle(element).display !== 'none');
      const table = document.querySelector('.article-body .table-scroll');
      return {
        internalHref: document.querySelector('.article-body a[href^="/"]')?.getAttribute('href'),
        internal: after('.article-body a[href^="/"]'),
        externalHref: document.querySelector('.article-sources a[href^="http"]')?.getAttribute('href'),
        external: after('.article-sources a[href^="http"]'),
        inPage: (() => {
          // The article has no link within the page: one is added to check that such a link prints no address.
          const link = document.querySelector('.article-body p')!.appendChild(Object.assign(document.createElement('a'), { href: '#sources', textContent: 'x' }));
          return getComputedStyle(link, '::after').content;
        })(),
        interactive: Object.fromEntries(
          ['#feedback', '[role="search"]', '.site-menu', 'body > header', '.toc-fold', '.breadcrumbs', '.article-end'].map((selector) => [selector, shown(selector)]),
        ),
        tableBreaks: table ? getComputedStyle(table).breakInside : null,
        rowBreaks: getComputedStyle(document.querySelector('.article-body tr')!).breakInside,
        h1Top: document.querySelector('h1')!.getBoundingClientRect().top + window.scrollY,
      };
    });
    // The path after the site's address (SITE_URL, or the local one in a test build); another site's address as it is.
    expect(printed.internalHref).toMatch(new RegExp(`^/${locale}/`));
    expect(printed.internal).toMatch(new RegExp(`^" \\(https?://[^/"]+${printed.internalHref}\\)"$`));
    expect(printed.externalHref).toMatch(/^https:\/\//);
    expect(printed.external).toBe(`" (${printed.externalHref})"`);
    expect(printed.inPage).toBe('none');
    expect(printed.interactive).toEqual(Object.fromEntries(Object.keys(printed.interactive).map((selector) => [selector, false])));
    // A long table breaks between its rows, not before it: kept whole, it left most of page one empty.
    expect(printed.tableBreaks).toBe('auto');
    expect(printed.rowBreaks).toBe('avoid');
    expect(printed.h1Top).toBeLessThan(48);

  });
}
