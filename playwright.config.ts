import { defineConfig, devices } from '@playwright/test';
import { hostile, hostileBuilt } from './scripts/hostile-content';
import { testBuild } from './scripts/next-build';
import { chromiumLaunchOptions } from './tests/e2e/chromium';
import { e2eFeedbackEnv } from './tests/e2e/feedback-env';

const port = Number(process.env.PORT ?? 3100);

/**
 * Browser tests run against the tests' own production build (`npm run build:test` writes
 * `.next-test`; `npm run test:e2e` builds it first), served by `next start`, never `.next`, which
 * `npm start` serves. One server and one build for the whole suite keeps it within minutes on two
 * cores; the XSS test adds a second, of the hostile build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: [
    {
      command: `npx next start -p ${port}`,
      // A temporary feedback database and known editor credentials (tests/e2e/feedback-env.ts).
      // Only the main process starts servers; workers load this file too and need no folder.
      env: {
        NEXT_DIST_DIR: testBuild.distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        ...(process.env.TEST_WORKER_INDEX === undefined ? e2eFeedbackEnv() : {}),
      },
      url: `http://localhost:${port}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The hostile build (`npm run build:hostile`), one port up, for xss.spec.ts and search-sharded.spec.ts.
    // It reads its content folder at run time too (the proxy's list of pages), hence HELP_CONTENT_DIR.
    // Served only once built, so running other specs does not need it.
    ...(hostileBuilt()
      ? [
          {
            command: `npx next start -p ${hostile.port}`,
            env: { NEXT_DIST_DIR: hostile.distDir, HELP_CONTENT_DIR: hostile.contentDir, NEXT_TELEMETRY_DISABLED: '1' },
            url: `${hostile.url}/en`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
