import { describe, expect, it } from 'vitest';
import { createSearchEngine, readMessageVerdict } from '@/lib/search/engine';
import { buildSearchFiles, buildSearchPayload, type SearchPayload } from '@/lib/search/records';
import { emptySearchWords, type SearchWords } from '@/lib/search/words';
import { article } from './search-article';

/** A small library where a message's own words lead to an article that does not answer it. */
const articles = [
  article('parcel-delivery-times', {
    title: 'When will my parcel be delivered?',
    summary: 'Delivery of a parcel to Kuwait takes a few days; customs can add more.',
    keywords: ['parcel', 'delivery', 'customs fee'],
  }),
  article('fake-fee-messages', { title: 'Is a text asking for a customs fee a scam?', summary: 'Treat it as one.', keywords: ['fake fee'] }),
  article('spot-phishing', { title: 'How do I spot phishing?', summary: 'Nobody legitimate asks for your PIN or OTP.', keywords: ['phishing', 'scam'] }),
  article('verify-card', { title: 'How do I verify my card?', summary: 'Your bank sends a one-time code to approve the payment.', keywords: ['otp', 'one-time code'] }),
  article('order-status', { title: 'Where is my order?', summary: 'Track your order on Amazon.', keywords: ['order', 'amount'] }),
];
const words: SearchWords = { ...emptySearchWords, messages: { scam: ['spot-phishing', 'fake-fee-messages'], code: ['verify-card'] } };
const engine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(articles, 'en', [], words))) as SearchPayload);
const slugs = (query: string, verdict?: 'scam' | 'code' | 'none') => engine.answer(query, { limit: 5, verdict }).hits.map((hit) => hit.slug);

const parcelScam = 'Kuwait Post: your parcel delivery is on hold. Pay the customs fee of 0.350 KWD at kw-post-pay.com within 24 hours.';
const codeMessage = 'Your order amount KWD 7.250 at AMAZON.AE: your code is 482913. Do not share it.';

describe('pasted messages ranked by the message check’s verdict', () => {
  it('puts the scam articles first for a scam, the one its words match best leading, and calls them the answer', () => {
    expect(slugs(parcelScam)[0]).toBe('parcel-delivery-times');
    const ranked = slugs(parcelScam, 'scam');
    expect(ranked.slice(0, 2)).toEqual(['fake-fee-messages', 'spot-phishing']);
    expect(ranked).toContain('parcel-delivery-times');
    expect(engine.answer(parcelScam, { verdict: 'scam' }).confident).toBe(true);
  });

  it('lists a scam article the words did not find after those they did, in the editors’ order', () => {
    const ranked = slugs('Your order is waiting: pay the amount at order-release.net now', 'scam');
    expect(ranked.slice(0, 2)).toEqual(['spot-phishing', 'fake-fee-messages']);
  });

  it('puts the one-time code article first for a genuine code message', () => {
    expect(slugs(codeMessage)[0]).toBe('order-status');
    expect(slugs(codeMessage, 'code')[0]).toBe('verify-card');
    expect(engine.answer(codeMessage, { verdict: 'code' }).confident).toBe(true);
  });

  it('leaves the ranking alone for a message with no verdict, or `none`', () => {
    expect(slugs(parcelScam, 'none')).toEqual(slugs(parcelScam));
  });

  it('works on a sharded index, whose verdict articles prepare fetches with the candidates', async () => {
    const { payload, files } = buildSearchFiles(articles, 'en', [], { sharded: true, words });
    const sharded = createSearchEngine(payload, async (name) => JSON.parse(JSON.stringify(files.get(name) ?? null)));
    await sharded.prepare(parcelScam, { limit: 5, verdict: 'scam' });
    expect(sharded.answer(parcelScam, { limit: 5, verdict: 'scam' }).hits.map((hit) => hit.slug).slice(0, 2)).toEqual(['fake-fee-messages', 'spot-phishing']);
  });
});

describe('readMessageVerdict', () => {
  it('is the message check’s verdict for a pasted message, and nothing for a search', async () => {
    await expect(readMessageVerdict(parcelScam)).resolves.toBe('scam');
    await expect(readMessageVerdict(codeMessage)).resolves.toBe('code');
    await expect(readMessageVerdict('parcel customs fee')).resolves.toBeUndefined();
  });
});
