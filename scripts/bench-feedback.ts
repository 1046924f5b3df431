/**
 * `npm run bench:feedback`: POST /api/feedback at rising concurrency against `next start` on
 * loopback, then a soak run at a steady rate. Prints requests per second, p50/p99 latency and errors
 * per stage, checks that the database holds exactly as many votes as were accepted (201), and the
 * server's memory (resident set of its process group) before and after the soak.
 *
 * The server gets a fresh embedded database in a temporary folder (or DATABASE_URL's server, whose
 * votes are counted before and after), a rate limit high enough not to refuse the benchmark, and
 * editor credentials so the count can be read from /editor.
 *
 * Then, without HTTP, the cost of durability: the same sequential votes into the embedded database
 * as the server opens it (fsync on, lib/feedback/database.ts) and without fsync (PGlite's default,
 * as this project ran before), in this process, alternated.
 *
 * Usage: npm run bench:feedback [-- --levels 1,4,16,64] [--requests 400] [--stage-seconds 20]
 *        [--soak-seconds 180] [--soak-rate 50] [--fsync-votes 300] [--no-build] [--fsync-only]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../lib/feedback/database';
import { saveVote } from '../lib/feedback/store';
import { distDir, ensureBuild, freePort, startServer, type RunningServer } from './production-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const levels = option('levels', '1,4,16,64').split(',').map(Number);
const requestsPerStage = Number(option('requests', '400'));
const stageSeconds = Number(option('stage-seconds', '20'));
const soakSeconds = Number(option('soak-seconds', '180'));
const soakRate = Number(option('soak-rate', '50'));
const fsyncVotes = Number(option('fsync-votes', '300'));
const editor = { user: 'bench', password: 'bench-only' };
const authorization = `Basic ${Buffer.from(`${editor.user}:${editor.password}`).toString('base64')}`;

const slugs = ['knet-payment-page-messages', 'what-is-knet'];
const reasons = ['unanswered', 'outdated', 'unclear', 'wrong-store', 'other'];
function body(index: number): string {
  const no = index % 3 === 0;
  return JSON.stringify({
    locale: index % 2 ? 'ar' : 'en',
    slug: slugs[index % slugs.length],
    helpful: no ? 'no' : 'yes',
    ...(no ? { reason: reasons[index % reasons.length], comment: `bench comment ${index}, card 4111 1111 1111 1111` } : {}),
  });
}

interface Stage {
  name: string;
  sent: number;
  accepted: number;
  errors: number;
  seconds: number;
  latencies: number[];
}

let counter = 0;
async function postOnce(url: string, stage: Stage) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(counter++) });
    await response.arrayBuffer();
    if (response.status === 201) stage.accepted++;
    else stage.errors++;
  } catch {
    stage.errors++;
  }
  stage.sent++;
  stage.latencies.push(performance.now() - started);
}

/** `concurrency` loops posting until `total` requests were sent or `seconds` passed. */
async function runStage(url: string, name: string, concurrency: number, total: number, seconds: number): Promise<Stage> {
  const stage: Stage = { name, sent: 0, accepted: 0, errors: 0, seconds: 0, latencies: [] };
  const deadline = Date.now() + seconds * 1000;
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < total && Date.now() < deadline) {
        issued++;
        await postOnce(url, stage);
      }
    }),
  );
  stage.seconds = (performance.now() - started) / 1000;
  return stage;
}

/** A steady `rate` per second for `seconds`, at most 32 in flight. */
async function runSoak(url: string, rate: number, seconds: number): Promise<Stage> {
  const stage: Stage = { name: `soak ${seconds}s @${rate}/s`, sent: 0, accepted: 0, errors: 0, seconds: 0, latencies: [] };
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (let tick = 0; tick < rate * seconds; tick++) {
    const due = started + (tick * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight.size >= 32) await Promise.race(inFlight);
    const request = postOnce(url, stage).finally(() => inFlight.delete(request));
    inFlight.add(request);
  }
  await Promise.all(inFlight);
  stage.seconds = (performance.now() - started) / 1000;
  return stage;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

function memoryMb(server: RunningServer): number {
  const out = execFileSync('ps', ['-o', 'rss=', '-g', String(server.process.pid)], { encoding: 'utf8' });
  return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

async function storedVotes(url: string): Promise<number> {
  const response = await fetch(`${url}/editor?format=json`, { headers: { authorization } });
  if (response.status !== 200) throw new Error(`/editor answered ${response.status}`);
  const report = (await response.json()) as { articles: { yes: number; no: number }[] };
  return report.articles.reduce((sum, tally) => sum + tally.yes + tally.no, 0);
}

function row(stage: Stage) {
  return [
    stage.name.padEnd(22),
    String(stage.sent).padStart(6),
    (stage.sent / stage.seconds).toFixed(0).padStart(7),
    percentile(stage.latencies, 50).toFixed(1).padStart(8),
    percentile(stage.latencies, 99).toFixed(1).padStart(8),
    String(stage.errors).padStart(6),
  ].join('  ');
}

/** Milliseconds per vote, `fsyncVotes` votes one after another, into a fresh folder's table. */
async function storageCost(): Promise<void> {
  const vote = { locale: 'en', slug: 'what-is-knet', helpful: 'no', reason: 'other', comment: 'bench comment' } as const;
  const durableDir = mkdtempSync(path.join(tmpdir(), 'bench-fsync-on-'));
  const plainDir = mkdtempSync(path.join(tmpdir(), 'bench-fsync-off-'));
  try {
    let syncs = 0;
    const durable = await openDatabase({ dataDir: durableDir, onSync: () => syncs++ });
    const plain = await openDatabase({ dataDir: plainDir, durable: false, onSync: () => syncs++ });
    const time = async (db: typeof durable) => {
      const started = performance.now();
      for (let i = 0; i < fsyncVotes; i++) await saveVote(db, vote);
      return (performance.now() - started) / fsyncVotes;
    };
    // Alternated, twice each, so a busy moment of the machine does not land on one side only.
    const on: number[] = [];
    const off: number[] = [];
    syncs = 0;
    for (let round = 0; round < 2; round++) {
      on.push(await time(durable));
      off.push(await time(plain));
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(`\nstorage alone, ${fsyncVotes} sequential votes × 2 rounds, no HTTP:`);
    console.log(`  PGlite as served (fsync on):               ${mean(on).toFixed(2)} ms a vote (rounds ${on.map((ms) => ms.toFixed(2)).join(', ')}), ${(syncs / (2 * fsyncVotes)).toFixed(1)} fsync a vote`);
    console.log(`  the same without fsync (PGlite's default): ${mean(off).toFixed(2)} ms a vote (rounds ${off.map((ms) => ms.toFixed(2)).join(', ')})`);
    await durable.close();
    await plain.close();
  } finally {
    rmSync(durableDir, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
}

if (args.includes('--fsync-only')) {
  await storageCost();
  process.exit(0);
}

ensureBuild({ allowBuild: !args.includes('--no-build') });
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-feedback-'));
const port = await freePort(3750);
const url = `http://127.0.0.1:${port}`;
const server = await startServer(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
  name: 'next start',
  url,
  readyPath: '/en',
  env: {
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    HELP_DATA_DIR: dataDir,
    HELP_FEEDBACK_RATE_LIMIT: '100000000',
    HELP_EDITOR_USER: editor.user,
    HELP_EDITOR_PASSWORD: editor.password,
  },
});
let failed = false;
try {
  const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`;
  console.log(`next start at ${url}, feedback database: ${database}`);
  // Opens the database (first start creates it) before anything is timed.
  const warm: Stage = { name: 'warm-up', sent: 0, accepted: 0, errors: 0, seconds: 0, latencies: [] };
  await postOnce(url, warm);
  const before = (await storedVotes(url)) - warm.accepted;

  console.log(`\n${'stage'.padEnd(22)}  ${'sent'.padStart(6)}  ${'req/s'.padStart(7)}  ${'p50 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  ${'errors'.padStart(6)}`);
  const stages: Stage[] = [warm];
  for (const level of levels) {
    const stage = await runStage(url, `concurrency ${level}`, level, requestsPerStage, stageSeconds);
    stages.push(stage);
    console.log(row(stage));
  }

  const memoryBefore = memoryMb(server);
  const soak = soakSeconds > 0 ? await runSoak(url, soakRate, soakSeconds) : undefined;
  const memoryAfter = memoryMb(server);
  if (soak) {
    stages.push(soak);
    console.log(row(soak));
  }

  const accepted = stages.reduce((sum, stage) => sum + stage.accepted, 0);
  const stored = (await storedVotes(url)) - before;
  console.log(`\naccepted (201): ${accepted}, stored: ${stored} — ${stored === accepted ? 'equal' : 'NOT EQUAL'}`);
  console.log(`server memory (RSS of its process group): ${memoryBefore.toFixed(0)} MB before the soak, ${memoryAfter.toFixed(0)} MB after`);
  failed = stored !== accepted;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
if (!process.env.DATABASE_URL) await storageCost();
process.exit(failed ? 1 : 0);
