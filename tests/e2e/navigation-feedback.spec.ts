import { expect, test, type Page } from '@playwright/test';
import { articlePath, categoryPath, homePath } from '@/lib/paths';
import { locales } from './pages';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** A slow phone on a bad connection: Chromium's Slow 3G profile and a CPU four times slower. */
async function slowPhone(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/**
 * Records, inside the page, what the first animation frame after a pointerdown shows: whether the
 * pressed link is marked and looks different from a link at rest, and how long after the
 * pointerdown that frame came (issue 22: feedback within 100 ms). Measured in the page, from the
 * event's own time stamp to the frame, not by the test runner's clock.
 */
async function recordFirstFrame(page: Page) {
  await page.evaluate(() => {
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.boxShadow, style.borderColor, style.textDecorationThickness, style.textDecorationColor].join(' | ');
    };
    // Every link's look before the tap (by the time of the pointerdown, :active may already apply).
    const atRest = new Map([...document.querySelectorAll('a')].map((link) => [link, look(link)]));
    window.addEventListener(
      'pointerdown',
      (event) => {
        const link = event.target instanceof Element ? event.target.closest('a') : null;

        requestAnimationFrame((frameTime) => {
          const pressed = Boolean(link?.hasAttribute('data-pending'));
          const looksPressed = Boolean(link) && look(link!) !== atRest.get(link!);
          const delayMs = Math.max(frameTime, performance.now()) - event.timeStamp;
          // Kept in the tab's storage: a tap before hydration is a full page load, which replaces this window.
          sessionStorage.setItem('first-frame', JSON.stringify({ pressed, looksPressed, delayMs: Math.round(delayMs) }));
        });
      },
      { capture: true, once: true },
    );
  });
}

interface FirstFrame {
  pressed: boolean;
  looksPressed: boolean;
  delayMs: number;
}

const firstFrame = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('first-frame') ?? 'null') as FirstFrame | null);

for (const locale of locales) {
  test.describe(`a tap on a slow phone in ${locale}`, () => {
    test.setTimeout(180_000);

    test('an article link shows it was pressed in the first frame, then a progress bar until the article is shown', async ({ page }) => {
      const target = articlePath(locale, 'knet-payment-page-messages');
      // The article's data is held back until the checks below are done, so they never race a fast answer.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(
        (url) => url.pathname === target && url.searchParams.has('_rsc'),
        async (route) => {
          await held;
          await route.continue();
        },
      );
      await page.goto(categoryPath(locale, 'troubleshooting'));
      const link = page.locator(`main a[href="${target}"]`).first();
      await expect(link).toBeVisible();
      await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
      await slowPhone(page);
      await recordFirstFrame(page);
      await link.scrollIntoViewIfNeeded();
      await link.tap({ noWaitAfter: true });

      await expect.poll(() => firstFrame(page), { message: 'the first frame after pointerdown was recorded', timeout: 60_000 }).not.toBeNull();
      const frame = (await firstFrame(page))!;
      // The delay is a figure, printed, not asserted (a busy machine delays every frame): what the test
      // holds is that the very first frame already shows the press, before any answer from the network.
      test.info().annotations.push({ type: 'feedback delay', description: `${frame.delayMs} ms from pointerdown to the frame showing the pressed link` });
      console.log(`navigation feedback (${locale}): first frame ${frame.delayMs} ms after pointerdown`);
      expect(frame, `first frame ${frame.delayMs} ms after pointerdown`).toMatchObject({ pressed: true, looksPressed: true });
      // The bar: on <html>, drawn by body::before, while the next page is on its way.
      await expect(page.locator('html')).toHaveAttribute('data-navigating', '');
      const bar = await page.evaluate(() => {
        const style = getComputedStyle(document.body, '::before');
        return { content: style.content, position: style.position, height: style.blockSize, animation: style.animationName };
      });
      expect(bar).toEqual({ content: '""', position: 'fixed', height: '3px', animation: 'navigation-progress' });
      expect(page.url()).not.toContain(target);

      release();
      await expect(page).toHaveURL(target, { timeout: 120_000 });
      await expect(page.locator('.article-body')).toBeVisible();
      // Done: the bar is gone, nothing stays pressed, and the screen reader status is quiet again.
      await expect(page.locator('html')).not.toHaveAttribute('data-navigating', '');
      await expect(page.locator('[data-pending]')).toHaveCount(0);
      await expect(page.locator('#navigation-status')).toHaveText('');
    });

    test('a tap before the page has hydrated still shows feedback (the listener needs no React)', async ({ page }) => {
      // The page's scripts never arrive: the link is a plain link, followed by the browser.
      await page.route('**/_next/static/chunks/**/*.js', (route) => route.abort());
      await page.goto(homePath(locale));
      await recordFirstFrame(page);
      const link = page.locator('main a[href*="/categories/"]').first();
      await link.scrollIntoViewIfNeeded();
      const href = await link.getAttribute('href');
      await page.evaluate(() => window.addEventListener('beforeunload', () => sessionStorage.setItem('navigating-at-unload', String(document.documentElement.hasAttribute('data-navigating')))));
      await link.tap();
      await expect(page).toHaveURL(href!);
      expect(await page.evaluate(() => sessionStorage.getItem('navigating-at-unload'))).toBe('true');
    });

    test('the next page starts at its top, header and all, not in the middle of a smooth scroll', async ({ page }) => {
      await page.goto(homePath(locale));
      // Hydrated: Next.js has taken over the links.
      await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
      const link = page.locator('main a[href*="/categories/"]').last();
      await link.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      await link.click();
      await expect(page).toHaveURL(/\/categories\//);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.getByRole('banner')).toBeInViewport();
    });
  });
}

test('with reduced motion the bar stands still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(homePath('ar'));
  await page.evaluate(() => document.documentElement.setAttribute('data-navigating', ''));
  const style = await page.evaluate(() => {
    const before = getComputedStyle(document.body, '::before');
    return { animation: before.animationName, origin: before.transformOrigin };
  });
  // Right-to-left: the bar grows from the right, where reading starts.
  expect(style).toEqual({ animation: 'none', origin: '360px 0px' });
});

test('links within the page and to other sites are not navigations of this site', async ({ page }) => {
  await page.goto(articlePath('en', 'knet-payment-page-messages'));
  await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
  await page.locator('.toc-fold summary').click();
  await page.locator('.toc-fold a').first().click();
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating', '');
  await expect(page.locator('[data-pending]')).toHaveCount(0);
});
