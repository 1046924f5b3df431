import { expect, test } from '@playwright/test';
import { getDictionary } from '@/lib/i18n';
import { articlePath, contactPath } from '@/lib/paths';
import { locales } from './pages';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const slug = 'knet-payment-page-messages';

for (const locale of locales) {
  const t = getDictionary(locale).article.messageHelp;

  test(`a search deep link to NOT CAPTURED shows what to do first and who can help on the first screen, in ${locale}`, async ({ page }) => {
    await page.goto(articlePath(locale, slug, 'not-captured'));
    const heading = page.locator('[id="not-captured"]');
    await expect(heading).toBeInViewport();
    const section = heading.locator('xpath=following-sibling::*[1]');
    const urgent = section.getByText(t.noteKnetIds);
    const contact = section.getByRole('link', { name: t.contactLink });
    await expect(contact).toHaveAttribute('href', contactPath(locale, 'knet-message', 'not-captured'));
    // Below the header and within the first screen: nothing to scroll for.
    const header = await page.getByRole('banner').boundingBox();
    const headerBottom = header ? Math.max(0, header.y + header.height) : 0;
    for (const target of [urgent, contact]) {
      await expect(target).toBeInViewport({ ratio: 1 });
      const box = await target.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(headerBottom);
      expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    }
    // The link leads to a real step of the contact router.
    const response = await page.request.get(contactPath(locale, 'knet-message', 'not-captured'));
    expect(response.status()).toBe(200);
  });

  test(`every section headed by a listed message links to its contact step, in ${locale}`, async ({ page }) => {
    await page.goto(articlePath(locale, slug));
    const links = page.locator('.article-body .message-help a');
    // Ten message sections (card expired and invalid card number share one).
    await expect(links).toHaveCount(10);
    const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    for (const href of new Set(hrefs)) {
      expect(href).toMatch(new RegExp(`^/${locale}/contact/knet-message/`));
      expect((await page.request.get(href!)).status(), href!).toBe(200);
    }
  });
}
