import { expect, test, type APIRequestContext } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { publishedPages } from '@/lib/pages';
import { checkMessagePath, homePath, sitePath } from '@/lib/paths';
import { locales, newerArticlePaths } from './pages';

interface Page {
  path: string;
  status: number;
  html: string;
  ids: Set<string>;
}

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // React writes attributes such as charSet and dateTime in camelCase; HTML is case-insensitive.
    'attr-case': 'off',
    // React's generated ids (e.g. "_R_1_") are valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
  },
});

const attributeUrls = /\s(?:href|src)="([^"]+)"/g;
const decodeEntities = (value: string) => value.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

/** Crawls from each locale's home page through every internal link, page and asset, once. */
async function crawl(request: APIRequestContext) {
  const pages = new Map<string, Page>();
  const assets = new Map<string, number>();
  const links: { from: string; to: string }[] = [];
  const queue = locales.map((locale) => homePath(locale));
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await request.get(path, { maxRedirects: 0 });
    const location = response.headers()['location'];
    if (response.status() >= 300 && response.status() < 400 && location) {
      // A redirect (such as `/` to the reader's language) counts when it leads to a page.
      pages.set(path, { path, status: 200, html: '', ids: new Set() });
      queue.push(new URL(location, 'http://site.test').pathname);
      continue;
    }
    const html = await response.text();
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1]!)));
    pages.set(path, { path, status: response.status(), html, ids });
    for (const match of html.matchAll(attributeUrls)) {
      const url = new URL(decodeEntities(match[1]!), 'http://site.test' + path);
      if (url.origin !== 'http://site.test') continue;
      const target = url.pathname + url.search + url.hash;
      links.push({ from: path, to: target });
      if (url.pathname.startsWith('/_next/') || /\.[a-z0-9]+$/i.test(url.pathname)) {
        if (!assets.has(url.pathname)) assets.set(url.pathname, (await request.get(url.pathname)).status());
      } else if (!pages.has(url.pathname) && !queue.includes(url.pathname) && !url.search) {
        queue.push(url.pathname);
      }
    }
  }
  return { pages, assets, links };
}

test.describe.configure({ mode: 'serial' });

let site: Awaited<ReturnType<typeof crawl>>;

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  site = await crawl(request);
});

test('the crawl reaches every page, and every internal link, anchor and asset works', () => {
  expect(site.pages.size).toBeGreaterThan(100);
  const broken = [...site.pages.values()].filter((page) => page.status !== 200).map((page) => `${page.path} → ${page.status}`);
  expect(broken).toEqual([]);
  const brokenAssets = [...site.assets].filter(([, status]) => status !== 200).map(([path, status]) => `${path} → ${status}`);
  expect(brokenAssets).toEqual([]);
  const brokenAnchors = site.links
    .filter((link) => link.to.includes('#'))
    .filter((link) => {
      const [pathPart, anchor = ''] = link.to.split('#');
      const target = site.pages.get(pathPart || link.from);
      return anchor !== '' && anchor !== 'main' ? !target?.ids.has(decodeURIComponent(anchor)) : !target;
    })
    .map((link) => `${link.from} → ${link.to}`);
  expect(brokenAnchors).toEqual([]);
});

test('the crawl reaches the articles added on 7 December and the message check, in both languages, by following links', () => {
  for (const locale of locales) {
    for (const path of [...newerArticlePaths(locale), checkMessagePath(locale)]) {
      expect(site.pages.get(path)?.status, path).toBe(200);
      expect(site.links.some((link) => link.to.split('#')[0] === path && link.from !== path), `a link to ${path}`).toBe(true);
    }
  }
});

test('no page is an orphan: every page in the sitemap is reached by following links', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(listed.length).toBeGreaterThan(100);
  expect(listed.filter((path) => !site.pages.has(path))).toEqual([]);
});

test('the crawl reaches exactly the published pages (lib/pages.ts, which the proxy and the sitemap use too)', () => {
  const published = publishedPages().map(sitePath);
  const reached = [...site.pages.values()].filter((page) => page.status === 200 && page.html).map((page) => page.path);
  expect(reached.filter((path) => !published.includes(path))).toEqual([]);
  expect(published.filter((path) => !reached.includes(path))).toEqual([]);
});

test('every page is valid HTML', async () => {
  const invalid: string[] = [];
  for (const page of site.pages.values()) {
    if (!page.html) continue;
    const report = await validator.validateString(page.html);
    for (const message of report.results.flatMap((result) => result.messages)) {
      invalid.push(`${page.path}: ${message.ruleId} — ${message.message}`);
    }
  }
  expect(invalid).toEqual([]);
});
