/**
 * A bare Next.js app of the version this project uses (one layout and one page with a heading and a
 * paragraph), built in a temporary folder and served with `next start`: the floor that
 * `bench:bare-next` weighs the page-weight budget against and `audit:lighthouse` scores the site's
 * pages against. It reuses the project's node_modules by a symlink, and installs the same versions
 * from the registry only if that fails. Turbopack compiles no file outside its root, and the link
 * leads out of the temporary folder, so the linked build has one line of config, `turbopack.root`,
 * set to the folder that holds both; it changes module ids, not code (the two ways measure within a
 * few bytes of each other).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, root, startServer, type RunningServer } from './production-server';

function installedVersion(name: string): string {
  const manifest = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) throw new Error(`${name} is not installed in ${path.join(root, 'node_modules')}: run npm install first.`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export const versions = {
  next: installedVersion('next'),
  react: installedVersion('react'),
  'react-dom': installedVersion('react-dom'),
  typescript: installedVersion('typescript'),
  '@types/react': installedVersion('@types/react'),
  '@types/node': installedVersion('@types/node'),
};

// ---------------------------------------------------------------------------------------------
// Clean-up: the temporary folder and the server go away however the calling script ends.

let workDir: string | undefined;
let keepDir = false;
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

/** Stops the bare app's build or server and removes its folder (unless kept). Safe to call twice. */
export function removeBareApp() {
  stop(step);
  stop(server?.process);
  if (workDir && !keepDir) rmSync(workDir, { recursive: true, force: true });
}

let handlersInstalled = false;
function removeOnExit(label: string) {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', removeBareApp);
  // `on`, not `once`: a second Ctrl+C (tsx forwards one too) must not kill the process mid clean-up.
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${label}: ${signal}, stopping the bare app and removing ${workDir ?? 'nothing'}.`);
      process.exit(130);
    });
  }
}

export interface BareApp {
  url: string;
  dir: string;
  /** How the app got its packages, for the report. */
  packages: string;
}

/** Writes, builds and serves the bare app; it is removed when the process exits (`keep` leaves its folder). */
export async function startBareApp({ label, keep = false }: { label: string; keep?: boolean }): Promise<BareApp> {
  removeOnExit(label);
  keepDir = keep;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bare-next-'));
  workDir = dir;
  writeBareApp(dir);
  const packages = await buildBareApp(dir);
  return { url: await serveBareApp(dir), dir, packages };
}

// ---------------------------------------------------------------------------------------------
// The bare app.

const layout = `import type { ReactNode } from 'react';

// A title and a description, as every page of the site has: Lighthouse's SEO score counts them.
export const metadata = { title: 'Bare Next.js page', description: 'The floor the site is measured against.' };

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
      <p>A bare Next.js page: the floor for the page-weight budget and the Lighthouse scores.</p>
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

async function serveBareApp(dir: string): Promise<string> {
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
