/**
 * `npm run build:test`: the production build the browser tests run against, in `.next-test`
 * (TEST_DIST_DIR), never `.next`, so `npm test` leaves alone whatever `npm start` is serving.
 * `npm test` type-checks first, so Next's own type check is left out (HELP_TYPECHECK=1 keeps it).
 */
import { buildSite, testBuild } from './next-build';

const status = await buildSite({
  label: 'build:test',
  distDir: testBuild.distDir,
  skipTypecheck: process.env.HELP_TYPECHECK !== '1',
});
process.exit(status);
