/**
 * Builds the site into a folder of its own, for the browser tests (`npm run build:test`, `.next-test`)
 * and the hostile build (`npm run build:hostile`, `.next-hostile`), so neither ever touches `.next`,
 * the build `npm start` serves. Runs content:check, `next build`, then scripts/edge-manifest.ts (as
 * `npm run build` does), and says what it is doing: a line when each step starts, a line every 20 s
 * while `next build` prints nothing (its compile step is silent for a minute on two cores), and the
 * time each step took.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

/** The browser tests' own build, served by playwright.config.ts. TEST_DIST_DIR moves it. */
export const testBuild = {
  distDir: process.env.TEST_DIST_DIR || '.next-test',
} as const;

/** Whether a build is there to serve: `next build` writes BUILD_ID last. */
export function isBuilt(distDir: string): boolean {
  return existsSync(path.join(root, distDir, 'BUILD_ID'));
}

const quietAfterMs = 20_000;

/** Runs a command, passing its output through, and prints a line whenever it has been quiet a while. */
function run(label: string, command: string, args: string[], env: Record<string, string | undefined>): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    let lastOutput = started;
    const child = spawn(command, args, { cwd: root, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      lastOutput = performance.now();
      to.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    const heartbeat = setInterval(() => {
      if (performance.now() - lastOutput < quietAfterMs) return;
      lastOutput = performance.now();
      console.log(`${label}: still working (${seconds(started)} s)…`);
    }, 1_000);
    const stopOnSignal = (signal: NodeJS.Signals) => child.kill(signal);
    process.once('SIGINT', stopOnSignal);
    process.once('SIGTERM', stopOnSignal);
    const done = (status: number) => {
      clearInterval(heartbeat);
      process.off('SIGINT', stopOnSignal);
      process.off('SIGTERM', stopOnSignal);
      resolve(status);
    };
    child.on('error', (error) => {
      console.error(`${label}: could not run ${command}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(0);
}

export interface BuildOptions {
  /** Names the build in progress lines, e.g. "build:test". */
  label: string;
  distDir: string;
  /** Added to the environment of content:check and `next build` (HELP_CONTENT_DIR, …). */
  env?: Record<string, string>;
  /** Leave out Next's own type check, for code `npm run typecheck` has just checked. */
  skipTypecheck?: boolean;
}

/**
 * content:check, `next build` into `distDir`, then the edge manifest. `next build` adds its folder's
 * types to tsconfig.json; the file is put back as it was, so a test build never shows up as a change.
 * Returns the exit status (0 when built).
 */
export async function buildSite({ label, distDir, env = {}, skipTypecheck = false }: BuildOptions): Promise<number> {
  const fullEnv: Record<string, string | undefined> = {
    ...process.env,
    ...env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    ...(skipTypecheck ? { HELP_SKIP_TYPECHECK: '1' } : {}),
  };
  const tsconfigPath = path.join(root, 'tsconfig.json');
  const tsconfig = readFileSync(tsconfigPath, 'utf8');
  const restoreTsconfig = () => {
    if (readFileSync(tsconfigPath, 'utf8') !== tsconfig) writeFileSync(tsconfigPath, tsconfig);
  };
  const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

  const started = performance.now();
  console.log(`${label}: content:check…`);
  let status = await run(label, bin('tsx'), [path.join(root, 'scripts', 'content-check.ts')], fullEnv);
  if (status === 0) {
    console.log(`${label}: next build into ${distDir}/${skipTypecheck ? ' (type check left to npm run typecheck)' : ''}…`);
    const buildStarted = performance.now();
    try {
      status = await run(label, bin('next'), ['build'], fullEnv);
    } finally {
      restoreTsconfig();
    }
    if (status === 0) console.log(`${label}: next build took ${seconds(buildStarted)} s.`);
  }
  // What `npm run build` runs after `next build` too (its postbuild): the pages' script hashes.
  if (status === 0) status = await run(label, bin('tsx'), [path.join(root, 'scripts', 'edge-manifest.ts')], fullEnv);
  if (status !== 0) console.error(`\n${label} FAILED (exit ${status}) after ${seconds(started)} s.`);
  else console.log(`${label}: built ${distDir}/ in ${seconds(started)} s.`);
  return status;
}
