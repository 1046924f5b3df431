import { expect, test, type Page } from '@playwright/test';
import { contactPaths, pageTypes } from './pages';
import { locales, type Locale } from '@/lib/i18n/config';
import { contentSecurityPolicyHeader } from '@/lib/security-headers';
import { privacyPath } from '@/lib/paths';

/**
 * The pages' Content-Security-Policy allows no inline script but each page's own, by hash
 * (scripts/edge-manifest.ts, proxy.ts). These tests open every page type in both languages, use
 * what runs on them (search and its worker, client-side navigation) and count the browser's
 * `securitypolicyviolation` events: none may fire, whether the policy is enforced or only reported.
 */

/** Every page type a reader meets, in one locale: those of pages.ts, the privacy page and the contact router's steps. */
function everyPageType(locale: Locale): { name: string; path: string }[] {
  const [problem, answer] = contactPaths(locale).filter((path) => path.split('/').length > 3);
  return [
    ...pageTypes(locale),
    { name: 'privacy', path: privacyPath(locale) },
    { name: 'contact, a problem', path: problem! },
    { name: 'contact, an answer', path: contactPaths(locale).find((path) => path.split('/').length === 5) ?? answer! },
  ];
}

interface Violation {
  directive: string;
  blocked: string;
  disposition: string;
  sample: string;
}

/** Collects the page's CSP violations (and its workers' console reports of them) from before its first script. */
async function watchViolations(page: Page): Promise<{ violations: () => Promise<Violation[]>; console: string[] }> {
  const console: string[] = [];
  const onConsole = (text: string) => {
    if (/content security policy/i.test(text)) console.push(text);
  };
  page.on('console', (message) => onConsole(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => onConsole(message.text())));
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, disposition: event.disposition, sample: event.sample }),
    );
  });
  return {
    console,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations),
  };
}

/**
 * Whether React hydrated the page within a few seconds, which it cannot do without the page data
 * Next writes as inline scripts: React keeps its fiber on each element it hydrated, `<body>` first.
 */
const hydrated = (page: Page) =>
  page
    .waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith('__reactFiber$')), null, { timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );

/** The script-src sources of a policy. */
const scriptSources = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src')
    ?.slice(1) ?? [];

for (const locale of locales) {
  test(`every ${locale} page type runs with no Content-Security-Policy violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const watch = await watchViolations(page);
    for (const { name, path } of everyPageType(locale)) {
      const response = await page.goto(path);
      const policy = (await response?.headerValue(contentSecurityPolicyHeader)) ?? '';
      const sources = scriptSources(policy);
      expect(sources, `${name}: ${policy}`).toContain("'self'");
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      // A prerendered page names its inline scripts by hash; the results of a search with a query,
      // rendered per request, by the nonce made for that response.
      expect(sources.filter((source) => /^'(?:sha256|nonce)-/.test(source)).length, `${name}: its inline scripts by hash or nonce`).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(await hydrated(page), `${name}: hydrated`).toBe(true);
      expect(await watch.violations(), name).toEqual([]);
    }
    expect(watch.console).toEqual([]);
  });

  test(`${locale}: search, its worker and client-side navigation run with no violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const watch = await watchViolations(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const [first] = pageTypes(locale);
    await page.goto(first!.path);
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));

    // The header's search dialog searches in a worker.
    await page.locator('#search-header').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill(locale === 'en' ? 'declined' : 'مرفوضة');
    await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
    expect(workers, 'search started its worker').toHaveLength(1);
    await page.keyboard.press('Escape');

    // Client-side navigations: home → a category → an article, in the same document.
    // Followed from the keyboard: the sticky header may cover a link the mouse would aim at.
    const follow = async (prefix: string) => {
      await page.getByRole('main').locator(`a[href^="${prefix}"]`).first().focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${prefix}[^/]+$`));
    };
    await follow(`/${locale}/categories/`);
    await follow(`/${locale}/articles/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage), 'navigated without reloading').toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await watch.violations()).toEqual([]);
    expect(watch.console).toEqual([]);
  });
}

test('each page allows only its own inline scripts', async ({ request }) => {
  const policies = await Promise.all(
    ['/en', '/ar', '/en/privacy'].map(async (path) => scriptSources((await request.get(path)).headers()[contentSecurityPolicyHeader.toLowerCase()] ?? '')),
  );
  const [en, ar, privacy] = policies.map((sources) => sources.filter((source) => source.startsWith("'sha256-")));
  // Next's loader scripts are the same on every page; the page data differs.
  expect(en).not.toEqual(ar);
  expect(en).not.toEqual(privacy);
});

test('a not-found page gets the policy of the page it shows', async ({ request }) => {
  const notFound = await request.get('/en/articles/no-such-article');
  const served = await request.get('/en/page-not-found');
  expect(notFound.status()).toBe(404);
  const policy = notFound.headers()[contentSecurityPolicyHeader.toLowerCase()];
  expect(policy).toBe(served.headers()[contentSecurityPolicyHeader.toLowerCase()]);
  expect(scriptSources(policy ?? '').some((source) => source.startsWith("'sha256-"))).toBe(true);
});

test('an inline script or event handler injected into a page is blocked', async ({ page }) => {
  const watch = await watchViolations(page);
  await page.goto('/en/articles/what-is-knet');
  expect(await hydrated(page)).toBe(true);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "script"';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image.svg" alt="" onerror="window.__injected = \'handler\'">');
  });
  await expect.poll(async () => (await watch.violations()).map(({ directive, blocked }) => `${directive} ${blocked}`).sort()).toEqual([
    'script-src-attr inline',
    'script-src-elem inline',
  ]);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
});

test('a page answered with the baseline policy runs none of its inline scripts (no fallback to unsafe-inline)', async ({ page }) => {
  // A file address outside the locales is not a page: Next answers its prerendered 404 itself, past the proxy.
  const watch = await watchViolations(page);
  const response = await page.goto('/no-such-file.svg');
  expect(response?.status()).toBe(404);
  expect(scriptSources((await response?.headerValue(contentSecurityPolicyHeader)) ?? '')).toEqual(["'self'"]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await hydrated(page), 'React cannot hydrate without the inline page data').toBe(false);
  expect((await watch.violations()).filter(({ directive }) => directive === 'script-src-elem').length).toBeGreaterThan(0);
});
