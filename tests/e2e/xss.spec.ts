import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import matter from 'gray-matter';
import { articleFrontmatterSchema } from '../../lib/content/schema';
import { hostile, hostileBuilt, hostileMissing } from '../../scripts/hostile-content';

/**
 * The XSS test. `npm run build:hostile` builds the site from its content plus an article in each
 * locale that passes content:check yet carries scripts, event handlers, hostile addresses and
 * hostile front matter (tests/fixtures/hostile/site); playwright.config.ts serves that build one
 * port above the site. Each payload, if it ran, would open a dialog, request /xss-fired or set
 * window.__xss. The CSP allows no inline script or handler but the page's own scripts, by hash, so it
 * would stop these too: the tests prove the HTML itself is clean, then that nothing runs (nor is
 * blocked by the CSP) in a browser.
 */
const hostileURL = hostile.url;
const locales = ['en', 'ar'] as const;
type Locale = (typeof locales)[number];
const articlePath = (locale: Locale) => `/${locale}/articles/${hostile.slug}`;

function hostileFrontmatter(locale: Locale) {
  const file = path.join(hostile.fixturesDir, locale, hostile.category, `${hostile.slug}.md`);
  return articleFrontmatterSchema.parse(matter(readFileSync(file, 'utf8'), {}).data);
}

/** Elements a hostile title or query would have to create to run (the dialog's own icons are SVG). */
const embedded = 'img, svg, script, iframe, object, embed';
const insideResults = `:is([role="option"], [role="status"]) :is(${embedded})`;

/** Hostile things readers could type or paste into search, in both scripts. */
const hostileQueries: Record<Locale, string[]> = {
  en: ['constructor', `<script>alert('q1')</script>`, `"><img src=x onerror=alert('q2')>`, `javascript:alert('q3')`, `'><svg onload=fetch('/xss-fired?q4')>`],
  ar: [`<script>alert('ع')</script> رفض الدفع`, `"><img src=x onerror=alert('خطأ')>`, `javascript:alert('دفع')`],
};

/**
 * Records every sign of a payload running: a dialog, a request to /xss-fired or to another site,
 * a CSP violation (something the HTML tried to load or run), a script error, a navigation away.
 */
async function watchForPayloads(page: Page, origin: string) {
  const fired: string[] = [];
  page.on('dialog', (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/xss-fired')) fired.push(`request: ${request.url()}`);
    else if (/^https?:$/.test(url.protocol) && url.origin !== origin) fired.push(`request to another site: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text())) fired.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => fired.push(`page error: ${error.message}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(origin)) fired.push(`navigated to ${frame.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    fired,
    /** Wakes every event handler an element could carry, then checks that nothing ran. */
    async expectNothingRan() {
      await page.evaluate(() => {
        const events = ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'focus', 'focusin', 'load', 'error', 'toggle', 'start', 'animationstart', 'input', 'change'];
        for (const element of document.querySelectorAll('body *')) {
          for (const type of events) element.dispatchEvent(new Event(type));
        }
      });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => typeof (window as { __xss?: unknown }).__xss), 'window.__xss').toBe('undefined');
      expect(fired).toEqual([]);
    },
  };
}

/**
 * Everything in a document that could run, load or submit something it should not, parsed by the
 * browser: `html` as served (before any script), or the live page when `html` is null.
 * Scripts may only be Next's: its own files, its inline data (a single call with a JSON argument,
 * so no text can break out of it) and JSON-LD with every `<` escaped.
 */
function unsafeMarkup(page: Page, html: string | null): Promise<string[]> {
  return page.evaluate((html) => {
    const doc = html === null ? document : new DOMParser().parseFromString(html, 'text/html');
    const problems: string[] = [];
    let ownScripts = 0;
    const show = (element: Element) => element.outerHTML.slice(0, 160);
    // Anywhere on the page; inside the article only the tags below (the site's own icons are inline SVG).
    const forbidden = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'style']);
    const articleTags = new Set(
      'p a h2 h3 h4 h5 h6 ul ol li strong em b i code pre blockquote div span table thead tbody tfoot tr th td img br hr del s ins sup sub kbd details summary dl dt dd picture source q var samp'.split(' '),
    );
    const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'cite', 'poster', 'longdesc', 'xlink:href', 'background', 'ping', 'codebase']);
    const isJson = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const jsonCall = (text: string, before: string, after: string) =>
      text.startsWith(before) && text.endsWith(after) && isJson(text.slice(before.length, text.length - after.length));
    const isNextInlineScript = (text: string) =>
      text === '(self.__next_f=self.__next_f||[]).push([0])' ||
      jsonCall(text, 'self.__next_f.push(', ')') ||
      jsonCall(text, '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ');');

    const article = doc.querySelector('.article-body');
    for (const element of doc.querySelectorAll('*')) {
      const tag = element.localName;
      if (forbidden.has(tag)) problems.push(`<${tag}>: ${show(element)}`);
      if (tag === 'meta' && element.hasAttribute('http-equiv')) problems.push(`meta http-equiv: ${show(element)}`);
      if (tag === 'link' && /stylesheet|import|preload|modulepreload/.test(element.getAttribute('rel') ?? '') && !element.getAttribute('href')?.startsWith('/_next/static/')) {
        problems.push(`link to load: ${show(element)}`);
      }
      if (article?.contains(element) && element !== article) {
        if (!articleTags.has(tag) && !(tag === 'input' && element.getAttribute('type') === 'checkbox' && element.hasAttribute('disabled'))) {
          problems.push(`<${tag}> in the article: ${show(element)}`);
        }
        if (element.hasAttribute('style')) problems.push(`style attribute in the article: ${show(element)}`);
      }
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) problems.push(`${name}= on ${show(element)}`);
        if (name === 'srcdoc') problems.push(`srcdoc on ${show(element)}`);
        if (!urlAttributes.has(name)) continue;
        // As a browser reads an address: leading spaces and control characters, tabs and newlines ignored.
        for (const address of name === 'srcset' ? value.split(',') : [value]) {
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
          if (scheme && !['http', 'https', 'mailto'].includes(scheme)) problems.push(`${scheme}: address in ${name}= on ${show(element)}`);
        }
      }
      if (tag === 'script') {
        const src = element.getAttribute('src');
        const type = element.getAttribute('type');
        const text = element.textContent ?? '';
        if (src !== null) {
          if (!src.startsWith('/_next/static/') || text.trim() !== '') problems.push(`script: ${show(element)}`);
        } else if (type === 'application/ld+json') {
          if (!isJson(text) || text.includes('<')) problems.push(`JSON-LD that is not inert JSON: ${text.slice(0, 160)}`);
        } else if (element.id === 'navigation-feedback') {
          // The layout's navigation feedback: the site's one inline script of its own, once per page,
          // its function called with the status element's id and a delay, nothing else.
          if (++ownScripts > 1 || !/^\(function[^<]*\)\("navigation-status",\d+\)$/.test(text)) problems.push(`navigation feedback script: ${text.slice(0, 160)}`);
        } else if (!isNextInlineScript(text)) {
          problems.push(`inline script that is not Next's: ${text.slice(0, 160)}`);
        }
      }
    }
    return problems;
  }, html);
}

test.describe('the hostile build', () => {
  test.use({ baseURL: hostileURL });

  test.beforeAll(() => {
    expect(hostileBuilt(), hostileMissing).toBe(true);
  });

  for (const locale of locales) {
    test(`the hostile ${locale} article is served with the CSP and its HTML holds no markup that runs`, async ({ page, request }) => {
      const response = await request.get(articlePath(locale));
      expect(response.status()).toBe(200);
      const csp = (response.headers()['content-security-policy'] ?? '').split(';').map((directive) => directive.trim());
      // Nothing by default (no object, frame or media); what the site uses from the site only.
      for (const directive of ["default-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
        expect(csp).toContain(directive);
      }
      // Scripts from this site and the page's own inline scripts by hash: no other origin, no eval, no 'unsafe-inline'.
      const scriptSrc = csp.find((directive) => directive.startsWith('script-src '))?.split(/\s+/).slice(1) ?? [];
      expect(scriptSrc[0]).toBe("'self'");
      expect(scriptSrc.length).toBeGreaterThan(1);
      for (const source of scriptSrc.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');

      const html = await response.text();
      // The payloads reached the page: this is the hostile article, not a clean one.
      expect(html).toContain('alert(&#x27;t1&#x27;)');
      expect(await unsafeMarkup(page, html)).toEqual([]);
    });

    test(`the hostile ${locale} front matter appears only as text, in the page, its metadata and its structured data`, async ({ page, request }) => {
      const { title, summary, sources } = hostileFrontmatter(locale);
      const html = await (await request.get(articlePath(locale))).text();
      const seen = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content');
        const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '{}'));
        const articleData = jsonLd.find((data) => data['@type'] === 'Article');
        const breadcrumbs = jsonLd.find((data) => data['@type'] === 'BreadcrumbList');
        return {
          documentTitle: doc.title,
          h1: doc.querySelector('h1')?.textContent,
          description: meta('meta[name="description"]'),
          ogTitle: meta('meta[property="og:title"]'),
          ogDescription: meta('meta[property="og:description"]'),
          twitterTitle: meta('meta[name="twitter:title"]'),
          headline: articleData?.headline,
          articleDescription: articleData?.description,
          citation: articleData?.citation,
          lastCrumb: breadcrumbs?.itemListElement.at(-1)?.name,
          sourceLinks: [...doc.querySelectorAll('section[aria-labelledby="sources"] a')].map((link) => ({
            href: link.getAttribute('href'),
            attributes: link.getAttributeNames().sort(),
            text: link.firstChild?.textContent,
          })),
        };
      }, html);

      expect(seen.documentTitle.startsWith(`${title} | `)).toBe(true);
      expect(seen).toMatchObject({
        h1: title,
        description: summary,
        ogTitle: title,
        ogDescription: summary,
        twitterTitle: title,
        headline: title,
        articleDescription: summary,
        citation: sources.map((source) => source.url),
        lastCrumb: title,
      });
      // Each source is one link whose address stayed inside its attribute.
      expect(seen.sourceLinks).toEqual(
        sources.map((source) => ({ href: source.url, attributes: ['href', 'rel', 'target'], text: source.title })),
      );
    });

    test(`nothing in the hostile ${locale} article runs in a browser`, async ({ page }) => {
      const watch = await watchForPayloads(page, hostileURL);
      await page.goto(articlePath(locale));
      await expect(page.locator('h1')).toHaveText(hostileFrontmatter(locale).title);
      await page.waitForLoadState('networkidle');
      expect(await unsafeMarkup(page, null)).toEqual([]);
      await watch.expectNothingRan();
    });

    test(`the hostile ${locale} article is listed, found by search and shown as text`, async ({ page, request }) => {
      const { title } = hostileFrontmatter(locale);
      const watch = await watchForPayloads(page, hostileURL);

      // Its category page lists it by title.
      await page.goto(`/${locale}/categories/${hostile.category}`);
      await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', articlePath(locale));
      expect(await unsafeMarkup(page, null)).toEqual([]);

      // The search index is served as JSON that browsers never sniff into HTML.
      const index = await request.get(`/${locale}/search-index.json`);
      expect(index.headers()['content-type']).toMatch(/^application\/json/);
      expect(index.headers()['x-content-type-options']).toBe('nosniff');
      expect(await index.json()).toBeTruthy();

      // The title typed into the header's search dialog finds the article, shown as text.
      await page.locator('#search-header').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox').fill(title);
      const option = dialog.getByRole('option').filter({ hasText: title }).first();
      await expect(option).toBeVisible();
      await expect(option.locator('[id$="-title"]')).toHaveText(title);
      await expect(dialog.locator(insideResults)).toHaveCount(0);
      expect(await unsafeMarkup(page, null)).toEqual([]);
      await watch.expectNothingRan();

      // The results page for the same query.
      await page.goto(`/${locale}/search?q=${encodeURIComponent(title)}`);
      const results = page.getByRole('main').locator('ol');
      await expect(results.getByRole('link', { name: title }).first()).toHaveAttribute('href', new RegExp(`^${articlePath(locale)}`));
      await expect(results.locator(embedded)).toHaveCount(0);
      expect(await unsafeMarkup(page, null)).toEqual([]);
      await watch.expectNothingRan();
    });
  }

  test('the checks notice a payload that does get through (controls)', async ({ page, request }) => {
    const html = await (await request.get(articlePath('en'))).text();
    const articleStart = /<div class="article-body[^"]*">/;
    expect(html).toMatch(articleStart);
    for (const payload of [
      `<img src="/illustrations/" alt="" onerror="alert('control')">`,
      `<a href=" java&#9;script:alert('control')">x</a>`,
      `<script>alert('control')</script>`,
      `<iframe srcdoc="<script>alert('control')</script>"></iframe>`,
      `<svg><a xlink:href="javascript:alert('control')"><text>x</text></a></svg>`,
      `<p style="position:fixed">x</p>`,
    ]) {
      const withPayload = html.replace(articleStart, (start) => `${start}${payload}`);
      expect(await unsafeMarkup(page, withPayload), payload).not.toEqual([]);
    }

    // An injected handler: the CSP blocks it, and the watch sees the violation.
    const watch = await watchForPayloads(page, hostileURL);
    await page.goto(articlePath('en'));
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', `<img src="/illustrations/" alt="" onerror="window.__xss = 1; alert('control'); fetch('/xss-fired?control')">`);
    });
    await expect.poll(() => watch.fired).toEqual(expect.arrayContaining([expect.stringMatching(/^console: Content-Security-Policy violation: script-src-attr/)]));
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    // A payload that does run (the test's own script, which no CSP governs): the watch sees each of its effects.
    await page.evaluate(() => {
      (window as { __xss?: unknown }).__xss = 1;
      void fetch('/xss-fired?control');
      alert('control');
    });
    await expect.poll(() => watch.fired).toEqual(expect.arrayContaining(['dialog: control', expect.stringMatching(/^request: .*\/xss-fired\?control$/)]));
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBe(1);
  });
});

test.describe('hostile queries on the site', () => {
  for (const locale of locales) {
    test(`hostile ${locale} queries in the address and the search box are shown only as text`, async ({ page, request, baseURL }) => {
      const watch = await watchForPayloads(page, baseURL!);
      for (const query of hostileQueries[locale]) {
        const address = `/${locale}/search?q=${encodeURIComponent(query)}`;
        const response = await request.get(address);
        expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
        expect(await unsafeMarkup(page, await response.text()), address).toEqual([]);

        await page.goto(address);
        const main = page.getByRole('main');
        await expect(main.getByRole('searchbox')).toHaveValue(query);
        await expect(main.getByRole('status')).toContainText(query);
        expect(await unsafeMarkup(page, null), address).toEqual([]);

        // The results page hides the header's box (its own field is the one search entry): the shortcut opens the dialog.
        await page.keyboard.press('Control+k');
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('combobox').fill(query);
        await expect(dialog.getByRole('status')).toContainText(query);
        await expect(dialog.locator(insideResults)).toHaveCount(0);
        expect(await unsafeMarkup(page, null), `${address}, in the dialog`).toEqual([]);
        await page.keyboard.press('Escape');
      }
      await watch.expectNothingRan();
    });
  }

  test('a hostile address gets the not-found page with nothing of it run', async ({ page, request, baseURL }) => {
    const watch = await watchForPayloads(page, baseURL!);
    for (const address of [`/en/articles/${encodeURIComponent(`<script>alert('p1')</script>`)}`, `/ar/${encodeURIComponent(`"><img src=x onerror=alert('p2')>`)}`]) {
      const response = await request.get(address);
      expect(response.status()).toBe(404);
      expect(await unsafeMarkup(page, await response.text()), address).toEqual([]);
      await page.goto(address);
      expect(await unsafeMarkup(page, null), address).toEqual([]);
    }
    await watch.expectNothingRan();
  });
});
