import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatWeight, isSearchIndexUrl, measurePage, messageCheckMarkers, scriptsWith, scriptsWithSearchEngine, searchEngineMarkers } from './page-weight';

const budgetFile = path.join(import.meta.dirname, 'page-weight.budget.json');
const budget = JSON.parse(readFileSync(budgetFile, 'utf8')) as { articleJsGzipBytes: number; floorJsGzipBytes: number; checkMessageJsGzipBytes: number };

const articles = ['/en/articles/knet-payment-page-messages', '/ar/articles/knet-payment-page-messages'];

test.describe('page weight', () => {
  test('the budget file holds the three figures as byte counts', () => {
    expect(Number.isInteger(budget.articleJsGzipBytes) && budget.articleJsGzipBytes > 0, `${budgetFile}: articleJsGzipBytes`).toBe(true);
    expect(Number.isInteger(budget.floorJsGzipBytes) && budget.floorJsGzipBytes > 0, `${budgetFile}: floorJsGzipBytes`).toBe(true);
    expect(Number.isInteger(budget.checkMessageJsGzipBytes) && budget.checkMessageJsGzipBytes > 0, `${budgetFile}: checkMessageJsGzipBytes`).toBe(true);
  });

  for (const article of articles) {
    test(`${article} stays within the JavaScript budget and loads search only when a search box is focused`, async ({ page }, testInfo) => {
      const { weight, loaded, recording } = await measurePage(page, article);
      const table = formatWeight(weight);
      await testInfo.attach('page-weight.txt', { body: table, contentType: 'text/plain' });

      const over = weight.gzipBytes - budget.articleJsGzipBytes;
      expect
        .soft(
          weight.gzipBytes,
          [
            `The page loads ${weight.gzipBytes} bytes of JavaScript (gzip -9), ${over} bytes over the budget of ` +
              `${budget.articleJsGzipBytes} in tests/e2e/page-weight.budget.json; a bare Next.js page loads ${budget.floorJsGzipBytes}.`,
            table,
          ].join('\n'),
        )
        .toBeLessThanOrEqual(budget.articleJsGzipBytes);

      expect.soft(recording.requests.filter(isSearchIndexUrl), 'the search index must not load with the page').toEqual([]);
      expect
        .soft(scriptsWithSearchEngine(loaded), `the search engine's code (${searchEngineMarkers.join(', ')}) must not load with the page`)
        .toEqual([]);
      expect.soft(scriptsWith(messageCheckMarkers, loaded), `the message check's code (${messageCheckMarkers.join(', ')}) must not load with the page`).toEqual([]);

      // The checks above pass just as well if search is broken or renamed: focusing the box must load both.
      const indexRequested = page.waitForRequest((request) => isSearchIndexUrl(request.url()), { timeout: 10_000 });
      await page.locator('#search-header').focus();
      await indexRequested;
      await expect
        .poll(async () => scriptsWithSearchEngine(await recording.scripts()).length, {
          message: `focusing the search box loads a script holding one of ${JSON.stringify(searchEngineMarkers)}`,
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      // Search tells a pasted message with a few patterns; the check's rules load only when one is pasted.
      expect.soft(scriptsWith(messageCheckMarkers, await recording.scripts()), "the message check's rules must not load with the search box").toEqual([]);
      recording.stop();
    });
  }

  for (const path of ['/en/check-message', '/ar/check-message']) {
    test(`${path} loads the message check, not search, within its own budget`, async ({ page }, testInfo) => {
      const { weight, loaded, recording } = await measurePage(page, path);
      recording.stop();
      const table = formatWeight(weight);
      await testInfo.attach('page-weight.txt', { body: table, contentType: 'text/plain' });
      expect(scriptsWith(messageCheckMarkers, loaded), `the page runs the check, so it loads a script holding ${JSON.stringify(messageCheckMarkers)}`).not.toEqual([]);
      expect.soft(recording.requests.filter(isSearchIndexUrl), 'the search index must not load with the page').toEqual([]);
      expect.soft(scriptsWithSearchEngine(loaded), "the search engine's code must not load with the page").toEqual([]);
      expect
        .soft(weight.gzipBytes, [`The page loads ${weight.gzipBytes} bytes of JavaScript (gzip -9), over the budget of ${budget.checkMessageJsGzipBytes}.`, table].join('\n'))
        .toBeLessThanOrEqual(budget.checkMessageJsGzipBytes);
    });
  }
});
