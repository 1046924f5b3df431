/**
 * `node scripts/screenshots.mjs [baseUrl] [outDir] [path...]`: full-page PNGs of pages as readers
 * see them, for a look before a change lands: phones of 320 and 360px and a desktop, light and dark,
 * each page in English and Arabic. `VIEWS=phone-320,desktop-dark` limits the views.
 *
 * The default pages are one of each type: home, a category, the article with the KNET messages
 * table, search with results, a contact result and the 404 page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const [baseUrl = 'http://localhost:3000', outDir = '.tmp/screenshots', ...paths] = process.argv.slice(2);
const pageTypes = [
  '',
  '/categories/troubleshooting',
  '/articles/knet-payment-page-messages',
  '/search?q=declined',
  '/contact/declined/knet-page',
  '/no-such-page',
];
const pages = paths.length > 0 ? paths : ['en', 'ar'].flatMap((locale) => pageTypes.map((type) => `/${locale}${type}`));
const allViews = [
  { name: 'phone-320', viewport: { width: 320, height: 568 }, colorScheme: 'light' },
  { name: 'phone-320-dark', viewport: { width: 320, height: 568 }, colorScheme: 'dark' },
  { name: 'phone-360', viewport: { width: 360, height: 780 }, colorScheme: 'light' },
  { name: 'phone-360-dark', viewport: { width: 360, height: 780 }, colorScheme: 'dark' },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
];
const only = process.env.VIEWS?.split(',').filter(Boolean);
const views = only ? allViews.filter((view) => only.includes(view.name)) : allViews;

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const view of views) {
  const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme, bypassCSP: true });
  const page = await context.newPage();
  for (const pagePath of pages) {
    // Idle network: search results and the contact result's request form arrive after the page.
    await page.goto(baseUrl + pagePath, { waitUntil: 'networkidle' });
    if (pagePath.includes('/search?')) await page.locator('main ol a').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    const file = path.join(outDir, `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${view.name}.png`);
    // Blocks laid out only near the screen (content-visibility: auto: the footer, an article's end)
    // stay blank in a full-page capture, whose screen is the first one: show them for the picture.
    await page.addStyleTag({ content: '.site-footer, .article-sources, .article-end { content-visibility: visible !important; }' });
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
