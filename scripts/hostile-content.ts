import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The hostile build for the XSS test: the site built from a copy of `content/` with the articles of
 * `tests/fixtures/hostile/site/` added (same layout as `content/`). Shared by `npm run build:hostile`,
 * playwright.config.ts, which serves the build, and the tests. Both folders can be moved with
 * HOSTILE_CONTENT_DIR and HOSTILE_DIST_DIR, so two people can build side by side.
 */
export const hostile = {
  /** The slug of the hostile article, in every locale. */
  slug: 'xss-probe',
  category: 'troubleshooting',
  /** Articles that pass content:check but carry attacks. */
  fixturesDir: 'tests/fixtures/hostile/site',
  /** Attacks content:check rejects, so no build can hold them (tests/unit/xss-fixtures.test.ts). */
  rejectedDir: 'tests/fixtures/hostile/rejected',
  /** Where the content is assembled; served with HELP_CONTENT_DIR set to it, as the proxy reads it too. */
  contentDir: process.env.HOSTILE_CONTENT_DIR || '.tmp/hostile-content',
  distDir: process.env.HOSTILE_DIST_DIR || '.next-hostile',
  /** Served one port above the site's (PORT, default 3100) by playwright.config.ts. */
  port: Number(process.env.PORT ?? 3100) + 1,
  get url() {
    return `http://localhost:${this.port}`;
  },
} as const;

/** Whether `npm run build:hostile` has left a build and its content folder to serve. */
export function hostileBuilt(): boolean {
  return existsSync(path.join(hostile.distDir, 'BUILD_ID')) && existsSync(hostile.contentDir);
}

/** Why a test of the hostile build cannot run when it is missing. */
export const hostileMissing = `the hostile build is missing: run "npm run build:hostile" (it writes ${hostile.distDir} and ${hostile.contentDir})`;

/** Replaces `target` with `content/` plus the given fixture folders copied over it. */
export function assembleContent(target: string, fixtureDirs: readonly string[] = [hostile.fixturesDir], root = process.cwd()): string {
  const dir = path.resolve(root, target);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  for (const fixtures of fixtureDirs) cpSync(path.resolve(root, fixtures), dir, { recursive: true });
  return dir;
}
