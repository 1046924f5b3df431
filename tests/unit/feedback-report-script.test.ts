import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/feedback/database';
import { saveSearchGaps, saveVote } from '@/lib/feedback/store';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-report-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run report', () => {
  it('prints the stored votes and the searches 3 readers made, as text and as --json', async () => {
    const db = await openDatabase({ dataDir });
    await saveVote(db, { locale: 'en', slug: 'knet-payment-page-messages', helpful: 'no', reason: 'outdated', comment: 'The fee changed' });
    await saveVote(db, { locale: 'ar', slug: 'knet-payment-page-messages', helpful: 'yes' });
    const gap = (query: string, mark: string) => ({ locale: 'en', query, results: 0, mark }) as const;
    await saveSearchGaps(db, [gap('tabby', 'a'), gap('tabby', 'b'), gap('tabby', 'c'), gap('seen twice', 'd'), gap('seen twice', 'e')]);
    await db.close();

    const env = { ...process.env, HELP_DATA_DIR: dataDir, DATABASE_URL: '' };
    const script = path.resolve('scripts/report.ts');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const json = JSON.parse((await run(tsx, [script, '--json'], { env })).stdout) as Record<string, unknown>;
    expect(json.articles).toEqual([
      { locale: 'ar', slug: 'knet-payment-page-messages', yes: 1, no: 0, reasons: [], comments: [] },
      {
        locale: 'en',
        slug: 'knet-payment-page-messages',
        yes: 0,
        no: 1,
        reasons: [{ reason: 'outdated', count: 1 }],
        comments: [{ date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), reason: 'outdated', text: 'The fee changed' }],
      },
    ]);
    expect(json.searches).toEqual([{ locale: 'en', query: 'tabby', count: 3 }]);

    const text = (await run(tsx, [script], { env })).stdout;
    expect(text).toContain('knet-payment-page-messages: 0 yes, 1 no, 0% helpful');
    expect(text).toContain('"tabby"');
    expect(text).not.toContain('seen twice');
  }, 300_000);
});
