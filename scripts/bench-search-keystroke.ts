/**
 * `npm run bench:keystroke`: how long the search dialog takes from a keystroke to its results, in
 * Chromium against the production build, with search in its Web Worker and, for comparison, on the
 * page (Worker deleted before the page's scripts run). For each query the box is filled with all
 * but its last character, then the last is typed; the time runs from that keystroke (its beforeinput event) to the moment the
 * dialog's status names the whole query (its results are in the DOM). Prints the median and p95 per
 * locale and mode. Not a test: figures vary with the machine's load.
 *
 * Usage: npm run bench:keystroke [-- --cpu 4] [--no-build] [--url http://host:port]
 *   --cpu N  slows the CPU N times (Chromium's throttling), as Lighthouse does for a mid-range phone
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { ensureBuild, freePort, startNext, type RunningServer } from './production-server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const cpu = Number(option('cpu') ?? 1);
const givenUrl = option('url');

const queries = {
  en: ['NOT CAPTURED', 'declined payment', 'gift card', 'instalment plans', 'knet card amazon', 'refund', 'verify payment method', 'otp not received', 'scam call', 'amazon pay balance'],
  ar: ['مرفوضة', 'بطاقة هدايا', 'الدفع بكي نت', 'استرداد المبلغ', 'رمز التحقق', 'احتيال', 'خدمة العملاء', 'اقساط', 'رصيد امازون', 'تم رفض الدفع'],
} as const;

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

async function measure(page: Page, query: string): Promise<number> {
  const combobox = page.getByRole('dialog').getByRole('combobox');
  const status = page.getByRole('dialog').getByRole('status');
  await combobox.fill('');
  const head = query.slice(0, -1);
  await combobox.fill(head);
  await page.waitForFunction(
    ({ head }) => (document.querySelector('dialog [role="status"]')?.textContent ?? '').includes(head),
    { head },
  );
  await page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('dialog [role="combobox"]')!;
    const statusElement = document.querySelector('dialog [role="status"]')!;
    const w = window as unknown as { keystroke?: Promise<number> };
    w.keystroke = new Promise((resolve) => {
      let start = 0;
      input.addEventListener('beforeinput', () => (start = performance.now()), { once: true, capture: true });
      const observer = new MutationObserver(() => {
        const text = statusElement.textContent ?? '';
        if (start && text.includes(query)) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(statusElement, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await page.keyboard.type(query.slice(-1));
  const elapsed = await page.evaluate(() => (window as unknown as { keystroke: Promise<number> }).keystroke);
  await status.waitFor();
  return elapsed;
}

async function main() {
  let server: RunningServer | undefined;
  let base = givenUrl;
  if (!base) {
    ensureBuild({ allowBuild: !args.includes('--no-build') });
    server = await startNext(await freePort(3600));
    base = server.url;
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log(`Keystroke to results in the search dialog (${cpu}× CPU slowdown), ms:`);
    console.log('locale  mode     queries  median  p95   max');
    for (const locale of ['en', 'ar'] as const) {
      for (const mode of ['worker', 'page'] as const) {
        const context = await browser.newContext();
        if (mode === 'page') await context.addInitScript(() => void delete (window as { Worker?: unknown }).Worker);
        const page = await context.newPage();
        if (cpu > 1) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        }
        await page.goto(`${base}/${locale}/articles/knet-payment-page-messages`, { waitUntil: 'networkidle' });
        await page.locator('#search-header').click();
        await page.getByRole('dialog').getByRole('option').first().waitFor();
        const times: number[] = [];
        // Each query twice: the first pass also warms the engine's caches.
        for (const query of [...queries[locale], ...queries[locale]]) times.push(await measure(page, query));
        const [median, p95, max] = [percentile(times, 0.5), percentile(times, 0.95), Math.max(...times)].map((value) => value.toFixed(1));
        console.log(`${locale.padEnd(8)}${mode.padEnd(9)}${String(times.length).padEnd(9)}${median!.padEnd(8)}${p95!.padEnd(6)}${max}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
