/**
 * The feedback server part under `next start`: the database across restarts and when it is
 * unreachable, and what an attacker tries (rotated X-Forwarded-For, guessed /editor passwords,
 * oversized bodies, bad bytes, one client's repeated searches). Each test starts its own servers on
 * free ports (not the suite's shared one), with their own data folder and limits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { testBuild } from '../../scripts/next-build';
import { freePort, startServer, type RunningServer } from '../../scripts/production-server';
import { editorAuthorization, editorCredentials } from './feedback-env';

test.describe.configure({ mode: 'serial' });

/** Waits for the first open of the database (a new folder takes tens of seconds to create). */
async function databaseOpened(server: RunningServer) {
  await expect
    .poll(async () => (await fetch(`${server.url}/editor?format=json`, { headers: { authorization: editorAuthorization } })).status, { timeout: 150_000 })
    .toBe(200);
}

async function startNextWith(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort(3750);
  const url = `http://127.0.0.1:${port}`;
  return startServer(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    name: 'next start (feedback)',
    url,
    readyPath: '/en',
    env: { NODE_ENV: 'production', NEXT_DIST_DIR: testBuild.distDir, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '', ...env },
  });
}

const vote = { locale: 'en', slug: 'knet-payment-page-messages', helpful: 'no', reason: 'outdated', comment: 'kept across a restart' };

test('votes survive a restart of next start', async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-restart-'));
  const env = { HELP_DATA_DIR: dataDir, HELP_EDITOR_USER: editorCredentials.user, HELP_EDITOR_PASSWORD: editorCredentials.password };
  try {
    let server = await startNextWith(env);
    try {
      // A vote waits for the database at most HELP_DB_TIMEOUT_MS (then 503): a new folder takes longer to make.
      await databaseOpened(server);
      const response = await fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(vote) });
      expect(response.status).toBe(201);
    } finally {
      await server.stop();
    }
    server = await startNextWith(env);
    try {
      const report = await fetch(`${server.url}/editor?format=json`, { headers: { authorization: editorAuthorization } });
      expect(report.status).toBe(200);
      const { articles } = (await report.json()) as { articles: { slug: string; no: number; comments: { text: string }[] }[] };
      expect(articles).toEqual([expect.objectContaining({ slug: vote.slug, no: 1, comments: [expect.objectContaining({ text: vote.comment })] })]);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('with PostgreSQL unreachable, a vote gets 503 and the article page still works; /editor without credentials set is 404', async () => {
  test.setTimeout(120_000);
  // Port 1 on loopback: nothing listens, as when the PostgreSQL server is stopped.
  const server = await startNextWith({ DATABASE_URL: 'postgres://help@127.0.0.1:1/help_feedback' });
  try {
    const response = await fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(vote) });
    expect(response.status).toBe(503);
    const form = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ locale: 'en', slug: vote.slug, helpful: 'yes' }).toString(),
      redirect: 'manual',
    });
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('Back to the article');
    const article = await fetch(`${server.url}/en/articles/${vote.slug}`);
    expect(article.status).toBe(200);
    expect(await article.text()).toContain('id="feedback"');
    expect((await fetch(`${server.url}/editor`)).status).toBe(404);
  } finally {
    await server.stop();
  }
});

test.describe('against an attacker', () => {
  let server: RunningServer;
  let dataDir: string;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-attacker-'));
    server = await startNextWith({
      HELP_DATA_DIR: dataDir,
      HELP_FEEDBACK_RATE_LIMIT: '6',
      HELP_EDITOR_USER: editorCredentials.user,
      HELP_EDITOR_PASSWORD: editorCredentials.password,
    });
    await databaseOpened(server);
  });
  test.afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);

  test('a client that rotates X-Forwarded-For is still one client: 429 past the limit', async () => {
    const statuses = [];
    for (let i = 1; i <= 9; i++) {
      const response = await post('/api/feedback', JSON.stringify({ locale: 'en', slug: vote.slug, helpful: 'yes' }), { 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `198.51.100.${i}` });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 6)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(statuses.slice(6)).toEqual([429, 429, 429]);
  });

  test('/editor locks a client out after 10 wrong passwords, the right one included, with Retry-After', async () => {
    const guess = (password: string) =>
      fetch(`${server.url}/editor?format=json`, { headers: { authorization: `Basic ${Buffer.from(`${editorCredentials.user}:${password}`).toString('base64')}` } });
    const statuses = [];
    for (let attempt = 0; attempt < 11; attempt++) statuses.push((await guess(`guess-${attempt}`)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const right = await fetch(`${server.url}/editor?format=json`, { headers: { authorization: editorAuthorization } });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

test.describe('bodies and bytes the feedback API refuses', () => {
  let server: RunningServer;
  let dataDir: string;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-bodies-'));
    server = await startNextWith({ HELP_DATA_DIR: dataDir, HELP_EDITOR_USER: editorCredentials.user, HELP_EDITOR_PASSWORD: editorCredentials.password });
    await databaseOpened(server);
  });
  test.afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);

  test('a 100 MB body sent without Content-Length gets 413 long before it is all sent', async () => {
    // Made as the socket takes it, and never finished if the answer comes first.
    const total = 100 * 1024 * 1024;
    const chunk = Buffer.alloc(65_536, 0x20);
    const { status, sent } = await new Promise<{ status: number | string; sent: number }>((resolve) => {
      let sent = 0;
      let answered = false;
      const outgoing = httpRequest(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      const done = (status: number | string) => {
        if (answered) return;
        answered = true;
        resolve({ status, sent });
        outgoing.destroy();
      };
      outgoing.on('response', (response) => done(response.statusCode ?? 0));
      outgoing.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
      const write = () => {
        while (!answered && sent < total) {
          sent += chunk.length;
          if (!outgoing.write(chunk)) return void outgoing.once('drain', write);
        }
        if (!answered) outgoing.end();
      };
      write();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(total / 4);
  });

  test('a NUL in a comment or a query gets 400 naming the field, and the rest of a batch is not lost to a 503', async () => {
    const nul = await post('/api/feedback', JSON.stringify({ ...vote, comment: 'before\u0000after' }));
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { error: string }).error).toMatch(/^comment: must not contain a NUL/);
    const batch = await post('/api/search-gaps', JSON.stringify([{ locale: 'en', query: 'fine', results: 0 }, { locale: 'en', query: 'x\u0000', results: 0 }]));
    expect(batch.status).toBe(400);
    expect(((await batch.json()) as { error: string }).error).toMatch(/^1\.query: must not contain a NUL/);
  });

  test('one client sending a query three times, in one beacon and in three, does not put it in the report', async () => {
    const gap = { locale: 'en', query: 'zzqxv one reader', results: 0 };
    expect(await (await post('/api/search-gaps', JSON.stringify([gap, gap, gap]))).json()).toEqual({ stored: 1, repeated: 2, dropped: 0 });
    for (let i = 0; i < 3; i++) expect((await post('/api/search-gaps', JSON.stringify(gap), { 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(202);
    const report = await fetch(`${server.url}/editor?format=json`, { headers: { authorization: editorAuthorization } });
    const { searches } = (await report.json()) as { searches: { query: string }[] };
    expect(searches.filter((search) => search.query === gap.query)).toEqual([]);
  });
});
