/**
 * `npm run probe:faults`: the feedback API under load while its storage fails, against `next start`.
 *
 * - PostgreSQL stopped (`pg_ctl stop -m immediate`) and started again, under load;
 * - PostgreSQL frozen (SIGSTOP to the postmaster and every backend) and thawed, under load;
 * - the server killed with SIGKILL under load (embedded database), then started again;
 * - the disk of HELP_DATA_DIR full (a small tmpfs, filled up), then freed, under load;
 * - a damaged data folder (a page of the votes table overwritten) at start.
 *
 * Every vote carries its own marker in its comment, so the script compares exactly which votes
 * were answered 201 with which were stored: "lost" (answered 201, not stored) and "late" (answered
 * 503, yet stored) must both be 0; "unanswered" votes (the connection died) may go either way. It
 * also prints the slowest answer: with HELP_DB_TIMEOUT_MS at 5 s, none may take much longer.
 *
 * PostgreSQL runs in a throwaway cluster of its own (as .ci/run starts one, with the operating
 * system's PostgreSQL; as root it runs as the postgres user); the disk-full case mounts a tmpfs and
 * needs root. A case whose tools are missing is skipped with a line saying why.
 *
 * Usage: npm run probe:faults [-- --no-build] [--only stopped,frozen,kill,disk,damaged] [--rate 20]
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../lib/feedback/database';
import { distDir, ensureBuild, freePort, root } from './production-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const only = new Set(option('only', 'stopped,frozen,kill,disk,damaged').split(','));
const rate = Number(option('rate', '20'));
const slug = 'knet-payment-page-messages';

// --- next start, with its output kept --------------------------------------------------------

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
  kill9: () => Promise<void>;
}

async function startNext(env: Record<string, string>): Promise<Server> {
  const port = await freePort(3760);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '', HELP_FEEDBACK_RATE_LIMIT: '100000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Gone already.
    }
    await exited;
  };
  const server: Server = { url, child, output: () => output, stop: () => signal('SIGTERM'), kill9: () => signal('SIGKILL') };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited before it was ready:\n${output}`);
    try {
      if ((await fetch(`${url}/en`, { signal: AbortSignal.timeout(5000) })).status === 200) return server;
    } catch {
      // Not yet.
    }
    await sleep(250);
  }
  await server.stop();
  throw new Error(`next start was not ready within 120 s:\n${output}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until a vote is stored (the database opened, the first time, takes a while). */
async function firstVote(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await vote(url, 'warm-up').catch(() => 0);
    if (status === 201) return;
    await sleep(1000);
  }
  throw new Error('no vote was stored within 3 minutes');
}

const vote = async (url: string, marker: string) =>
  (
    await fetch(`${url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', slug, helpful: 'no', reason: 'other', comment: marker }),
      signal: AbortSignal.timeout(120_000),
    })
  ).status;

// --- load, with one marker per vote ---------------------------------------------------------

type Answer = number | 'no answer';

class Load {
  readonly answers = new Map<string, { answer: Answer; ms: number }>();
  private readonly inFlight = new Set<Promise<void>>();
  private running = true;
  private counter = 0;
  private loop?: Promise<void>;

  constructor(
    private readonly url: () => string,
    private readonly perSecond: number,
    private readonly prefix: string,
  ) {}

  start() {
    this.loop = (async () => {
      const started = performance.now();
      for (let tick = 0; this.running; tick++) {
        const wait = started + (tick * 1000) / this.perSecond - performance.now();
        if (wait > 0) await sleep(wait);
        if (!this.running) break;
        const marker = `${this.prefix} ${letters(this.counter++)}`;
        const sent = performance.now();
        const request = vote(this.url(), marker)
          .then((status): Answer => status)
          .catch((): Answer => 'no answer')
          .then((answer) => void this.answers.set(marker, { answer, ms: performance.now() - sent }))
          .finally(() => this.inFlight.delete(request));
        this.inFlight.add(request);
      }
    })();
  }

  async stop() {
    this.running = false;
    await this.loop;
    await Promise.all(this.inFlight);
  }
}

/** The server's log lines about the feedback store, and any other error it printed. */
function logSummary(server: Server): string {
  const lines = server.output().split('\n');
  const feedback = lines.filter((line) => line.startsWith('feedback:'));
  const errors = lines.filter((line) => /error|unhandled|panic|abort/i.test(line) && !line.startsWith('feedback:'));
  return `${feedback.length} log line(s): ${feedback.map((line) => JSON.stringify(line.length > 110 ? `${line.slice(0, 110)}…` : line)).join(', ')}${errors.length ? `; ${errors.length} other error line(s), first: ${JSON.stringify(errors[0]!.slice(0, 160))}` : ''}`;
}

/** A number as letters: markers must survive the comment masking, which hides digits. */
function letters(n: number): string {
  let text = '';
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return text;
}

interface Row {
  scenario: string;
  sent: number;
  accepted: number;
  refused: number;
  unanswered: number;
  lost: number;
  late: number;
  unansweredStored: number;
  maxMs: number;
  p99Ms: number;
  note: string;
}

const rows: Row[] = [];

function tally(scenario: string, load: Load, stored: Set<string>, note = ''): Row {
  let accepted = 0;
  let refused = 0;
  let unanswered = 0;
  let lost = 0;
  let late = 0;
  let unansweredStored = 0;
  let maxMs = 0;
  for (const [marker, { answer, ms }] of load.answers) {
    maxMs = Math.max(maxMs, ms);
    if (answer === 201) {
      accepted++;
      if (!stored.has(marker)) lost++;
    } else if (answer === 'no answer') {
      unanswered++;
      if (stored.has(marker)) unansweredStored++;
    } else {
      refused++;
      if (stored.has(marker)) late++;
    }
  }
  const times = [...load.answers.values()].map(({ ms }) => ms).sort((a, b) => a - b);
  const p99Ms = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] ?? 0;
  const row = { scenario, sent: load.answers.size, accepted, refused, unanswered, lost, late, unansweredStored, maxMs, p99Ms, note };
  rows.push(row);
  console.log(
    `  ${scenario}: ${row.sent} votes, ${accepted} answered 201 (${lost} of them not stored), ${refused} refused (${late} of them stored), ${unanswered} unanswered (${unansweredStored} stored); answers p99 ${(p99Ms / 1000).toFixed(1)} s, slowest ${(maxMs / 1000).toFixed(1)} s${note ? `; ${note}` : ''}`,
  );
  return row;
}

// --- a throwaway PostgreSQL cluster ------------------------------------------------------------

interface Cluster {
  url: string;
  dir: string;
  stop: (mode?: string) => void;
  start: () => void;
  freeze: () => number[];
  thaw: (pids: number[]) => void;
  remove: () => void;
}

function pgBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => path.join(base, version, 'bin')).find((bin) => existsSync(path.join(bin, 'pg_ctl')));
}

async function startCluster(): Promise<Cluster | string> {
  const bin = pgBin();
  if (!bin) return 'no PostgreSQL in /usr/lib/postgresql (apt-get install postgresql)';
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'probe-pg-'));
  const run = (command: string, commandArgs: string[]) => {
    const [file, all] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...commandArgs]] : [path.join(bin, command), commandArgs];
    const result = spawnSync(file, all as string[], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, -1);
  }
  const port = await freePort(25_432);
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () => void run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  start();
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'probe']);
  const processes = () => {
    const postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    return [postmaster, ...children];
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/probe`,
    dir,
    stop: (mode = 'fast') => void run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']),
    start,
    freeze: () => {
      const pids = processes();
      for (const pid of pids) process.kill(pid, 'SIGSTOP');
      return pids;
    },
    thaw: (pids) => {
      for (const pid of pids) process.kill(pid, 'SIGCONT');
    },
    remove: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Not running.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function storedOnPostgres(url: string, prefix: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: found } = await client.query<{ comment: string }>('SELECT comment FROM feedback WHERE comment LIKE $1', [`${prefix} %`]);
    return new Set(found.map((row) => row.comment));
  } finally {
    await client.end();
  }
}

async function storedInFolder(dataDir: string, prefix: string): Promise<Set<string>> {
  const db = await openDatabase({ dataDir });
  try {
    const found = await db.query<{ comment: string }>('SELECT comment FROM feedback WHERE comment LIKE $1', [`${prefix} %`]);
    return new Set(found.map((row) => row.comment));
  } finally {
    await db.close();
  }
}

// --- the cases --------------------------------------------------------------------------------

async function postgresCase(kind: 'stopped' | 'frozen') {
  const cluster = await startCluster();
  if (typeof cluster === 'string') return console.log(`  ${kind}: skipped, ${cluster}`);
  let server: Server | undefined;
  try {
    server = await startNext({ DATABASE_URL: cluster.url });
    await firstVote(server.url);
    const load = new Load(() => server!.url, rate, `probe ${kind}`);
    load.start();
    await sleep(5000);
    let frozen: number[] = [];
    if (kind === 'stopped') cluster.stop('immediate');
    else frozen = cluster.freeze();
    await sleep(15_000);
    if (kind === 'stopped') cluster.start();
    else cluster.thaw(frozen);
    // Long enough for the server to say the database is back (after 10 s of answers).
    await sleep(15_000);
    await load.stop();
    // Anything PostgreSQL still had to run has run by now.
    await sleep(2000);
    tally(`PostgreSQL ${kind} 15 s`, load, await storedOnPostgres(cluster.url, `probe ${kind}`), logSummary(server));
  } finally {
    await server?.stop();
    cluster.remove();
  }
}

/** A data folder made once and copied for each case (a new folder takes tens of seconds to make). */
async function templateFolder(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'probe-template-'));
  const db = await openDatabase({ dataDir: dir });
  await db.query('CHECKPOINT');
  await db.close();
  return dir;
}

async function killCase(template: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'probe-kill-'));
  cpSync(template, dataDir, { recursive: true });
  let server: Server | undefined = await startNext({ HELP_DATA_DIR: dataDir });
  try {
    await firstVote(server.url);
    const load = new Load(() => server!.url, rate, 'probe kill');
    load.start();
    await sleep(8000);
    await server.kill9();
    const lock = existsSync(path.join(dataDir, 'pglite.lock'));
    await sleep(2000);
    server = await startNext({ HELP_DATA_DIR: dataDir });
    await firstVote(server.url, 120_000);
    await sleep(5000);
    await load.stop();
    await server.stop();
    server = undefined;
    tally('server killed (SIGKILL)', load, await storedInFolder(dataDir, 'probe kill'), `the lock ${lock ? 'was left behind and taken over at restart' : 'was gone'}`);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function diskCase(template: string) {
  if (userInfo().uid !== 0) return console.log('  disk full: skipped, mounting a tmpfs needs root');
  const mount = mkdtempSync(path.join(tmpdir(), 'probe-disk-'));
  const sizeMb = Math.ceil(Number(execFileSync('du', ['-sm', template], { encoding: 'utf8' }).split('\t')[0]) + 40);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', mount]);
  if (mounted.status !== 0) return console.log(`  disk full: skipped, mount failed: ${mounted.stderr.toString().trim()}`);
  const dataDir = path.join(mount, 'data');
  const filler = path.join(mount, 'filler');
  let server: Server | undefined;
  try {
    cpSync(template, dataDir, { recursive: true });
    server = await startNext({ HELP_DATA_DIR: dataDir });
    await firstVote(server.url);
    const load = new Load(() => server!.url, rate, 'probe disk');
    load.start();
    await sleep(5000);
    const { bavail, bsize } = statfsSync(mount);
    const file = openSync(filler, 'w');
    const block = Buffer.alloc(1024 * 1024);
    try {
      for (let left = bavail * bsize; left > 0; left -= block.length) writeSync(file, block, 0, Math.min(block.length, left));
    } catch {
      // Full.
    }
    closeSync(file);
    await sleep(15_000);
    rmSync(filler);
    await sleep(10_000);
    await load.stop();
    const alive = server.child.exitCode === null;
    const log = logSummary(server);
    await server.stop();
    server = undefined;
    tally('disk full 15 s (tmpfs)', load, await storedInFolder(dataDir, 'probe disk'), `server ${alive ? 'kept running' : 'exited'}; ${log}`);
  } finally {
    await server?.stop();
    rmSync(filler, { force: true });
    spawnSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  }
}

async function damagedCase(template: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'probe-damaged-'));
  cpSync(template, dataDir, { recursive: true });
  // Votes in the table's file, then a page of it overwritten while no server runs.
  const db = await openDatabase({ dataDir });
  for (let i = 0; i < 20; i++) await db.query("INSERT INTO feedback (locale, slug, helpful) VALUES ('en', $1, true)", [slug]);
  const [{ file } = { file: '' }] = await db.query<{ file: string }>("SELECT pg_relation_filepath('feedback') AS file");
  await db.query('CHECKPOINT');
  await db.close();
  const handle = openSync(path.join(dataDir, 'pglite', file), 'r+');
  writeSync(handle, Buffer.from('damaged by probe:faults'), 0, 23, 4000);
  closeSync(handle);
  let server: Server | undefined;
  try {
    server = await startNext({ HELP_DATA_DIR: dataDir, HELP_EDITOR_USER: 'probe', HELP_EDITOR_PASSWORD: 'probe' });
    // The first open is under way; let it finish before counting.
    await sleep(15_000);
    const page = await fetch(`${server.url}/en/articles/${slug}`);
    const load = new Load(() => server!.url, rate, 'probe damaged');
    load.start();
    await sleep(10_000);
    await load.stop();
    const editor = await fetch(`${server.url}/editor?format=json`, { headers: { authorization: `Basic ${Buffer.from('probe:probe').toString('base64')}` } });
    tally('damaged page at start', load, new Set(), `article page ${page.status}, /editor ${editor.status}; ${logSummary(server)}`);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

ensureBuild({ allowBuild: !args.includes('--no-build') });
console.log(`probe:faults against ${distDir}, ${rate} votes a second, HELP_DB_TIMEOUT_MS at its default (5 s)\n`);
if (only.has('stopped')) await postgresCase('stopped');
if (only.has('frozen')) await postgresCase('frozen');
const needsFolder = ['kill', 'disk', 'damaged'].some((name) => only.has(name));
const template = needsFolder ? await templateFolder() : undefined;
try {
  if (template && only.has('kill')) await killCase(template);
  if (template && only.has('disk')) await diskCase(template);
  if (template && only.has('damaged')) await damagedCase(template);
} finally {
  if (template) rmSync(template, { recursive: true, force: true });
}

console.log(`\n| case | votes | 201 | refused | unanswered (stored) | 201 not stored | refused yet stored | p99 answer | slowest answer |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.scenario} | ${row.sent} | ${row.accepted} | ${row.refused} | ${row.unanswered} (${row.unansweredStored}) | ${row.lost} | ${row.late} | ${(row.p99Ms / 1000).toFixed(1)} s | ${(row.maxMs / 1000).toFixed(1)} s |`,
  );
}
const failed = rows.some((row) => row.lost > 0 || row.late > 0);
console.log(failed ? '\nFAILED: a vote answered 201 was lost, or one answered with a refusal was stored' : '\nevery vote answered 201 was stored, and none refused was');
process.exit(failed ? 1 : 0);
