/**
 * `npm run build:hostile`: builds the site a second time, into `.next-hostile`, from a copy of
 * `content/` holding the hostile articles of `tests/fixtures/hostile/site/`: articles that pass
 * content:check but carry scripts, event handlers, hostile addresses and hostile front matter.
 * tests/e2e/xss.spec.ts serves it (playwright.config.ts) and proves none of it reaches the HTML. Its
 * search index is sharded, which tests/e2e/search-sharded.spec.ts uses.
 * Exits non-zero when the content check or the build fails.
 */
import { assembleContent, hostile } from './hostile-content';
import { buildSite, root } from './next-build';

assembleContent(hostile.contentDir, [hostile.fixturesDir], root);
const status = await buildSite({
  label: 'build:hostile',
  distDir: hostile.distDir,
  env: {
    HELP_CONTENT_DIR: hostile.contentDir,
    // The search index in parts, as a library of thousands would be served, so the browser tests
    // run the sharded search path too (tests/e2e/search-sharded.spec.ts).
    HELP_SEARCH_SHARDED: '1',
  },
  // The same code as the main build, which `npm test` has just type-checked: saves about 15 s.
  skipTypecheck: true,
});
if (status !== 0) {
  console.error(`build:hostile: the hostile articles in ${hostile.fixturesDir} must pass content:check, and the site must build with them.`);
}
process.exit(status);
