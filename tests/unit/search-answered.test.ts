import { describe, expect, it } from 'vitest';
import { searchText } from '@/components/search/search-text';
import { loadingText, pageResultLimit } from '@/components/search/search-text-types';
import { answerSearchOnServer } from '@/lib/search-page';
import { contentSecurityPolicy } from '@/lib/security-headers';

describe('a search answered on the server (no JavaScript)', () => {
  it('finds what the browser finds for the query, which it keeps', async () => {
    const { query, answer } = await answerSearchOnServer('en', 'knet declined', pageResultLimit);
    expect(query).toBe('knet declined');
    expect(answer.hits.length).toBeGreaterThan(0);
    expect(answer.hits[0]?.href).toMatch(/^\/en\/articles\//);
  });

  it('never searches nor returns a card number or a code in the query', async () => {
    const answered = await answerSearchOnServer('en', ['declined 4111 1111 1111 1111 otp 482913', 'ignored'], pageResultLimit);
    // Everything it returns but the ranking's scores, whose digits can hold "4111" by chance (0.41141…).
    const all = JSON.stringify(answered, (key, value: unknown) => (key === 'score' ? undefined : value));
    expect(all).not.toMatch(/4111|482913/);
    expect(answered.query).toMatch(/declined/);
  });

  it('checks a pasted message as the results page does in the browser', async () => {
    const pasted = 'Dear customer your KNET card is blocked, click http://knet-verify.example to update your details now';
    const answered = await answerSearchOnServer('en', pasted, pageResultLimit);
    expect(answered.message?.message).toBe(answered.query);
    expect(answered.message?.result.verdict).toBeDefined();
  });

  it('answers an empty query with nothing, without searching', async () => {
    expect(await answerSearchOnServer('ar', undefined, pageResultLimit)).toEqual({ query: '', answer: { hits: [], confident: false, suggestions: [] } });
  });
});

describe("the answered page's policy", () => {
  it('allows the scripts carrying its nonce, and no other inline script', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123==' });
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ');
    expect(scripts).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe('the loading status', () => {
  const t = searchText('en', pageResultLimit);
  it('says what loads and how much of it has come, in tenths, so a screen reader is not told at every chunk', () => {
    expect(loadingText(t, undefined)).toBe(t.loading);
    expect(loadingText(t, { received: 0, total: 40 * 1024 })).toBe('Loading search: 0 of 40 KB');
    expect(loadingText(t, { received: 13 * 1024, total: 40 * 1024 })).toBe('Loading search: 12 of 40 KB');
    expect(loadingText(t, { received: 13.5 * 1024, total: 40 * 1024 })).toBe(loadingText(t, { received: 14 * 1024, total: 40 * 1024 }));
    expect(loadingText(t, { received: 40 * 1024, total: 40 * 1024 })).toBe('Loading search: 40 of 40 KB');
  });
  it('reads in Arabic from the Arabic dictionary', () => {
    expect(loadingText(searchText('ar', pageResultLimit), { received: 20 * 1024, total: 40 * 1024 })).toBe('جارٍ تحميل البحث: 20 من 40 كيلوبايت');
  });
});
