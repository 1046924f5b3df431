import { expect, test, type Page } from '@playwright/test';
import { contactStepPaths } from '../../lib/contact/paths';
import { problems } from '../../lib/contact/routes';

/** Every page of the router, from its data: the first step, each problem, each answer. */
const problemPaths = problems.map((problem) => `/en/contact/${problem.slug}`);
const resultPaths = problems.flatMap((problem) =>
  problem.answers ? problem.answers.map((answer) => `/en/contact/${problem.slug}/${answer.slug}`) : [`/en/contact/${problem.slug}`],
);
const questionPaths = problems.flatMap((problem) => (problem.answers ? [`/en/contact/${problem.slug}`] : []));
const allPaths = contactStepPaths('en', problems);

const summaryOf = (page: Page) => page.getByRole('region', { name: 'Your summary' });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('the first step lists every problem as a link to its own page, with the channels and a security note', async ({ page }) => {
  await page.goto('/en/contact');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact support');
  const list = page.getByRole('region', { name: 'What went wrong?' });
  await expect(list.getByRole('link')).toHaveCount(problems.length);
  for (const path of problemPaths) await expect(list.locator(`a[href="${path}"]`)).toHaveCount(1);
  await expect(page.getByRole('note', { name: 'Stay safe' })).toContainText('Never share your PIN, OTP or CVV');
  const channels = page.getByRole('region', { name: 'Support channels' });
  for (const name of ['Your bank', 'Amazon customer service', 'Amazon Pay', 'The shop you paid', 'KNET']) {
    await expect(channels.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(channels.getByRole('link', { name: /knet\.com\.kw/ })).toHaveAttribute('href', 'https://www.knet.com.kw/');
  await expect(page.getByRole('heading', { name: 'Prepare your request' })).toHaveCount(0);
});

test('every step of the router is a prerendered page with one h1, a canonical URL and breadcrumbs', async ({ page }) => {
  // A few seconds per step on the shared 2-core machine: the budget grows with the router.
  test.setTimeout(allPaths.length * 4_000);
  for (const path of allPaths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /.{40,}/);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Contact support' }).or(crumbs.getByText('Contact support'))).toBeVisible();
    // No phone number anywhere on the page: FACTS.md gives none for Amazon or KNET.
    expect(await page.getByRole('main').innerText(), path).not.toMatch(/(?:\+|00)?\d(?:[ .-]?\d){6,}/);
  }
});

test('each question offers its answers as links, each to its own result page', async ({ page }) => {
  test.setTimeout(questionPaths.length * 6_000);
  for (const path of questionPaths) {
    await page.goto(path);
    const answers = page.getByRole('main').locator(`a[href^="${path}/"]`);
    const expected = resultPaths.filter((result) => result.startsWith(`${path}/`));
    await expect(answers, path).toHaveCount(expected.length);
    await expect(page.getByRole('heading', { name: 'Prepare your request' }), path).toHaveCount(0);
  }
});

test('each result shows 2–3 articles, the channels in order, what to have ready and the request form', async ({ page }) => {
  test.setTimeout(resultPaths.length * 4_000);
  for (const path of resultPaths) {
    await page.goto(path);
    const articles = page.getByRole('region', { name: 'Try these first' }).getByRole('link');
    expect(await articles.count(), path).toBeGreaterThanOrEqual(2);
    expect(await articles.count(), path).toBeLessThanOrEqual(3);
    const channels = page.getByRole('region', { name: 'Who to contact' });
    await expect(channels.getByRole('heading', { level: 3 }).first(), path).toHaveAccessibleName(/^Step 1: /);
    await expect(channels.getByRole('note', { name: 'Stay safe' }), path).toContainText('PIN, OTP or CVV');
    expect(await page.getByRole('region', { name: 'What to have ready' }).getByRole('listitem').count(), path).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Prepare your request' }), path).toBeVisible();
    await expect(field(page, 'What happened'), path).toBeVisible();
  }
});

test('a declined KNET payment sends the reader to the bank, says where its number is and what to say, and asks for the Payment ID', async ({ page }) => {
  await page.goto('/en/contact/declined/knet-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment declined on the KNET payment page');
  const channels = page.getByRole('region', { name: 'Who to contact' });
  await expect(channels.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(channels.getByRole('heading', { level: 3 }).first()).toHaveAccessibleName('Step 1: Your bank');
  await expect(channels.getByRole('heading', { name: "Where to find your bank's number" })).toBeVisible();
  await expect(channels.getByText('On the back of your card', { exact: true })).toBeVisible();
  await expect(channels.getByText("In your bank's app", { exact: true })).toBeVisible();
  await expect(channels.getByRole('heading', { name: 'What to say' })).toBeVisible();
  await expect(channels.getByText(/payment was declined\. Can you tell me why/)).toBeVisible();
  // KNET is something to read, not a step: its article is among those to try first.
  await expect(page.getByRole('region', { name: 'Try these first' }).getByRole('link', { name: /KNET/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Try these first' }).locator('a[href="/en/articles/knet-payment-page-messages"]')).toHaveCount(1);
  await expect(page.getByText(/kpay\.com\.kw/)).toBeVisible();
  await expect(field(page, 'KNET Payment ID')).toBeVisible();
  await expect(field(page, 'Track ID')).toBeVisible();
  await expect(field(page, 'Amazon order number')).toHaveCount(0);
});

test('an unauthorized Amazon Pay payment goes to Amazon Pay\'s "Report fraud or misuse"', async ({ page }) => {
  await page.goto('/en/contact/unauthorized/amazon-pay');
  const channels = page.getByRole('region', { name: 'Who to contact' });
  await expect(channels.getByRole('heading', { level: 3 }).first()).toHaveAccessibleName('Step 1: Amazon Pay');
  await expect(channels).toContainText('Report fraud or misuse');
  await expect(channels.getByRole('link', { name: /pay\.amazon\.com/ })).toHaveAttribute('href', 'https://pay.amazon.com/help');
  await expect(channels).toContainText('suspicious Amazon purchase');
});

test('Amazon customer service says how to reach it and which of call-back, chat or email suits what', async ({ page }) => {
  await page.goto('/en/contact/sign-in');
  const amazon = page.getByRole('region', { name: 'Step 1: Amazon customer service' });
  await expect(amazon).toContainText('Contact Us');
  for (const way of ['Call-back', 'Chat', 'Email']) await expect(amazon.getByRole('term').filter({ hasText: way })).toBeVisible();
  await expect(amazon).toContainText('no Amazon phone number');
});

test('the router works without JavaScript: real links, shareable URLs, a working back button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/contact');
  await page.getByRole('region', { name: 'What went wrong?' }).getByRole('link', { name: /My payment was declined/ }).click();
  await expect(page).toHaveURL(/\/en\/contact\/declined$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where was your payment declined?');
  await page.getByRole('link', { name: /On the KNET payment page/ }).click();
  await expect(page).toHaveURL(/\/en\/contact\/declined\/knet-page$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment declined on the KNET payment page');
  // Without JavaScript the checklist is the guidance; the form needs JavaScript and is not shown.
  await expect(page.getByRole('region', { name: 'What to have ready' })).toContainText('Payment ID and Track ID');
  await expect(page.getByRole('heading', { name: 'Prepare your request' })).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/contact\/declined$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/contact$/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where was your payment declined?');
  // A shared link opens straight on its step.
  await page.goto('/en/contact/unauthorized/amazon-order');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A charge on Amazon that you did not make');
  await context.close();
});

test('with JavaScript, the links and the back button move between steps too', async ({ page }) => {
  await page.goto('/en/contact');
  await page.getByRole('region', { name: 'What went wrong?' }).getByRole('link', { name: /charge I didn't make/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you see the charge?');
  await page.getByRole('link', { name: /Amazon Pay payment on another website/ }).click();
  await expect(page).toHaveURL(/\/en\/contact\/unauthorized\/amazon-pay$/);
  await page.getByRole('link', { name: 'Choose a different answer' }).click();
  await expect(page).toHaveURL(/\/en\/contact\/unauthorized$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/contact\/unauthorized\/amazon-pay$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An Amazon Pay payment you did not make');
});

test('unknown steps are 404s', async ({ request }) => {
  for (const path of ['/en/contact/nope', '/en/contact/declined/nope', '/en/contact/not-accepted/knet-page', '/en/contact/declined/knet-page/more']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the form builds a summary and copies it to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/contact/declined/knet-page');
  await field(page, 'What happened').fill('I paid for a gift card and the page said NOT CAPTURED.');
  await field(page, 'The exact message shown').fill('NOT CAPTURED');
  await field(page, 'Date').fill('2026-11-21');
  await field(page, 'Time').fill('14:05');
  await field(page, 'Amount').fill('KD 12.500');
  await field(page, 'KNET Payment ID').fill('100202329061651368');
  await field(page, 'Track ID').fill('482913');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

  const expected = [
    'Support request: Payment declined on the KNET payment page',
    '',
    'What happened: I paid for a gift card and the page said NOT CAPTURED.',
    'The exact message shown: NOT CAPTURED',
    'Date: 21 November 2026',
    'Time: 14:05',
    'Amount: KD 12.500',
    'KNET Payment ID: 100202329061651368',
    'Track ID: 482913',
  ].join('\n');
  await expect(summaryOf(page).locator('pre')).toHaveText(expected);

  await summaryOf(page).getByRole('button', { name: 'Copy summary' }).click();
  await expect(summaryOf(page).getByRole('status')).toHaveText('Copied. Paste it into your chat or email.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  // Editing after copying clears the "Copied" message: the clipboard no longer matches.
  await field(page, 'Track ID').fill('482914');
  await expect(summaryOf(page).getByRole('status')).toHaveText('');
});

test('when the clipboard is refused, the summary is selected for the reader to copy', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  });
  await page.goto('/en/contact/sign-in');
  await field(page, 'What happened').fill('The reset email never arrived.');
  await summaryOf(page).getByRole('button', { name: 'Copy summary' }).click();
  await expect(summaryOf(page).getByRole('status')).toContainText('The summary is selected');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await summaryOf(page).locator('pre').innerText());
});

test('card numbers, PINs, OTPs and CVVs are flagged in the field and masked in the summary', async ({ page }) => {
  await page.goto('/en/contact/declined/card-on-amazon');
  const whatHappened = field(page, 'What happened');
  await whatHappened.fill('My card 4242 4242 4242 4242 was declined and my PIN is 1234');
  const warning = page.locator(`#${await whatHappened.getAttribute('aria-describedby').then((ids) => ids?.split(' ').find((id) => id.endsWith('warning')))}`);
  await expect(warning).toHaveRole('alert');
  await expect(warning).toContainText('That looks like a card number: the summary keeps only its last 4 digits.');
  await expect(warning).toContainText('That looks like a PIN: the summary leaves it out.');
  await expect(warning).toContainText('scammers ask for them');

  await field(page, 'Amazon order number').fill('403-1234567-1234567');
  await field(page, 'Amount').fill('1234');
  await field(page, 'The exact message shown').fill('OTP 482913');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(2);

  const summary = summaryOf(page).locator('pre');
  await expect(summary).toContainText('What happened: My card •••• 4242 was declined and my PIN is •••');
  await expect(summary).toContainText('The exact message shown: OTP •••');
  await expect(summary).toContainText('Amazon order number: 403-1234567-1234567');
  await expect(summary).toContainText('Amount: 1234');
  const text = await summary.innerText();
  expect(text).not.toContain('4242 4242 4242 4242');
  expect(text).not.toContain('482913');
  await expect(summaryOf(page)).toContainText('are hidden');

  await summaryOf(page).getByRole('button', { name: 'Clear the form' }).click();
  await expect(whatHappened).toHaveValue('');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});

test('nothing typed is sent, stored or put in the URL', async ({ page }) => {
  await page.goto('/en/contact/knet-message/captured');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  const url = page.url();
  await field(page, 'What happened').fill('secret-marker-ZQX paid, no order');
  await field(page, 'KNET Payment ID').fill('100202329061651368');
  await field(page, 'KNET Payment ID').press('Enter');
  await summaryOf(page).getByRole('button', { name: 'Copy summary' }).click();
  await page.waitForTimeout(500);
  expect(requests.filter((request) => /secret-marker|100202329061651368/.test(request) || request.startsWith('POST'))).toEqual([]);
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  const form = page.getByRole('region', { name: 'Prepare your request' }).locator('form');
  await expect(form.locator('input, textarea')).toHaveCount(7);
  await expect(form.locator('[name]')).toHaveCount(0);
});

test('"Print summary" prints only the summary', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/en/contact/declined/card-on-amazon');
  await field(page, 'What happened').fill('Declined twice.');
  await summaryOf(page).getByRole('button', { name: 'Print summary' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(summaryOf(page).locator('pre')).toBeVisible();
  await expect(summaryOf(page).locator('pre')).toContainText('What happened: Declined twice.');
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Try these first' })).toBeHidden();
  await expect(field(page, 'What happened')).toBeHidden();
  await expect(summaryOf(page).getByRole('button', { name: 'Copy summary' })).toBeHidden();

  // After printing, printing the page prints the page again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('question pages do not load the request form\'s code; result pages do', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
  });
  for (const path of ['/en/contact', '/en/contact/declined']) {
    scripts.length = 0;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts.some((script) => script.includes('data-print-summary')), path).toBe(false);
  }
  scripts.length = 0;
  await page.goto('/en/contact/declined/knet-page');
  await expect(field(page, 'What happened')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.some((script) => script.includes('data-print-summary'))).toBe(true);
});

test('the router pages fit a 320px phone, form included', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of ['/en/contact', '/en/contact/knet-message', '/en/contact/declined/knet-page', '/en/contact/sign-in']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the sitemap lists every step of the router', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of allPaths) expect(sitemap, path).toContain(`${path}</loc>`);
});
