/**
 * `node scripts/screenshots.mjs [baseUrl] [outDir] [path...]`: full-page PNGs of pages as readers
 * see them (phone 360px and desktop, light and dark), for a look before a change lands.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const [baseUrl = 'http://localhost:3000', outDir = '.tmp/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/en', '/en/articles/knet-payment-page-messages', '/en/contact', '/en/nope'];
const views = [
  { name: 'phone', viewport: { width: 360, height: 780 }, colorScheme: 'light' },
  { name: 'phone-dark', viewport: { width: 360, height: 780 }, colorScheme: 'dark' },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const view of views) {
  const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme });
  const page = await context.newPage();
  for (const pagePath of pages) {
    await page.goto(baseUrl + pagePath);
    const file = path.join(outDir, `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${view.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
