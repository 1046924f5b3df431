/**
 * `npm run bench:bare-next`: the floor for the page-weight budget.
 *
 * Builds a bare Next.js app of the version this project uses (one layout and one page with a
 * heading and a paragraph) in a temporary folder, serves it with `next start`, loads the
 * page in Chromium and weighs its JavaScript exactly as tests/e2e/page-weight.spec.ts weighs an
 * article (gzip -9 of every script, recompressed here). It reuses the project's node_modules by a
 * symlink, and installs the same versions from the registry only if that fails. Turbopack compiles
 * no file outside its root, and the link leads out of the temporary folder, so the linked build has
 * one line of config, `turbopack.root`, set to the folder that holds both; it changes module ids, not
 * code (the two ways measure within a few bytes of each other).
 *
 * When this project's production build is being served (PORT, default 3100, or --site <url>), the
 * article page is measured too and printed beside the floor, with the budget from
 * tests/e2e/page-weight.budget.json.
 *
 * Usage: npm run bench:bare-next [-- --site http://localhost:3201] [--keep]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, devices, type Browser } from '@playwright/test';
import { chromiumLaunchOptions, findChromium } from '../tests/e2e/chromium';
import { formatWeight, measurePage, type PageWeight } from '../tests/e2e/page-weight';
import { freePort, root, startServer, type RunningServer } from './production-server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const keep = args.includes('--keep');
const siteUrl = option('site') ?? `http://localhost:${process.env.PORT ?? 3100}`;
const articlePaths = ['/en/articles/knet-payment-page-messages', '/ar/articles/knet-payment-page-messages'];

function installedVersion(name: string): string {
  const manifest = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) throw new Error(`${name} is not installed in ${path.join(root, 'node_modules')}: run npm install first.`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

const versions = {
  next: installedVersion('next'),
  react: installedVersion('react'),
  'react-dom': installedVersion('react-dom'),
  typescript: installedVersion('typescript'),
  '@types/react': installedVersion('@types/react'),
  '@types/node': installedVersion('@types/node'),
};

// ---------------------------------------------------------------------------------------------
// Clean-up: the temporary folder and the server go away however the script ends.

let workDir: string | undefined;
/** The build or install running now, and the server: each leads its own process group. */
let step: ChildProcess | undefined;
let server: RunningServer | undefined;

function stop(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The whole group: next build's workers, next start's server process.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function cleanUp() {
  stop(step);
  stop(server?.process);
  if (workDir && !keep) rmSync(workDir, { recursive: true, force: true });
}

process.on('exit', cleanUp);
// `on`, not `once`: a second Ctrl+C (tsx forwards one too) must not kill the process mid clean-up.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\nbench:bare-next: ${signal}, stopping the server and removing ${workDir ?? 'nothing'}.`);
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// The bare app.

const layout = `import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const page = `export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
      <p>A bare Next.js page: the floor for the page-weight budget.</p>
    </main>
  );
}
`;

function writeBareApp(dir: string) {
  mkdirSync(path.join(dir, 'app'));
  writeFileSync(path.join(dir, 'app', 'layout.tsx'), layout);
  writeFileSync(path.join(dir, 'app', 'page.tsx'), page);
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-next', private: true, dependencies: { next: versions.next, react: versions.react, 'react-dom': versions['react-dom'] } }, null, 2)}\n`,
  );
}

/** Runs a command to the end, collecting its output (asynchronously, so Ctrl+C is handled at once). */
function run(command: string, commandArgs: string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NEXT_DIST_DIR: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    step = child;
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => resolve({ ok: false, output: `${output}${String(error)}` }));
    child.once('close', (code) => {
      step = undefined;
      resolve({ ok: code === 0, output });
    });
  });
}

function nextBuild(dir: string) {
  return run(process.execPath, [path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], dir);
}

/** The deepest folder holding both paths: Turbopack's root for a build whose node_modules is a link. */
function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(path.sep) || path.sep;
}

/**
 * Builds with the project's node_modules linked in; if that fails, installs the same versions and
 * retries. Returns how the app got its packages, for the report.
 */
async function buildBareApp(dir: string): Promise<string> {
  const modules = path.join(root, 'node_modules');
  symlinkSync(modules, path.join(dir, 'node_modules'), 'dir');
  const turbopackRoot = commonAncestor(realpathSync(dir), realpathSync(modules));
  const config = path.join(dir, 'next.config.mjs');
  writeFileSync(config, `export default { turbopack: { root: ${JSON.stringify(turbopackRoot)} } };\n`);
  console.log(`Building a bare Next.js ${versions.next} app in ${dir} (node_modules linked to the project's)…`);
  const linked = await nextBuild(dir);
  if (linked.ok) return `node_modules linked to ${modules}`;

  console.log(`The build with linked node_modules failed; installing from the registry instead. Its output:\n${indent(linked.output)}`);
  rmSync(path.join(dir, 'node_modules'), { force: true });
  rmSync(config, { force: true });
  rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  const packages = Object.entries(versions).map(([name, version]) => `${name}@${version}`);
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...packages], dir);
  if (!install.ok) throw new Error(`npm install ${packages.join(' ')} failed:\n${indent(install.output)}`);
  const installed = await nextBuild(dir);
  if (!installed.ok) throw new Error(`next build of the bare app failed:\n${indent(installed.output)}`);
  return `${packages.join(' ')} installed from the registry`;
}

function indent(text: string): string {
  return text
    .trim()
    .split('\n')
    .slice(-40)
    .map((line) => `    ${line}`)
    .join('\n');
}

async function startBareApp(dir: string): Promise<string> {
  const port = await freePort(3451);
  const nextBin = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  server = await startServer(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    name: 'next start of the bare app',
    url: `http://127.0.0.1:${port}`,
    readyPath: '/',
    cwd: dir,
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NEXT_DIST_DIR: undefined },
  });
  return server.url;
}

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
  workDir = mkdtempSync(path.join(os.tmpdir(), 'bare-next-'));
  writeBareApp(workDir);
  const packages = await buildBareApp(workDir);
  const bareUrl = await startBareApp(workDir);

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
  if (keep) console.log(`\nKept the bare app in ${workDir}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:bare-next: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
