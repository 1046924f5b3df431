import { expect, test, type Page } from '@playwright/test';
import { getDictionary } from '../../lib/i18n';

const cardNumber = '4111 1111 1111 1111';
const cardDigits = /4111\D?1111\D?1111\D?1111/;

/** Every request the page makes, with its body, decoded, to prove a secret never leaves the browser. */
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

/** What each failed-search beacon carries (Playwright reads a beacon's body only on a routed request). */
async function recordBeacons(page: Page): Promise<string[]> {
  const sent: string[] = [];
  await page.route('**/api/search-gaps', async (route) => {
    sent.push(route.request().postDataBuffer()?.toString() ?? '');
    await route.continue();
  });
  return sent;
}

/** What the browser does when the reader switches tabs or locks the phone: failed searches leave in a beacon. */
async function hidePage(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Every address the tab showed, so every history entry, decoded. */
function recordAddresses(page: Page): string[] {
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(decodeURIComponent(frame.url()));
  });
  return visited;
}

async function openDialogFromHeader(page: Page, text: string) {
  const box = page.locator('#search-header');
  await box.click();
  const dialog = page.getByRole('dialog', { name: 'Search the help center' });
  await expect(dialog).toBeVisible();
  const combobox = dialog.getByRole('combobox');
  await expect(combobox).toBeFocused();
  await combobox.fill(text);
  return { dialog, combobox };
}

test.describe('search', () => {
  test('nothing of search loads with a page; the first focus of a search box loads it', async ({ page }) => {
    const requests = recordRequests(page);
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    });
    await page.goto('/en');
    await page.waitForLoadState('networkidle');
    expect(requests.some((request) => request.includes('search-index'))).toBe(false);
    // fuse.js's Bitap error message is in its code and nowhere else.
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.some((script) => script.includes('Pattern length exceeds max'))).toBe(false);

    const indexRequest = page.waitForRequest((request) => /\/en\/search-index\/[0-9a-f]+\/index\.json$/.test(request.url()));
    await page.locator('#search-header').focus();
    await indexRequest;
  });

  test('typing in the header box shows results as you type, grouped by article, with matches marked', async ({ page }) => {
    await page.goto('/en');
    const { dialog } = await openDialogFromHeader(page, 'NOT CAPTURED');
    const options = dialog.getByRole('option');
    await expect(options.first()).toContainText('What does the message on the KNET payment page mean?');
    await expect(options.first()).toContainText('Lists this error message');
    await expect(options.first().locator('mark').first()).toBeVisible();
    const titles = await options.locator('[id$="-title"]').allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    await expect(dialog.getByRole('status')).toContainText('result');
  });

  test('typing straight into the header box opens the dialog, seeded with what was typed', async ({ page }) => {
    await page.goto('/en');
    await page.locator('#search-header').pressSequentially('unauthorised');
    const dialog = page.getByRole('dialog', { name: 'Search the help center' });
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await expect(dialog.getByRole('combobox')).toHaveValue(/^u/);
    await dialog.getByRole('combobox').fill('unauthorised charge');
    await expect(dialog.getByRole('option').first()).toContainText("I see a charge I didn't make");
    // Ctrl+K inside an open dialog does not stack a second one.
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-header')).toBeFocused();
    await expect(page.locator('#search-header')).toHaveValue('unauthorised charge');
  });

  test('arrow keys move through the results and Enter opens the article', async ({ page }) => {
    await page.goto('/en');
    const { dialog, combobox } = await openDialogFromHeader(page, 'giftcard');
    const options = dialog.getByRole('option');
    await expect(options.first()).toBeVisible();
    const count = await options.count();
    expect(count).toBeGreaterThan(1);

    await combobox.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await combobox.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await combobox.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(combobox).toBeFocused();

    await combobox.press('Enter');
    await expect(page).toHaveURL(/\/en\/articles\/(buy-amazon-gift-cards-with-knet|redeem-amazon-gift-card)/);
    await expect(dialog).toBeHidden();
  });

  test('a deep match links straight to its section', async ({ page }) => {
    await page.goto('/en');
    const { dialog, combobox } = await openDialogFromHeader(page, 'instalment plans');
    await expect(dialog.getByRole('option').first()).toContainText('Section:');
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await expect(page).toHaveURL(/\/en\/articles\/payment-method-not-accepted#/);
  });

  test('Ctrl+K, ⌘K and "/" open the dialog from anywhere; Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/en/articles/what-is-knet');
    const dialog = page.getByRole('dialog', { name: 'Search the help center' });
    const logo = page.getByRole('link', { name: 'KNET & Amazon Help' }).first();

    for (const shortcut of ['Control+k', 'Meta+k', '/']) {
      await logo.focus();
      await page.keyboard.press(shortcut);
      await expect(dialog, shortcut).toBeVisible();
      await expect(dialog.getByRole('combobox')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog, shortcut).toBeHidden();
      await expect(logo, shortcut).toBeFocused();
    }
  });

  test('"/" typed in a field is just a character', async ({ page }) => {
    await page.goto('/en/search');
    const field = page.locator('#search-page-q');
    await field.fill('');
    await field.press('/');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(field).toHaveValue('/');
  });

  test('the results page loads from a shareable URL, survives a reload and works with the back button', async ({ page }) => {
    await page.goto('/en/search?q=payment%20declined');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = page.getByRole('main').getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toHaveAttribute('href', '/en/articles/transaction-declined');
    await expect(page.getByRole('main').getByRole('status')).toContainText('for “payment declined”');
    await expect(page.locator('#search-page-q')).toHaveValue('payment declined');

    await page.reload();
    await expect(results.first()).toHaveAttribute('href', '/en/articles/transaction-declined');

    await page.locator('#search-page-q').fill('redeem gift card');
    await page.locator('#search-page-q').press('Enter');
    await expect(page).toHaveURL(/q=redeem\+gift\+card|q=redeem%20gift%20card/);
    await expect(results.first()).toHaveAttribute('href', '/en/articles/redeem-amazon-gift-card');

    await page.goBack();
    await expect(page).toHaveURL(/q=payment%20declined/);
    await expect(results.first()).toHaveAttribute('href', '/en/articles/transaction-declined');
  });

  test('the results page fetches a listed article only when the reader reaches for it', async ({ page }) => {
    const requests = recordRequests(page);
    const articleFetches = (slug: string) => requests.filter((request) => request.includes(`/en/articles/${slug}?_rsc=`));
    await page.goto('/en/search?q=payment%20declined');
    const results = page.getByRole('main').getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toHaveAttribute('href', '/en/articles/transaction-declined');
    // Every result and popular article is in view on a desktop screen; none is fetched ahead.
    await page.waitForLoadState('networkidle');
    expect(requests.filter((request) => /\/en\/articles\/[^?]+\?_rsc=/.test(request))).toEqual([]);

    await results.first().hover();
    await expect.poll(() => articleFetches('transaction-declined').length).toBeGreaterThan(0);
    await results.nth(1).focus();
    const second = (await results.nth(1).getAttribute('href'))!.split('/').pop()!;
    await expect.poll(() => articleFetches(second).length).toBeGreaterThan(0);

    await results.first().click();
    await expect(page).toHaveURL(/\/en\/articles\/transaction-declined$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('no results: says so, suggests close spellings and popular articles, and links to contact', async ({ page }) => {
    await page.goto('/en/search?q=vouxhrr');
    await expect(page.getByRole('heading', { name: 'No articles match “vouxhrr”' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'voucher' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Popular articles' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/en/contact');
  });

  test('a card number alone shows the notice, searches nothing and never reaches the URL, the history or a request', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/en');
    const historyLength = await page.evaluate(() => history.length);

    // In the dialog: a warning instead of results, and Enter goes nowhere.
    const { dialog, combobox } = await openDialogFromHeader(page, cardNumber);
    await expect(dialog.getByRole('alert')).toContainText('card number');
    await expect(dialog.getByRole('option')).toHaveCount(0);
    await combobox.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-header')).toHaveValue('');

    // In the results page's form: the submission is stopped.
    await page.goto('/en/search');
    await page.locator('#search-page-q').fill(cardNumber);
    await page.locator('#search-page-q').press('Enter');
    await expect(page.getByRole('main').getByRole('alert')).toContainText('card number');
    await expect(page).toHaveURL(/\/en\/search$/);

    expect(requests.filter((request) => cardDigits.test(request))).toEqual([]);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(cardDigits);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyLength + 1);
  });

  test('a card number already in a link is not searched, and is removed from the address bar', async ({ page }) => {
    await page.goto('/en/search?q=4111111111111111');
    // The server answers with a redirect to the results page's notice.
    await expect(page).toHaveURL(/\/en\/search#search-secret-removed$/);
    await expect(page.locator('#search-secret-removed')).toContainText('card number');
    await expect(page.getByRole('main').getByRole('list', { name: 'Search results' })).toHaveCount(0);
  });
});

/** A bank's SMS as readers paste it to ask whether it is real, and what search may send of it. */
const bankSms = {
  en: {
    text: 'Your OTP for KWD 12.500 at AMAZON is 482913. Do not share. is this real?',
    searched: 'Your OTP for KWD 12.500 at AMAZON is . Do not share. is this real?',
  },
  ar: {
    text: 'رمز التحقق ٤٨٢٩١٣ لعملية بقيمة 12.500 د.ك في امازون. لا تشاركه مع أحد. هل الرسالة حقيقية؟',
    searched: 'رمز التحقق لعملية بقيمة 12.500 د.ك في امازون. لا تشاركه مع أحد. هل الرسالة حقيقية؟',
  },
} as const;
const smsCode = /482913|٤٨٢٩١٣/;

test.describe('a pasted bank SMS is searched without its code', () => {
  for (const locale of ['en', 'ar'] as const) {
    const t = getDictionary(locale).search;
    const { text, searched } = bankSms[locale];

    test(`/${locale}: in the dialog, the notice, the code verdict and results; a pasted message is never put in an address, and no address, storage, request or beacon holds the code`, async ({
      page,
    }) => {
      const requests = recordRequests(page);
      const visited = recordAddresses(page);
      const beacons = await recordBeacons(page);
      await page.goto(`/${locale}`);
      await page.locator('#search-header').click();
      const dialog = page.getByRole('dialog', { name: t.dialogTitle });
      const combobox = dialog.getByRole('combobox');
      await combobox.fill(text);
      await expect(dialog.getByRole('alert')).toContainText(t.sensitiveText.otp);
      await expect(dialog.getByRole('alert')).toContainText(t.sensitiveAdvice);
      // Read as the bank's code message it is, though search removed the code before the check read it.
      await expect(dialog.locator('[data-message-check]')).toHaveAttribute('data-message-check', 'code');
      await expect(dialog.getByRole('option').first()).toBeVisible();
      await expect(dialog.getByRole('status')).toContainText(searched);
      // Checked in the browser only: no link to the results page, whose address would carry the message.
      await expect(dialog.getByRole('link', { name: t.seeAll(searched) })).toHaveCount(0);
      await combobox.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));

      // A result opens as usual, and what it sends holds no code.
      const first = await dialog.getByRole('option').first().getAttribute('data-href');
      await combobox.press('ArrowDown');
      await combobox.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${first!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await hidePage(page);

      expect(requests.filter((request) => smsCode.test(request))).toEqual([]);
      expect(beacons.filter((body) => smsCode.test(body))).toEqual([]);
      expect(visited.filter((url) => smsCode.test(url))).toEqual([]);
      expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(smsCode);
    });

    test(`/${locale}: on the results page, the SMS is searched without the code, which leaves the box and the address`, async ({ page }) => {
      const requests = recordRequests(page);
      const visited = recordAddresses(page);
      await page.goto(`/${locale}/search`);
      await page.locator('#search-page-q').fill(text);
      await page.locator('#search-page-q').press('Enter');
      await expect(page.getByRole('main').getByRole('alert')).toContainText(t.sensitiveText.otp);
      await expect(page.getByRole('main').getByRole('list', { name: t.resultsLabel })).toBeVisible();
      expect(new URL(page.url()).searchParams.get('q')).toBe(searched);
      await expect(page.locator('#search-page-q')).toHaveValue(searched);

      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search$`));
      expect(requests.filter((request) => smsCode.test(request))).toEqual([]);
      expect(visited.filter((url) => smsCode.test(url))).toEqual([]);
    });

    test(`/${locale}: a link holding the SMS is answered with the same search without the code`, async ({ page }) => {
      const visited = recordAddresses(page);
      await page.goto(`/${locale}/search?q=${encodeURIComponent(text)}`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=[^#]+#search-secret-removed$`));
      expect(new URL(page.url()).searchParams.get('q')).toBe(searched);
      await expect(page.locator('#search-secret-removed')).toBeVisible();
      await expect(page.getByRole('main').getByRole('list', { name: t.resultsLabel })).toBeVisible();
      expect(visited.filter((url) => smsCode.test(url))).toEqual([]);
    });
  }
});

test.describe('search in Arabic', () => {
  const t = getDictionary('ar').search;

  async function openArabicDialog(page: Page, text: string) {
    await page.locator('#search-header').click();
    const dialog = page.getByRole('dialog', { name: t.dialogTitle });
    await expect(dialog).toBeVisible();
    const combobox = dialog.getByRole('combobox');
    await expect(combobox).toBeFocused();
    await combobox.fill(text);
    return { dialog, combobox };
  }

  test('a spelling variant typed on /ar finds the Arabic article, marked and right to left', async ({ page }) => {
    const indexRequest = page.waitForRequest((request) => /\/ar\/search-index\/[0-9a-f]+\/index\.json$/.test(request.url()));
    await page.goto('/ar');
    // ه for ة, ي for ى and no hamza: "بطاقة هدية أمازون" as often typed.
    const { dialog, combobox } = await openArabicDialog(page, 'بطاقه هديه امازون');
    await indexRequest;
    const first = dialog.getByRole('option').first();
    await expect(first).toContainText('بطاقات هدايا أمازون');
    await expect(first.locator('mark').first()).toBeVisible();
    await expect(first.locator('mark').first()).toHaveText(/[\u0600-\u06ff]/);
    await expect(dialog).toHaveCSS('direction', 'rtl');
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await expect(page).toHaveURL(/\/ar\/articles\/(buy-amazon-gift-cards-with-knet|redeem-amazon-gift-card)$/);
  });

  test('an English error message pasted on /ar finds the Arabic article that lists it', async ({ page }) => {
    await page.goto('/ar');
    const { dialog } = await openArabicDialog(page, 'NOT CAPTURED');
    const first = dialog.getByRole('option').first();
    await expect(first).toContainText('صفحة الدفع من كي نت');
    await expect(first).toContainText(t.errorMatch);
    await expect(first.locator('mark').filter({ hasText: 'NOT CAPTURED' }).first()).toBeVisible();
  });

  test('the results page lists Arabic articles for an Arabic question in dialect, with tashkeel', async ({ page }) => {
    await page.goto(`/ar/search?q=${encodeURIComponent('ليش البنك رَفَض الدفع؟')}`);
    const results = page.getByRole('main').getByRole('list', { name: t.resultsLabel }).getByRole('link');
    // Its keyword phrases البنك رفض and رفض الدفع hold the whole question: it comes first.
    await expect(results.first()).toHaveAttribute('href', '/ar/articles/transaction-declined');
    await expect(results.filter({ hasText: 'لماذا رُفضت عملية الدفع؟' }).first()).toBeVisible();
    await expect(page.locator('#search-page-q')).toHaveValue('ليش البنك رَفَض الدفع؟');

    await page.locator('#search-page-q').fill('gift card');
    await page.locator('#search-page-q').press('Enter');
    await expect(results.first()).toHaveAttribute('href', /\/ar\/articles\/(buy-amazon-gift-cards-with-knet|redeem-amazon-gift-card)$/);
    await expect(results.first()).toContainText(/بطاق(ة|ات) هدايا أمازون/);
  });

  test('a one-time code typed with Arabic-Indic digits is removed, and its words are searched', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/ar');
    const { dialog } = await openArabicDialog(page, 'رمز التحقق ٤٨٢٩١٣');
    await expect(dialog.getByRole('alert')).toContainText(t.sensitiveTitle);
    await expect(dialog.getByRole('alert')).toContainText(t.sensitiveText.otp);
    await expect(dialog.getByRole('status')).toContainText('رمز التحقق');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    expect(requests.filter((request) => /482913|٤٨٢٩١٣/.test(request))).toEqual([]);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box is a plain form that opens the results page', async ({ page }) => {
    await page.goto('/en');
    await page.locator('#search-header').fill('knet');
    await page.locator('#search-header').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=knet$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
