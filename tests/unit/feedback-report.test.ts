import { describe, expect, it } from 'vitest';
import { hasEditorCredentials, handleEditor } from '@/lib/feedback/editor';
import { formatReport, helpfulRate, reportHtml, type Report } from '@/lib/feedback/report';
import type { Database } from '@/lib/feedback/database';
import { SignInLockout } from '@/lib/feedback/rate-limit';
import { clientAddressHeader } from '@/lib/request-guard';

const report: Report = {
  generatedAt: '2026-12-01T12:00:00.000Z',
  articles: [
    {
      locale: 'en',
      slug: 'knet-payment-page-messages',
      yes: 3,
      no: 1,
      reasons: [{ reason: 'unclear', count: 1 }],
      comments: [{ date: '2026-11-30', reason: 'unclear', text: 'Which <b>page</b>?' }],
    },
    { locale: 'ar', slug: 'knet-payment-page-messages', yes: 0, no: 2, reasons: [], comments: [] },
  ],
  searches: [{ locale: 'en', query: 'tabby', count: 4 }],
};

describe('the editor report', () => {
  it('prints each locale with votes, helpful rate, reasons, comments and failed searches', () => {
    const text = formatReport(report);
    expect(text).toContain('== en ==');
    expect(text).toContain('knet-payment-page-messages: 3 yes, 1 no, 75% helpful');
    expect(text).toContain('reasons: unclear 1');
    expect(text).toContain('2026-11-30 [unclear] "Which <b>page</b>?"');
    expect(text).toMatch(/4 {2}"tabby"/);
    const arabic = text.slice(text.indexOf('== ar =='));
    expect(arabic).toContain('0 yes, 2 no, 0% helpful');
    expect(arabic).toContain('none');
  });

  it('has no helpful rate without votes', () => {
    expect(helpfulRate({ yes: 0, no: 0 })).toBeUndefined();
  });

  it('escapes what readers wrote on the editor page', () => {
    const html = reportHtml(report);
    expect(html).toContain('Which &lt;b&gt;page&lt;/b&gt;?');
    expect(html).not.toContain('<b>page</b>');
  });
});

describe('/editor', () => {
  const editor = { user: 'editor', password: 'correct horse' };
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const empty = { query: async () => [] } as unknown as Database;
  const settings = { dataDir: '', retentionDays: 180, rateLimit: 60, poolSize: 1, timeoutMs: 5000, editorMaxFailures: 10 };
  const deps = (lockout = new SignInLockout(10)) => ({ database: async () => empty, lockout });
  const from = (client: string, authorization?: string) =>
    new Request('http://help.test/editor?format=json', { headers: { [clientAddressHeader]: client, ...(authorization ? { authorization } : {}) } });

  it('checks the user and password', () => {
    expect(hasEditorCredentials(basic('editor', 'correct horse'), editor)).toBe(true);
    expect(hasEditorCredentials(basic('editor', 'wrong'), editor)).toBe(false);
    expect(hasEditorCredentials(basic('someone', 'correct horse'), editor)).toBe(false);
    expect(hasEditorCredentials(null, editor)).toBe(false);
    expect(hasEditorCredentials('Bearer x', editor)).toBe(false);
  });

  it('answers 404 when no credentials are configured, even to a guess', async () => {
    const request = new Request('http://help.test/editor', { headers: { authorization: basic('admin', 'admin') } });
    expect((await handleEditor(request, settings, deps())).status).toBe(404);
  });

  it('asks for credentials with 401, and shows the report with them', async () => {
    const config = { ...settings, editor };
    const closed = await handleEditor(new Request('http://help.test/editor'), config, deps());
    expect(closed.status).toBe(401);
    expect(closed.headers.get('www-authenticate')).toMatch(/^Basic /);
    const open = await handleEditor(from('10.0.0.1', basic('editor', 'correct horse')), config, deps());
    expect(open.status).toBe(200);
    expect(await open.json()).toMatchObject({ articles: [], searches: [] });
  });

  it('locks a client out after 10 failed sign-ins: 429 with Retry-After, the right password too, while others still sign in', async () => {
    const config = { ...settings, editor };
    const shared = deps();
    const statuses = [];
    for (let guess = 0; guess < 12; guess++) statuses.push((await handleEditor(from('10.0.0.66', basic('editor', `guess ${guess}`)), config, shared)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    const right = await handleEditor(from('10.0.0.66', basic('editor', 'correct horse')), config, shared);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await right.text()).not.toContain('articles');
    expect((await handleEditor(from('10.0.0.67', basic('editor', 'correct horse')), config, shared)).status).toBe(200);
  });

  it('answers 503 without checking a guess when the failure count cannot be read', async () => {
    const config = { ...settings, editor };
    const broken = new SignInLockout(10, { count: () => Promise.reject(new Error('database down')) });
    const response = await handleEditor(from('10.0.0.1', basic('editor', 'correct horse')), config, deps(broken));
    expect(response.status).toBe(503);
  });
});
