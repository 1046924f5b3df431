import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { getArticlesBySlug, getCategories, getSiteLists } from '../../lib/content';
import { contentSecurityPolicyHeader } from '../../lib/security-headers';
import { getDictionary, locales } from '../../lib/i18n';

test.use({ javaScriptEnabled: false });

/** What a reader types, what must never reach the address bar, and what is left to search. */
const secrets = [
  { kind: 'a card number', typed: '4111 1111 1111 1111', digits: /4111\D{0,3}1111\D{0,3}1111\D{0,3}1111/, rest: '' },
  { kind: 'a CVV', typed: 'cvv 123', digits: /123/, rest: 'cvv' },
  { kind: 'an OTP in Arabic-Indic digits', typed: 'رمز التحقق ٤٨٢٩١٣', digits: /482913|٤٨٢٩١٣|%D9%A4/, rest: 'رمز التحقق' },
  {
    kind: 'a pasted bank SMS',
    typed: 'Your OTP for KWD 12.500 at AMAZON is 482913. Do not share. is this real?',
    digits: /482913/,
    rest: 'Your OTP for KWD 12.500 at AMAZON is . Do not share. is this real?',
  },
];

test.describe('search without JavaScript', () => {
  for (const locale of locales) {
    const t = getDictionary(locale).search;
    for (const { kind, typed, digits, rest } of secrets) {
      test(`/${locale}: ${kind} submitted from the header box ends on the same search without it, the notice shown, and no history entry holds it`, async ({ page }) => {
        const visited: string[] = [];
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) visited.push(frame.url());
        });
        await page.goto(`/${locale}/articles/knet-payment-page-messages`);
        await page.locator('#search-header').fill(typed);
        await page.locator('#search-header').press('Enter');

        const landing = new RegExp(`/${locale}/search${rest ? '\\?q=[^#]+' : ''}#search-secret-removed$`);
        await expect(page).toHaveURL(landing);
        expect(new URL(page.url()).searchParams.get('q') ?? '').toBe(rest);
        expect(page.url()).not.toMatch(digits);
        await expect(page.locator('#search-secret-removed')).toBeVisible();
        await expect(page.locator('#search-secret-removed')).toContainText(t.secretRemoved);
        // The box keeps what is searched, the rest of the query, and nothing of the secret.
        await expect(page.locator('#search-page-q')).toHaveValue(rest.trim());
        expect(await page.content()).not.toMatch(digits);
        // Every page the tab showed, so every history entry: none with the number.
        expect(visited.filter((url) => digits.test(decodeURIComponent(url)))).toEqual([]);
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/${locale}/articles/knet-payment-page-messages$`));
        await page.goForward();
        await expect(page).toHaveURL(landing);
      });
    }

    test(`/${locale}: the notice stays hidden on a plain visit to the results page`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=knet`);
      await expect(page.locator('#search-secret-removed')).toBeHidden();
    });

    test(`/${locale}: the results page with no query offers the topics and the contact router instead of a dead end`, async ({ page, request }) => {
      // What a browser without JavaScript shows: the <noscript> part of the prerendered page.
      // (Chromium with scripts disabled by Playwright still parses <noscript> as text, so it is read here.)
      const html = await (await request.get(`/${locale}/search`)).text();
      const noScript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
      expect(noScript).toContain(t.noScript.replace(/'/g, '&#x27;'));
      for (const category of getCategories(locale)) expect(noScript).toContain(`href="/${locale}/categories/${category.slug}"`);
      expect(noScript).toContain(`href="/${locale}/contact"`);
      // The same page still offers the popular articles and a form that works without JavaScript.
      await page.goto(`/${locale}/search`);
      await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
      await expect(page.getByRole('main').getByRole('heading', { name: t.popularTitle })).toBeVisible();
    });

    test(`/${locale}: a search sent from the header box is answered on the server: results with links and snippets, the query kept in the box`, async ({ page }) => {
      const [article] = getArticlesBySlug(locale, getSiteLists(locale).popular);
      const query = article!.title;
      await page.goto(`/${locale}/articles/knet-payment-page-messages`);
      await page.locator('#search-header').fill(query);
      await page.locator('#search-header').press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      await expect(page.locator('#search-page-q')).toHaveValue(query);
      const results = page.getByRole('main').getByRole('list', { name: t.resultsLabel });
      await expect(results).toBeVisible();
      const first = results.getByRole('listitem').first();
      await expect(first.getByRole('link')).toHaveAttribute('href', new RegExp(`^/${locale}/articles/${article!.slug}`));
      await expect(first).toContainText(article!.summary.slice(0, 20));
      // Following a result works without JavaScript too.
      await first.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/articles/${article!.slug}`));
    });

    test(`/${locale}: a question no article answers says so, with the contact router, without JavaScript`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=zzqxv`);
      await expect(page.locator('#search-page-q')).toHaveValue('zzqxv');
      await expect(page.getByRole('main').getByRole('heading', { name: t.noResultsTitle('zzqxv') })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: t.contactLink })).toBeVisible();
    });

    test(`/${locale}: the page answered on the server allows only its own scripts, by a nonce new for each answer`, async ({ request }) => {
      const policies: string[] = [];
      for (let run = 0; run < 2; run += 1) {
        const response = await request.get(`/${locale}/search?q=knet`);
        expect(response.status()).toBe(200);
        const policy = response.headers()[contentSecurityPolicyHeader.toLowerCase()] ?? '';
        const scripts = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
        expect(scripts).not.toContain("'unsafe-inline'");
        expect(scripts).not.toContain("'unsafe-eval'");
        const nonce = scripts.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);
        expect(nonce).toBeTruthy();
        policies.push(policy);
        // Every inline script of the page carries it, but the layout's own, which every page has and
        // the policy allows by its hash; none is there without one or the other.
        const html = await response.text();
        const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => ({ attributes: match[1] ?? '', text: match[2] ?? '' }));
        expect(inline.length).toBeGreaterThan(0);
        const hashed = new Set(scripts.filter((source) => source.startsWith("'sha256-")).map((source) => source.slice(8, -1)));
        // A handful at most: the layout's own script and Next.js's fixed bootstrap lines every page shares.
        expect(hashed.size).toBeLessThanOrEqual(4);
        for (const { attributes, text } of inline) {
          // A script's text is raw text in HTML: what the browser hashes is what was sent.
          const hash = createHash('sha256').update(text).digest('base64');
          if (!hashed.has(hash)) expect(attributes).toContain(`nonce="${nonce}"`);
        }
        expect(response.headers()['cache-control']).toMatch(/no-store|private/);
      }
      expect(policies[0]).not.toBe(policies[1]);
    });
  }
});
