import { expect, test, type Page } from '@playwright/test';
import { articlePath } from '@/lib/paths';
import { locales } from './pages';

/**
 * Addresses and codes never break inside, in either language, on the narrowest phones: a reader
 * scanning for "kpay.com.kw" must not find it at the start of a line inside "secure-kpay.com.kw".
 * (pay.amazon.com/help is a link's text, in the Amazon Pay help article.)
 * The addresses are listed here, not taken from the renderer's own pattern, so an address the
 * renderer misses still fails.
 */
const articles = ['recognize-phishing-and-scams', 'fake-delivery-and-fee-messages', 'suspect-a-security-issue', 'knet-payment-page-messages', 'incorrect-card-details', 'amazon-pay-help-pages'];
const addresses = ['secure-kpay.com.kw', 'kpay.com.kw.example.com', '.kpay.com.kw', 'kpay.com.kw', 'pay.amazon.com/help', 'moci.gov.kw', 'amazon.com/reportascam', 'amazon.co.uk/reportascam'];
/** The addresses in the message check's list of signs (interface text, not an article). */
const checklistAddresses = ['secure-kpay.com.kw', 'www.amazon.ae.refund-kw.com', 'talabat-refunds.net', 'secure-bank-kw.com', 'kw-post-delivery.com', 'pay-fine.example/moci.gov.kw', 'www.aramex.com'];

interface Found {
  text: string;
  lines: number;
  wrapper: { rects: number; direction: string; bidi: string } | null;
}

/** Every occurrence of the addresses in the article's text (or another part of the page): how many lines it is drawn on, and its wrapper. */
async function findAddresses(page: Page, wanted = addresses, within = '.article-body'): Promise<Found[]> {
  return page.locator(within).evaluate((body, wanted) => {
    const found: Found[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // Longest first, so "kpay.com.kw" inside "secure-kpay.com.kw" is counted once, as the longer.
      const taken: [number, number][] = [];
      for (const address of wanted) {
        for (let at = text.indexOf(address); at !== -1; at = text.indexOf(address, at + 1)) {
          const end = at + address.length;
          if (taken.some(([from, to]) => at < to && end > from)) continue;
          if (/[\p{L}\p{N}-]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}-]/u.test(text[end] ?? '')) continue;
          taken.push([at, end]);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, end);
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          const element = node.parentElement?.closest('.keep-whole, .nowrap') ?? null;
          const style = element ? getComputedStyle(element) : null;
          found.push({
            text: address,
            lines: tops.size,
            wrapper: element && style ? { rects: element.getClientRects().length, direction: style.direction, bidi: style.unicodeBidi } : null,
          });
        }
      }
    }
    return found;
  }, wanted);
}

/** The soft expectations every address found is held to. */
function expectWhole(found: readonly Found[], where: string) {
  for (const address of found) {
    expect.soft(address.lines, `${where}: "${address.text}" is drawn on ${address.lines} lines`).toBe(1);
    expect.soft(address.wrapper, `${where}: "${address.text}" is in an element that keeps it whole`).not.toBeNull();
    expect.soft(address.wrapper?.rects, `${where}: "${address.text}"`).toBe(1);
    expect.soft(address.wrapper?.direction, `${where}: "${address.text}" runs left to right`).toBe('ltr');
    expect.soft(address.wrapper?.bidi, `${where}: "${address.text}" is isolated from the text around it`).toBe('isolate');
  }
}

for (const width of [320, 360]) {
  test.describe(`a ${width}px phone`, () => {
    test.use({ viewport: { width, height: 640 } });

    for (const locale of locales) {
      test(`addresses in the scam and security articles stay on one line, isolated, in ${locale}`, async ({ page }) => {
        test.setTimeout(120_000);
        const seen = new Set<string>();
        for (const slug of articles) {
          await page.goto(articlePath(locale, slug));
          const found = await findAddresses(page);
          for (const address of found) seen.add(address.text);
          expectWhole(found, slug);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${slug} scrolls sideways`).toBeLessThanOrEqual(0);
        }
        // The test would pass on a page with no addresses: these must have been found.
        expect([...seen].sort()).toEqual([...addresses].sort());
      });

      test(`addresses in the message check's list of signs stay on one line, isolated, in ${locale}`, async ({ page }) => {
        await page.goto(`/${locale}/check-message`);
        const found = await findAddresses(page, checklistAddresses, '.message-checklist-section');
        expectWhole(found, 'check-message');
        expect([...new Set(found.map((address) => address.text))].sort()).toEqual([...checklistAddresses].sort());
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'the page scrolls sideways').toBeLessThanOrEqual(0);
      });
    }
  });
}
