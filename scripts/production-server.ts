/**
 * The production build and `next start`, for the scripts that measure them (`audit:lighthouse`,
 * `bench:serve`). Both honour NEXT_DIST_DIR, so they can measure any build side by side with others.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

/** The build output folder, as next.config.ts chooses it. */
export const distDir = process.env.NEXT_DIST_DIR ?? '.next';

export function buildPath(...parts: string[]): string {
  return path.join(root, distDir, ...parts);
}

/**
 * Uses the build in `distDir`, or runs `npm run build` when there is none (unless `allowBuild` is
 * false). `next build` adds its distDir's types to tsconfig.json; the file is put back as it was.
 */
export function ensureBuild({ allowBuild }: { allowBuild: boolean }): void {
  const buildId = buildPath('BUILD_ID');
  if (existsSync(buildId)) {
    const built = statSync(buildId).mtime;
    console.log(`Using the build in ${distDir}/ (built ${built.toISOString().slice(0, 16).replace('T', ' ')} UTC).`);
    return;
  }
  if (!allowBuild) throw new Error(`No build in ${distDir}/ and --no-build was given: run \`NEXT_DIST_DIR=${distDir} npm run build\`.`);
  console.log(`No build in ${distDir}/: running npm run build…`);
  const tsconfig = path.join(root, 'tsconfig.json');
  const tsconfigBefore = readFileSync(tsconfig, 'utf8');
  try {
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal}).`);
  } finally {
    if (readFileSync(tsconfig, 'utf8') !== tsconfigBefore) writeFileSync(tsconfig, tsconfigBefore);
  }
}

/** The first port from `from` on that nothing listens on. */
export async function freePort(from: number, host = '127.0.0.1'): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, host, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${from + 199}.`);
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<RunningServer>();
let stopOnSignalInstalled = false;

/** Stops the servers this process started when it is interrupted, so no `next start` outlives it. */
function stopOnSignal() {
  if (stopOnSignalInstalled) return;
  stopOnSignalInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.all([...running].map((server) => server.stop())).finally(() => process.exit(130));
    });
  }
}

/**
 * Starts a child process that serves HTTP and resolves once `readyPath` answers 200.
 * The child leads its own process group, so stopping it also stops anything it started.
 */
export async function startServer(
  command: string,
  args: string[],
  { url, readyPath, env, name, cwd = root }: { url: string; readyPath: string; env?: NodeJS.ProcessEnv; name: string; cwd?: string },
): Promise<RunningServer> {
  stopOnSignal();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const server: RunningServer = {
    url,
    process: child,
    async stop() {
      running.delete(server);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, name);
        } catch {
          // Already gone.
        }
      };
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(server);

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (code ${child.exitCode}) before it was ready:\n${output}`);
    try {
      const response = await fetch(new URL(readyPath, url), { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`${name} was not ready at ${url}${readyPath} within 60 s:\n${output}`);
}

/**
 * `next start` for the build in `distDir`, reached on loopback. It listens on every IPv4 address
 * (`-H 0.0.0.0`), as the deploy's instances do: bound to one address, Next.js 16 takes the proxy's
 * internal rewrites (a results page with a query, the not-found page) for another origin and
 * answers them 500 (README, "Deploy"), so Lighthouse found no paint on the results page.
 */
export function startNext(port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  return startServer(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '0.0.0.0'], {
    name: 'next start',
    url: `http://${host}:${port}`,
    readyPath: '/en',
    env: { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
}
