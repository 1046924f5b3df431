import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { en } from '@/lib/i18n/dictionaries/en';
import { ar } from '@/lib/i18n/dictionaries/ar';
import { editorAuthorization } from './feedback-env';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const dictionaries = { en, ar } as const;
const slugs = { en: 'knet-payment-page-messages', ar: 'what-is-knet' } as const;

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('#feedback').withTags(wcag22aa).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

interface ReportJson {
  articles: { locale: string; slug: string; yes: number; no: number; reasons: { reason: string; count: number }[]; comments: { text: string; reason?: string }[] }[];
}

async function tallyOf(request: APIRequestContext, locale: string, slug: string) {
  const response = await request.get('/editor?format=json', { headers: { authorization: editorAuthorization } });
  expect(response.status()).toBe(200);
  const report = (await response.json()) as ReportJson;
  return report.articles.find((tally) => tally.locale === locale && tally.slug === slug) ?? { yes: 0, no: 0, reasons: [], comments: [] };
}

// The first request may wait for the embedded database to be created (over 30 s on a busy 2-core machine).
test.beforeAll(async ({ request }) => {
  test.setTimeout(150_000);
  const response = await request.get('/editor?format=json', { headers: { authorization: editorAuthorization }, timeout: 140_000 });
  expect(response.status()).toBe(200);
});

for (const locale of ['en', 'ar'] as const) {
  const t = dictionaries[locale].feedback;
  const slug = slugs[locale];
  const path = `/${locale}/articles/${slug}`;

  test.describe(`"Was this article helpful?" in ${locale}`, () => {
    test('with JavaScript: "No" asks what was missing before anything is sent; the answer goes without a page load, stored masked, once per visit', async ({ page, request }) => {
      const before = await tallyOf(request, locale, slug);
      const sends: string[] = [];
      page.on('request', (sent) => sent.url().endsWith('/api/feedback') && sends.push(sent.postData() ?? ''));
      await page.goto(path);
      const form = page.locator('#feedback');
      await expect(form.getByRole('heading', { name: t.title })).toBeVisible();
      await expect(form.locator('form[data-enhanced]')).toBeAttached();
      // The reasons appear only after "No", and "No" sends nothing: it asks.
      await expect(form.getByRole('group', { name: t.reasonLegend })).toBeHidden();
      await form.getByRole('link', { name: t.no, exact: true }).click();
      await expect(form.getByRole('group', { name: t.reasonLegend })).toBeVisible();
      await expect(form.getByRole('form', { name: t.reasonLegend })).toBeFocused();
      await expect(form.getByRole('group', { name: t.reasonLegend })).toBeInViewport();
      expect(sends).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await form.getByRole('radio', { name: t.reasons.unclear }).check();
      const marker = `e2e ${locale} ${Math.random().toString(36).replace(/[^a-z]/g, '')}`;
      const comment = `${marker}: my card 4111 1111 1111 1111 was refused`;
      await form.getByRole('textbox', { name: t.commentLabel }).fill(comment);
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
      const sent = page.waitForResponse((response) => response.url().endsWith('/api/feedback'));
      await form.getByRole('button', { name: t.send }).click();
      expect((await sent).status()).toBe(201);

      const thanks = form.getByRole('heading', { name: t.thanksTitle });
      await expect(thanks).toBeVisible();
      await expect(page.locator('#feedback-thanks')).toBeFocused();
      await expect(form.getByRole('button', { name: t.send })).toBeHidden();
      expect(navigations).toEqual([]);
      expect(sends).toHaveLength(1);
      expect(JSON.parse(sends[0]!)).toMatchObject({ locale, slug, helpful: 'no', reason: 'unclear' });
      expect(await axeViolations(page)).toEqual([]);

      const after = await tallyOf(request, locale, slug);
      expect(after.no).toBe(before.no + 1);
      const stored = after.comments.find((entry) => entry.text.startsWith(marker));
      expect(stored?.reason).toBe('unclear');
      expect(stored?.text).toContain('1111');
      expect(stored?.text).not.toContain('4111 1111 1111 1111');

      // Same visit (this tab): the article shows the thank-you, not the question.
      await page.reload();
      await expect(form.locator('form[data-enhanced]')).toBeAttached();
      await expect(form.getByRole('heading', { name: t.thanksTitle })).toBeVisible();
      await expect(form.getByRole('button', { name: t.send })).toBeHidden();
    });

    test('with the keyboard: Enter on "No" opens the question and sends nothing; "Yes" sends at once', async ({ page, request }) => {
      const before = await tallyOf(request, locale, slug);
      const sends: string[] = [];
      page.on('request', (sent) => sent.url().endsWith('/api/feedback') && sends.push(sent.postData() ?? ''));
      await page.goto(path);
      const form = page.locator('#feedback');
      await expect(form.locator('form[data-enhanced]')).toBeAttached();
      await form.getByRole('link', { name: t.no, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(form.getByRole('group', { name: t.reasonLegend })).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(form.getByRole('radio', { name: t.reasons.unanswered })).toBeFocused();
      expect(sends).toEqual([]);

      // Changing one's mind: "Yes" is one press and sends a plain "yes".
      const sent = page.waitForResponse((response) => response.url().endsWith('/api/feedback'));
      await form.getByRole('button', { name: t.yes, exact: true }).focus();
      await page.keyboard.press('Enter');
      expect((await sent).status()).toBe(201);
      await expect(form.getByRole('heading', { name: t.thanksTitle })).toBeVisible();
      expect(sends.map((body) => JSON.parse(body))).toEqual([{ locale, slug, helpful: 'yes' }]);
      expect((await tallyOf(request, locale, slug)).yes).toBe(before.yes + 1);
    });

    test('the thank-you a plain form post lands on (#feedback-thanks) has no axe violation', async ({ page }) => {
      // axe needs JavaScript; the page at this address looks the same without it (CSS :target).
      await page.goto(`${path}#feedback-thanks`);
      await expect(page.locator('#feedback').getByRole('heading', { name: t.thanksTitle })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('"No" leads to the question of what was missing, and the answer is stored with its reason', async ({ page, request }) => {
        const before = await tallyOf(request, locale, slug);
        await page.goto(path);
        const form = page.locator('#feedback');
        await expect(form.getByRole('group', { name: t.reasonLegend })).toBeHidden();
        await form.getByRole('link', { name: t.no, exact: true }).click();
        // CSS alone (:target) shows the question once "No" is chosen.
        await expect(page).toHaveURL(new RegExp(`${path}#feedback-no$`));
        await expect(form.getByRole('group', { name: t.reasonLegend })).toBeVisible();
        await expect(form.getByRole('group', { name: t.reasonLegend })).toBeInViewport();
        await form.getByRole('radio', { name: t.reasons.outdated }).check();
        await form.getByRole('button', { name: t.send }).click();

        await expect(page).toHaveURL(new RegExp(`${path}#feedback-thanks$`));
        await expect(form.getByRole('heading', { name: t.thanksTitle })).toBeVisible();
        await expect(form.getByRole('button', { name: t.send })).toBeHidden();
        const after = await tallyOf(request, locale, slug);
        expect(after.no).toBe(before.no + 1);
        const outdated = (tally: typeof before) => tally.reasons.find((entry) => entry.reason === 'outdated')?.count ?? 0;
        expect(outdated(after)).toBe(outdated(before) + 1);
      });

      test('"Yes" is stored at once and answered with the thank-you on the article', async ({ page, request }) => {
        const before = await tallyOf(request, locale, slug);
        await page.goto(path);
        const form = page.locator('#feedback');
        await form.getByRole('button', { name: t.yes, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`${path}#feedback-thanks$`));
        await expect(form.getByRole('heading', { name: t.thanksTitle })).toBeVisible();
        expect((await tallyOf(request, locale, slug)).yes).toBe(before.yes + 1);
      });
    });
  });
}

test.describe('the feedback API over HTTP', () => {
  test('refuses other methods with 405, a cross-site post with 403 and a bad field with 400', async ({ request, baseURL }) => {
    expect((await request.get('/api/feedback')).status()).toBe(405);
    expect((await request.put('/api/search-gaps', { data: {} })).status()).toBe(405);
    const cross = await request.post('/api/feedback', {
      headers: { origin: 'https://evil.example' },
      data: { locale: 'en', slug: slugs.en, helpful: 'yes' },
    });
    expect(cross.status()).toBe(403);
    const bad = await request.post('/api/feedback', { headers: { origin: baseURL! }, data: { locale: 'en', slug: 'no-such-article', helpful: 'yes' } });
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^slug: /);
  });
});

test.describe('/editor', () => {
  test('is closed without credentials, and with wrong ones', async ({ request }) => {
    const closed = await request.get('/editor');
    expect(closed.status()).toBe(401);
    expect(closed.headers()['www-authenticate']).toMatch(/^Basic /);
    const wrong = await request.get('/editor', { headers: { authorization: `Basic ${Buffer.from('e2e-editor:guess').toString('base64')}` } });
    expect(wrong.status()).toBe(401);
    expect(await wrong.text()).not.toContain('Feedback report');
  });

  test('shows the report with the right credentials', async ({ request }) => {
    const open = await request.get('/editor', { headers: { authorization: editorAuthorization } });
    expect(open.status()).toBe(200);
    expect(await open.text()).toContain('<h1>Feedback report</h1>');
  });
});

test.describe('failed-search beacons', () => {
  /** Records what each beacon carries (Playwright reads a beacon's body only on a routed request). */
  async function beacons(page: Page) {
    const sent: unknown[] = [];
    await page.route('**/api/search-gaps', async (route) => {
      sent.push(JSON.parse(route.request().postDataBuffer()?.toString() ?? 'null'));
      await route.continue();
    });
    return sent;
  }

  /** What the browser does when the reader switches tabs or locks the phone. */
  async function hidePage(page: Page) {
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }

  async function searchInDialog(page: Page, locale: 'en' | 'ar', text: string) {
    await page.goto(`/${locale}`);
    await page.locator('#search-header').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill(text);
    return dialog;
  }

  for (const locale of ['en', 'ar'] as const) {
    test(`a query with no results in ${locale} is sent, normalised, in a beacon once the page is hidden`, async ({ page }) => {
      const sent = await beacons(page);
      const query = locale === 'en' ? 'Zzqxv  Wqpzk' : 'ظظظظ  ضضضض';
      const dialog = await searchInDialog(page, locale, query);
      await expect(dialog.getByRole('status')).toHaveText(dictionaries[locale].search.noResultsTitle(query.trim()));
      await page.keyboard.press('Escape');
      expect(sent).toEqual([]);
      const beacon = page.waitForRequest((request) => request.url().endsWith('/api/search-gaps'));
      await hidePage(page);
      await beacon;
      await expect.poll(() => sent).toEqual([[{ locale, query: query.toLowerCase().replace(/\s+/g, ' '), results: 0 }]]);
    });
  }

  test('results left without opening one count; a result opened does not', async ({ page }) => {
    const sent = await beacons(page);
    const dialog = await searchInDialog(page, 'en', 'declined');
    // The popular articles are options too, shown until the answer arrives: wait for the answer
    // itself, or the search is left before it has any results to count.
    await expect(dialog.getByRole('status')).toContainText('for “declined”');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('#search-header').click();
    await page.getByRole('dialog').getByRole('combobox').fill('refund');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('for “refund”');
    await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/articles\//);
    const beacon = page.waitForRequest((request) => request.url().endsWith('/api/search-gaps'));
    await hidePage(page);
    await beacon;
    await expect.poll(() => sent).toEqual([[{ locale: 'en', query: 'declined', results: expect.any(Number) }]]);
  });

  test('a query left when the page is closed reaches the report once three readers searched it', async ({ page, request }) => {
    test.setTimeout(60_000);
    const query = `zzqxv wqpz${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 4)}`;
    // One reader leaving the results three times is still one reader: the server counts readers.
    for (let visit = 0; visit < 3; visit++) {
      await page.goto('/en/search?q=' + encodeURIComponent(query));
      await expect(page.getByRole('heading', { name: en.search.noResultsTitle(query) })).toBeVisible();
      // Leaving the page (pagehide) sends the beacon.
      await page.goto('/en/contact');
    }
    // Two more readers at other addresses (the e2e server trusts loopback as a proxy). A browser's
    // beacon carries no extra header of Playwright's, so these two are sent as their beacons would be.
    for (const address of ['198.51.100.2', '198.51.100.3']) {
      const beacon = await request.post('/api/search-gaps', {
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': address },
        data: JSON.stringify([{ locale: 'en', query, results: 0 }]),
      });
      expect(beacon.status()).toBe(202);
    }
    await expect
      .poll(async () => {
        const response = await request.get('/editor?format=json', { headers: { authorization: editorAuthorization } });
        return ((await response.json()) as { searches: { query: string; count: number }[] }).searches.find((search) => search.query === query);
      })
      .toEqual({ locale: 'en', query, count: 3 });
  });

  test('a card number typed into search sends nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
    const sent = await beacons(page);
    const dialog = await searchInDialog(page, 'en', '4111 1111 1111 1111');
    await expect(dialog.getByText(en.search.sensitiveTitle)).toBeVisible();
    await page.keyboard.press('Escape');
    // A query that is sent shows that the beacon would have gone by now.
    await page.locator('#search-header').click();
    await page.getByRole('dialog').getByRole('combobox').fill('zzqxv wqpzk');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(en.search.noResultsTitle('zzqxv wqpzk'));
    await page.keyboard.press('Escape');
    const beacon = page.waitForRequest((request) => request.url().endsWith('/api/search-gaps'));
    await hidePage(page);
    await beacon;
    await expect.poll(() => sent).toEqual([[{ locale: 'en', query: 'zzqxv wqpzk', results: 0 }]]);
    expect(requests.filter((line) => /4111/.test(line))).toEqual([]);
  });
});
