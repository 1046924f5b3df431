/**
 * `npm run bench:bare-next`: the floor for the page-weight budget.
 *
 * Builds and serves a bare Next.js app of the version this project uses (scripts/bare-next-app.ts),
 * loads its page in Chromium and weighs its JavaScript exactly as tests/e2e/page-weight.spec.ts
 * weighs an article (gzip -9 of every script, recompressed here).
 *
 * When this project's production build is being served (PORT, default 3100, or --site <url>), the
 * article page is measured too and printed beside the floor, with the budget from
 * tests/e2e/page-weight.budget.json.
 *
 * Usage: npm run bench:bare-next [-- --site http://localhost:3201] [--keep]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, devices, type Browser } from '@playwright/test';
import { chromiumLaunchOptions, findChromium } from '../tests/e2e/chromium';
import { formatWeight, measurePage, type PageWeight } from '../tests/e2e/page-weight';
import { startBareApp, versions } from './bare-next-app';
import { root } from './production-server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const keep = args.includes('--keep');
const siteUrl = option('site') ?? `http://localhost:${process.env.PORT ?? 3100}`;
const articlePaths = ['/en/articles/knet-payment-page-messages', '/ar/articles/knet-payment-page-messages'];

async function measure(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ ...devices['Desktop Chrome'] });
  try {
    const { weight, recording } = await measurePage(await context.newPage(), url);
    recording.stop();
    return weight;
  } finally {
    await context.close();
  }
}

/** True when the project's production build answers at `url` (it is not started here). */
async function siteIsServing(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(articlePaths[0]!, url), { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

interface Budget {
  articleJsGzipBytes: number;
  floorJsGzipBytes: number;
}

function readBudget(): Budget | undefined {
  const file = path.join(root, 'tests', 'e2e', 'page-weight.budget.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Budget) : undefined;
}

async function main() {
  if (!findChromium()) throw new Error('No Chromium: run `npx playwright install chromium`, install your system\'s chromium package, or set CHROMIUM_PATH.');
  const { url: bareUrl, dir, packages } = await startBareApp({ label: 'bench:bare-next', keep });

  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const floor = await measure(browser, `${bareUrl}/`);
    console.log(`\nBare Next.js ${versions.next} page (React ${versions.react}; ${packages}):\n${formatWeight(floor)}\n`);

    const budget = readBudget();
    const line = (label: string, bytes: number, remark = '') => `${label.padEnd(44)}${String(bytes).padStart(7)} bytes gzip -9${remark ? `  ${remark}` : ''}`;
    const summary = [line(`floor: bare Next.js ${versions.next} page`, floor.gzipBytes)];
    if (await siteIsServing(siteUrl)) {
      for (const articlePath of articlePaths) {
        const article = await measure(browser, `${siteUrl}${articlePath}`);
        console.log(`${formatWeight(article)}\n`);
        const over = article.gzipBytes - floor.gzipBytes;
        const verdict = budget ? (article.gzipBytes <= budget.articleJsGzipBytes ? ', within budget' : ', OVER BUDGET') : '';
        summary.push(line(articlePath, article.gzipBytes, `(floor + ${over} bytes, +${((over / floor.gzipBytes) * 100).toFixed(1)}%${verdict})`));
      }
    } else {
      summary.push(`(no production build answers at ${siteUrl}: serve one and pass --site <url> to measure the article page too)`);
    }
    if (budget) {
      summary.push(line('budget (tests/e2e/page-weight.budget.json)', budget.articleJsGzipBytes, `(recorded floor ${budget.floorJsGzipBytes})`));
    }
    console.log(summary.join('\n'));
  } finally {
    await browser.close();
  }
  if (keep) console.log(`\nKept the bare app in ${dir}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:bare-next: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
