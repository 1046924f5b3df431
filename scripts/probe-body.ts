/**
 * `npm run probe:body`: oversized bodies against `next start`. Posts to /api/feedback
 * - 200 MB with chunked encoding (no Content-Length), made on the fly, never held in memory;
 * - 600 MB announced by its Content-Length;
 * - four 200 MB chunked posts at once;
 * and prints for each the status, the time to the answer, how much the client had sent by then,
 * and the server's memory (resident set of its process group) at idle and at its peak, sampled
 * every 50 ms. The feedback API must answer 413 at once and stay within 50 MB of idle.
 *
 * Usage: npm run probe:body [-- --no-build]   (NEXT_DIST_DIR picks the build, as for bench:feedback)
 */
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distDir, ensureBuild, freePort, startServer, type RunningServer } from './production-server';

const args = process.argv.slice(2);
const megabyte = 1024 * 1024;

function memoryMb(server: RunningServer): number {
  const out = execFileSync('ps', ['-o', 'rss=', '-g', String(server.process.pid)], { encoding: 'utf8' });
  return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

interface Outcome {
  status: number | string;
  ms: number;
  sentMb: number;
}

/** Posts `totalMb` of JSON-looking bytes, made as the socket takes them, and stops when the server answers. */
function post(url: string, totalMb: number, { chunked }: { chunked: boolean }): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const total = totalMb * megabyte;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let answered = false;
    const done = (status: number | string) => {
      if (answered) return;
      answered = true;
      resolve({ status, ms: performance.now() - started, sentMb: sent / megabyte });
      outgoing.destroy();
    };
    const outgoing = request(`${url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(total) }) },
    });
    outgoing.on('response', (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', write);
      }
      if (!answered) outgoing.end();
    };
    write();
  });
}

async function measure(server: RunningServer, name: string, run: () => Promise<Outcome[]>) {
  const idle = memoryMb(server);
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, memoryMb(server))), 50);
  const outcomes = await run();
  await new Promise((resolve) => setTimeout(resolve, 500));
  peak = Math.max(peak, memoryMb(server));
  clearInterval(sampler);
  const statuses = [...new Set(outcomes.map((outcome) => outcome.status))].join(', ');
  const slowest = Math.max(...outcomes.map((outcome) => outcome.ms));
  const sent = Math.max(...outcomes.map((outcome) => outcome.sentMb));
  console.log(
    `${name.padEnd(34)} ${statuses.padStart(8)} ${slowest.toFixed(0).padStart(8)} ${sent.toFixed(1).padStart(10)} ${idle.toFixed(0).padStart(8)} ${peak.toFixed(0).padStart(8)} ${(peak - idle).toFixed(0).padStart(8)}`,
  );
  return { statuses: outcomes.map((outcome) => outcome.status), growth: peak - idle };
}

ensureBuild({ allowBuild: !args.includes('--no-build') });
const dataDir = mkdtempSync(path.join(tmpdir(), 'probe-body-'));
const port = await freePort(3750);
const url = `http://127.0.0.1:${port}`;
const server = await startServer(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
  name: 'next start',
  url,
  readyPath: '/en',
  env: { NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', HELP_DATA_DIR: dataDir, DATABASE_URL: '' },
});
let failed = false;
try {
  // The API routes' code is loaded, and the database opened, before memory is measured.
  const warm = await fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'en', slug: 'what-is-knet', helpful: 'yes' }),
  });
  console.log(`next start at ${url} (${distDir}), a vote answered ${warm.status}\n`);
  console.log(`${'body'.padEnd(34)} ${'status'.padStart(8)} ${'ms'.padStart(8)} ${'sent MB'.padStart(10)} ${'idle MB'.padStart(8)} ${'peak MB'.padStart(8)} ${'growth'.padStart(8)}`);
  const results = [
    await measure(server, '200 MB chunked, no Content-Length', async () => [await post(url, 200, { chunked: true })]),
    await measure(server, '600 MB with its Content-Length', async () => [await post(url, 600, { chunked: false })]),
    await measure(server, '4 × 200 MB chunked at once', () => Promise.all([1, 2, 3, 4].map(() => post(url, 200, { chunked: true })))),
  ];
  failed = results.some((result) => result.statuses.some((status) => status !== 413) || result.growth > 50);
  console.log(`\n${failed ? 'FAILED: every post must get 413 with the server within 50 MB of idle' : 'every post got 413, the server within 50 MB of idle'}`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
