/**
 * The feedback store when things go wrong: a PostgreSQL server that stops answering, a stale lock,
 * a damaged or cut-short data folder, failing opens. scripts/probe-faults.ts runs the same faults
 * against `next start` under load and prints figures; these are the deterministic checks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/feedback/config';
import { DamagedDatabase, DatabaseInUse, openDatabase, type Database } from '@/lib/feedback/database';
import { handleFeedback } from '@/lib/feedback/http';
import { OutageLog } from '@/lib/feedback/outage';
import { lockDataDir, processStartTime } from '@/lib/feedback/pglite-folder';
import { RateLimiter } from '@/lib/feedback/rate-limit';
import { FeedbackServer, firstRetryMs } from '@/lib/feedback/server';
import { saveSearchGaps, saveVote } from '@/lib/feedback/store';

const vote = { locale: 'en', slug: 'knet-payment-page-messages', helpful: 'no', reason: 'unclear', comment: 'frozen' } as const;
const postVote = () =>
  new Request('http://help.test/api/feedback', { method: 'POST', body: JSON.stringify(vote), headers: { host: 'help.test', 'content-type': 'application/json' } });

/**
 * A TCP relay in front of PostgreSQL that can stop passing bytes, as a server stopped with SIGSTOP
 * does: connections stay open, nothing is answered, what was sent waits in the buffers.
 */
class FreezableRelay {
  private server?: Server;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private frozen = false;
  private readonly upstreamClosed: Promise<void>[] = [];

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      const pair = { client, upstream };
      this.pairs.add(pair);
      this.upstreamClosed.push(new Promise((resolve) => upstream.once('close', () => resolve())));
      client.pipe(upstream);
      upstream.pipe(client);
      const forget = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      // Once the pool's side is gone, PostgreSQL's answers have nowhere to go: the pipe stops reading
      // them, so the relay would never see PostgreSQL close the connection. Read them to the end.
      client.on('close', () => {
        if (!this.frozen) upstream.resume();
      });
      client.on('error', forget);
      upstream.on('error', forget);
      upstream.on('close', forget);
      if (this.frozen) this.pause(pair);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  private pause({ client, upstream }: { client: Socket; upstream: Socket }) {
    client.pause();
    upstream.pause();
  }

  freeze() {
    this.frozen = true;
    for (const pair of this.pairs) this.pause(pair);
  }

  thaw() {
    this.frozen = false;
    for (const { client, upstream } of this.pairs) {
      client.resume();
      upstream.resume();
    }
  }

  /** Resolves once PostgreSQL has closed every connection made so far: it has read all they sent. */
  allClosed() {
    return Promise.all(this.upstreamClosed);
  }

  async stop() {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

describe.runIf(process.env.DATABASE_URL)('a PostgreSQL server that stops answering (DATABASE_URL)', () => {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://x@127.0.0.1:5432/x');
  const relay = new FreezableRelay({ host: url.hostname, port: Number(url.port || 5432) });
  let direct: Database;
  beforeAll(async () => {
    direct = await openDatabase({ databaseUrl: url.toString() });
    await direct.query('TRUNCATE feedback');
  }, 180_000);
  afterAll(async () => {
    await relay.stop();
    await direct?.close();
  });

  it('gets 503 for a vote once the timeout has passed, and the vote never lands when the server answers again', async () => {
    const relayed = new URL(url);
    relayed.hostname = '127.0.0.1';
    relayed.port = String(await relay.start());
    const server = new FeedbackServer(readConfig({ DATABASE_URL: relayed.toString(), HELP_DB_TIMEOUT_MS: '400' }), { outage: new OutageLog(() => {}) });
    // The limiter in memory, so the statement the freeze catches is the vote's INSERT.
    const deps = { ...server.routeDependencies(() => true), limiter: new RateLimiter(1000) };
    // Opened (longer than the 400 ms a request may wait), then a vote stored while the server answers.
    await server.database();
    expect((await handleFeedback(postVote(), deps)).status).toBe(201);
    await direct.query('TRUNCATE feedback');

    relay.freeze();
    const response = await handleFeedback(postVote(), deps);
    expect(response.status).toBe(503);
    relay.thaw();
    // PostgreSQL has now read the INSERT that waited in the frozen connection, and run it.
    await (await server.database()).close();
    await relay.allClosed();
    expect(await direct.query('SELECT count(*)::int AS votes FROM feedback')).toEqual([{ votes: 0 }]);
  }, 180_000);
});

describe('the lock on the embedded database’s folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-lock-'));
  const lockFile = path.join(dir, 'pglite.lock');
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const running = async (command: string, args: string[]) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    children.push(child);
    await new Promise((resolve) => child.once('spawn', resolve));
    return child.pid!;
  };

  const takes = (owner: string) => {
    writeFileSync(lockFile, owner);
    const unlock = lockDataDir(dir);
    const written = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number };
    unlock();
    return written.pid === process.pid && !existsSync(lockFile);
  };

  it('records the process id, its start time and the boot id', () => {
    const unlock = lockDataDir(dir);
    const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, unknown>;
    unlock();
    expect(owner.pid).toBe(process.pid);
    if (existsSync('/proc/self/stat')) {
      expect(owner.startedAt).toBe(processStartTime(process.pid));
      expect(owner.bootId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('takes over a lock naming a process that is gone', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(takes(String(child.pid))).toBe(true);
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose PID now belongs to an unrelated process', async () => {
    const pid = await running('sleep', ['30']);
    // An older lock (a PID alone): the process is not a Node.js one.
    expect(takes(String(pid))).toBe(true);
    // A lock written by a process that started at another time: the PID was reused.
    expect(takes(JSON.stringify({ pid, startedAt: '1', bootId: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() }))).toBe(true);
    // A lock from before the last reboot.
    expect(takes(JSON.stringify({ pid, startedAt: processStartTime(pid), bootId: '00000000-0000-0000-0000-000000000000' }))).toBe(true);
  });

  it('refuses a folder whose lock names a live process of its own', async () => {
    const pid = await running(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    writeFileSync(lockFile, JSON.stringify({ pid, startedAt: processStartTime(pid), bootId: existsSync('/proc') ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() : undefined }));
    expect(() => lockDataDir(dir)).toThrow(DatabaseInUse);
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${pid}`);
    rmSync(lockFile);
  });
});

describe('a damaged data folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'feedback-damage-'));
  const template = path.join(root, 'template');
  let feedbackFile = '';
  beforeAll(async () => {
    const db = await openDatabase({ dataDir: template });
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'yes' });
    await saveVote(db, { locale: 'en', slug: 'a', helpful: 'no', reason: 'other', comment: 'kept' });
    await saveSearchGaps(db, [{ locale: 'en', query: 'q', results: 0, mark: 'm' }]);
    const [row] = await db.query<{ file: string }>("SELECT pg_relation_filepath('feedback') AS file");
    feedbackFile = row!.file;
    // Written out, so the copies below hold the rows in the table's own file.
    await db.query('CHECKPOINT');
    await db.close();
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const copy = (name: string) => {
    const dataDir = path.join(root, name);
    cpSync(template, dataDir, { recursive: true });
    return { dataDir, pg: (...parts: string[]) => path.join(dataDir, 'pglite', ...parts) };
  };

  it('refuses a table whose data file was cut short, instead of serving what is left', async () => {
    const { dataDir, pg } = copy('cut');
    truncateSync(pg(feedbackFile), 0);
    const opened = openDatabase({ dataDir });
    await expect(opened).rejects.toThrow(DamagedDatabase);
    await expect(opened).rejects.toThrow('the table feedback holds 0 rows but 2 were stored');
  }, 120_000);

  it('refuses a damaged page, found by its checksum', async () => {
    const { dataDir, pg } = copy('page');
    const file = openSync(pg(feedbackFile), 'r+');
    writeSync(file, Buffer.from('damaged!'), 0, 8, 8000);
    closeSync(file);
    await expect(openDatabase({ dataDir })).rejects.toThrow(/The feedback database is damaged: invalid page in block 0/);
  }, 120_000);

  it('refuses a folder that lost its PG_VERSION rather than starting an empty database over it', async () => {
    const { dataDir, pg } = copy('version');
    rmSync(pg('PG_VERSION'));
    await expect(openDatabase({ dataDir })).rejects.toThrow(/is damaged: it holds global\/pg_control but no PG_VERSION/);
  }, 120_000);

  it('refuses a folder whose control file is garbage, in one line naming the folder', async () => {
    const { dataDir, pg } = copy('control');
    writeFileSync(pg('global', 'pg_control'), Buffer.alloc(8192, 7));
    const error = await openDatabase({ dataDir }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(DamagedDatabase);
    expect((error as Error).message).toContain(`The embedded database in ${pg()} could not be started`);
    expect((error as Error).message).not.toContain('\n');
  }, 120_000);

  it('makes the server answer 503 with one log line, and retry later rather than on every request', async () => {
    const { dataDir, pg } = copy('served');
    truncateSync(pg(feedbackFile), 0);
    const lines: string[] = [];
    let now = 0;
    let opens = 0;
    const server = new FeedbackServer(readConfig({ HELP_DATA_DIR: dataDir }), {
      outage: new OutageLog((line) => lines.push(line), () => now),
      now: () => now,
      open: (options) => {
        opens++;
        return openDatabase(options);
      },
    });
    const deps = server.routeDependencies(() => true);
    for (let request = 0; request < 5; request++) expect((await handleFeedback(postVote(), deps)).status).toBe(503);
    expect(opens).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^feedback: the database is unavailable \(The feedback database is damaged: the table feedback holds 0 rows but 2 were stored/);
    now += firstRetryMs;
    expect((await handleFeedback(postVote(), deps)).status).toBe(503);
    expect(opens).toBe(2);
    now += firstRetryMs;
    // The wait has doubled.
    expect((await handleFeedback(postVote(), deps)).status).toBe(503);
    expect(opens).toBe(2);
    expect(lines).toHaveLength(1);
  }, 180_000);
});

describe('opening again after a failure', () => {
  it('waits 1 s, then twice as long each time, up to a minute, and logs the outage once when it starts and once when it ends', async () => {
    let now = 0;
    let fail = true;
    const attempts: number[] = [];
    const lines: string[] = [];
    const db = { kind: 'pglite', deadline: () => new Date(), query: async () => [], transaction: async () => ({ comments: 0, searches: 0 }), close: async () => {} } as unknown as Database;
    const server = new FeedbackServer(readConfig({}), {
      now: () => now,
      outage: new OutageLog((line) => lines.push(line), () => now),
      open: async () => {
        attempts.push(now);
        if (fail) throw new Error('connect ECONNREFUSED');
        return db;
      },
    });
    for (now = 0; now <= 200_000; now += 250) await server.database().catch(() => {});
    expect(attempts.slice(0, 8)).toEqual([0, 1000, 3000, 7000, 15_000, 31_000, 63_000, 123_000]);
    expect(attempts.at(-1)).toBe(183_000);
    expect(lines).toEqual(['feedback: the database is unavailable (connect ECONNREFUSED); the feedback API answers 503 until it is back.']);
    fail = false;
    now = 243_000;
    await expect(server.database()).resolves.toBeDefined();
    // Back once it has worked for 10 s without a failure: a flapping database is one outage.
    expect(lines).toHaveLength(1);
    now = 253_000;
    server.outage.recovered();
    expect(lines[1]).toBe('feedback: the database is back after 243 s; 0 requests were answered 503 meanwhile.');
  });
});
