/**
 * `npm run build:hostile`: builds the site a second time, into `.next-hostile`, from a copy of
 * `content/` holding the hostile articles of `tests/fixtures/hostile/site/`: articles that pass
 * content:check but carry scripts, event handlers, hostile addresses and hostile front matter.
 * tests/e2e/xss.spec.ts serves it (playwright.config.ts) and proves none of it reaches the HTML. Its
 * search index is sharded, which tests/e2e/search-sharded.spec.ts uses.
 * Exits non-zero when the content check or the build fails.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assembleContent, hostile } from './hostile-content';

const root = path.resolve(import.meta.dirname, '..');
const tsconfigPath = path.join(root, 'tsconfig.json');
const tsconfig = readFileSync(tsconfigPath, 'utf8');
const env = {
  ...process.env,
  HELP_CONTENT_DIR: hostile.contentDir,
  NEXT_DIST_DIR: hostile.distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  // The search index in parts, as a library of thousands would be served, so the browser tests
  // run the sharded search path too (tests/e2e/search-sharded.spec.ts).
  HELP_SEARCH_SHARDED: '1',
  // The main build, just before, type-checked the same code: skipping it here saves about 15 s.
  HELP_SKIP_TYPECHECK: '1',
};

let child: ReturnType<typeof spawn> | undefined;

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`build:hostile: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** `next build` rewrites tsconfig.json (it adds its dist folder's types); put back what was there. */
function restoreTsconfig() {
  if (readFileSync(tsconfigPath, 'utf8') !== tsconfig) writeFileSync(tsconfigPath, tsconfig);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    restoreTsconfig();
    process.exit(1);
  });
}

const started = performance.now();
assembleContent(hostile.contentDir, [hostile.fixturesDir], root);
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
let status = await run(bin('tsx'), [path.join(root, 'scripts', 'content-check.ts')]);
if (status === 0) {
  status = await run(bin('next'), ['build']);
  restoreTsconfig();
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (status !== 0) {
  console.error(`\nbuild:hostile FAILED (exit ${status}) after ${seconds} s: the hostile articles in ${hostile.fixturesDir} must pass content:check, and the site must build with them.`);
  process.exit(status);
}
console.log(`build:hostile: built ${hostile.distDir} from ${hostile.contentDir} in ${seconds} s.`);
