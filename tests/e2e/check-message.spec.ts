import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ar } from '@/lib/i18n/dictionaries/ar';
import { en } from '@/lib/i18n/dictionaries/en';
import { messageSignKinds } from '@/lib/message-check';
import { checkMessagePath, contactPath, homePath, searchPath } from '@/lib/paths';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const dictionaries = { en, ar } as const;

/**
 * Messages for each language: a fake parcel fee (with the words that must never leave the page)
 * and a bank's one-time code (the code must never be shown or sent).
 */
const messages = {
  en: {
    scam: 'Kuwait Post: your parcel is held. Pay the 0.500 KD delivery fee within 24 hours or it will be returned: https://kwpost-fee.top/pay',
    scamHost: 'kwpost-fee.top',
    scamSigns: ['neverAsks', 'link', 'payment', 'pressure'],
    code: 'NBK: 582914 is your OTP for a purchase of KWD 12.500 at AMAZON.AE. Never share it.',
    codeDigits: ['582914'],
  },
  ar: {
    scam: 'بريد الكويت: شحنتك بانتظار دفع رسوم التوصيل ٠٫٥٠٠ د.ك خلال ٢٤ ساعة والا سيتم ارجاعها. ادفع الرسوم من هنا: kw-post.delivery-fee.cc',
    scamHost: 'kw-post.delivery-fee.cc',
    scamSigns: ['neverAsks', 'link', 'payment', 'pressure'],
    code: 'رمز التحقق لمرة واحدة ٤٨٢٩١٣ لعملية شراء بقيمة ١٢٫٥٠٠ د.ك لدى AMAZON.AE',
    codeDigits: ['٤٨٢٩١٣', '482913'],
  },
} as const;

/** Every request the page makes from now on, with its body, decoded: to prove the message stays on the page. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  page.on('request', (request) => requests.push(decode(`${request.method()} ${request.url()} ${request.postData() ?? ''}`)));
  return requests;
}

// Pages, search and axe on the shared 2-core machine: each test loads a page or two and may run axe.
test.describe.configure({ timeout: 90_000 });

/** Whether `first` comes before `second` in the document. */
async function precedes(first: Locator, second: Locator): Promise<boolean> {
  const handle = await second.elementHandle();
  return first.evaluate((element, other) => Boolean(other && element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING), handle);
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const locale of ['en', 'ar'] as const) {
  const t = dictionaries[locale].messageCheck;
  const message = messages[locale];

  test.describe(`the message check in ${locale}`, () => {
    test('checks a scam on the page, names its signs, and sends the message nowhere', async ({ page }) => {
      await page.goto(checkMessagePath(locale));
      const check = page.getByRole('button', { name: t.check });
      // Enabled once the page's script runs (a busy machine can take a while to get there).
      await expect(check).toBeEnabled({ timeout: 20_000 });
      const requests = recordRequests(page);
      await page.getByRole('textbox', { name: t.label }).fill(message.scam);
      await check.click();

      const verdict = page.locator('[data-message-check]');
      await expect(verdict).toHaveAttribute('data-message-check', 'scam');
      await expect(verdict.getByRole('heading', { name: t.verdict.scam.title })).toBeFocused();
      for (const sign of message.scamSigns) await expect(verdict.locator(`[data-sign="${sign}"]`)).toContainText(t.signs[sign]);
      await expect(verdict.locator('[data-sign="link"]')).toContainText(message.scamHost);
      for (const line of t.advice.scam) await expect(verdict).toContainText(line);
      expect(await axeViolations(page)).toEqual([]);

      await page.waitForLoadState('networkidle');
      expect(requests.filter((request) => request.includes(message.scamHost) || request.includes(message.scam.slice(0, 20)))).toEqual([]);
    });

    test('recognises a one-time code, says what it is for, and masks it in the box and the verdict', async ({ page }) => {
      await page.goto(checkMessagePath(locale));
      await expect(page.getByRole('button', { name: t.check })).toBeEnabled({ timeout: 20_000 });
      const requests = recordRequests(page);
      const box = page.getByRole('textbox', { name: t.label });
      await box.fill(message.code);
      await page.getByRole('button', { name: t.check }).click();

      const verdict = page.locator('[data-message-check]');
      await expect(verdict).toHaveAttribute('data-message-check', 'code');
      await expect(verdict).toContainText(t.verdict.code.title);
      await expect(verdict).toContainText('AMAZON.AE');
      await expect(verdict).toContainText(t.hidden);
      await expect(box).toHaveValue(/•••/);
      const onScreen = `${await box.inputValue()} ${await page.locator('body').innerText()}`;
      for (const digits of message.codeDigits) expect(onScreen).not.toContain(digits);
      expect(await axeViolations(page)).toEqual([]);

      await page.waitForLoadState('networkidle');
      expect(requests.filter((request) => message.codeDigits.some((digits) => request.includes(digits)))).toEqual([]);
    });

    test('says what to fix when the box is empty', async ({ page }) => {
      await page.goto(checkMessagePath(locale));
      await expect(page.getByRole('button', { name: t.check })).toBeEnabled({ timeout: 20_000 });
      await page.getByRole('button', { name: t.check }).click();
      const box = page.getByRole('textbox', { name: t.label });
      await expect(box).toBeFocused();
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(t.empty)).toBeVisible();
      await expect(page.locator('[data-message-check]')).toHaveCount(0);
    });

    test('the search dialog shows the verdict above the results for a pasted scam, and keeps the message out of any address', async ({ page }) => {
      await page.goto(homePath(locale));
      await page.locator('#search-header').click();
      const dialog = page.getByRole('dialog');
      const combobox = dialog.getByRole('combobox');
      await expect(combobox).toBeFocused();
      const requests = recordRequests(page);
      await combobox.fill(message.scam);

      const verdict = dialog.locator('[data-message-check]');
      await expect(verdict).toHaveAttribute('data-message-check', 'scam', { timeout: 20_000 });
      await expect(verdict).toContainText(t.signs.link);
      await expect(dialog.locator('[aria-live="polite"]')).toHaveText(t.verdict.scam.title);
      // Above the results: the list of articles comes after it (whether search has answered yet or not).
      expect(await precedes(verdict, dialog.getByRole('listbox', { includeHidden: true }))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Enter would open the results page, whose address would carry the message: it stays here.
      await combobox.press('Enter');
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await page.waitForLoadState('networkidle');
      expect(requests.filter((request) => request.includes(message.scamHost))).toEqual([]);
    });

    test('the results page shows the verdict above the articles for a pasted message', async ({ page }) => {
      await page.goto(searchPath(locale, message.scam));
      const main = page.getByRole('main');
      const verdict = main.locator('[data-message-check]');
      await expect(verdict).toHaveAttribute('data-message-check', 'scam', { timeout: 20_000 });
      await expect(verdict.getByRole('heading', { level: 2, name: t.verdict.scam.title })).toBeVisible();
      // Above the results: the search's status line and the articles come after it.
      expect(await precedes(verdict, main.getByRole('status'))).toBe(true);
    });
  });

  test.describe(`the message check in ${locale} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('is the checklist of signs, with nothing that could send the message', async ({ page, request }) => {
      // Chromium parses <noscript> as if scripts ran even when a test turns them off, so its note is read from the markup.
      expect(await (await request.get(checkMessagePath(locale))).text()).toContain(`<noscript><p class="help-box mt-6">${t.noScript}</p></noscript>`);
      await page.goto(checkMessagePath(locale));
      for (const sign of messageSignKinds) await expect(page.getByText(t.signsWhy[sign])).toBeVisible();
      await expect(page.getByRole('heading', { name: t.strongTitle })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.weakTitle })).toBeVisible();
      // The box is not in a form, and its button does nothing: nothing can be submitted.
      const box = page.locator('textarea');
      expect(await box.evaluate((element) => element.closest('form') === null)).toBe(true);
      await expect(page.getByRole('button', { name: t.check, includeHidden: true })).toBeDisabled();
      await expect(page.locator('[data-message-check]')).toHaveCount(0);
    });

    test('is linked from the home page and from the contact route for fee messages', async ({ page }) => {
      await page.goto(homePath(locale));
      await expect(page.getByRole('link', { name: dictionaries[locale].home.checkMessageLink })).toHaveAttribute('href', checkMessagePath(locale));
      await page.goto(contactPath(locale, 'fee-message'));
      await expect(page.getByRole('link', { name: dictionaries[locale].contact.checkMessage })).toHaveAttribute('href', checkMessagePath(locale));
    });
  });
}

test('the failed-search beacon carries a query that found nothing, never a pasted message', async ({ page }) => {
  const sent: unknown[] = [];
  await page.route('**/api/search-gaps', async (route) => {
    sent.push(JSON.parse(route.request().postDataBuffer()?.toString() ?? 'null'));
    await route.continue();
  });
  await page.goto('/en');
  for (const query of ['zzqxv wqpzk', messages.en.scam]) {
    await page.locator('#search-header').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill(query);
    // The dialog's answer, with results or none, before leaving the search.
    await expect(dialog.getByRole('status')).toContainText(query === messages.en.scam ? 'result' : en.search.noResultsTitle(query), { timeout: 20_000 });
    if (query === messages.en.scam) await expect(dialog.locator('[data-message-check]')).toBeVisible();
    await page.keyboard.press('Escape');
  }
  const beacon = page.waitForRequest((request) => request.url().endsWith('/api/search-gaps'));
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await beacon;
  await expect.poll(() => sent).toEqual([[{ locale: 'en', query: 'zzqxv wqpzk', results: 0 }]]);
});
