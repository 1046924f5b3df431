/**
 * The feedback database across `next start` restarts and when it is unreachable. Each test starts
 * its own servers on free ports (not the suite's shared one), with their own data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { testBuild } from '../../scripts/next-build';
import { freePort, startServer, type RunningServer } from '../../scripts/production-server';
import { editorAuthorization, editorCredentials } from './feedback-env';

test.describe.configure({ mode: 'serial' });

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
