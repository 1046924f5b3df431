import { afterEach, describe, expect, it, vi } from 'vitest';
import { countSearchGap, flushSearchGaps } from '@/lib/feedback/search-gaps-client';

/** What the failed-search beacon would carry: each batch's queries. */
async function sentQueries(): Promise<string[]> {
  const bodies: Blob[] = [];
  vi.stubGlobal('navigator', { sendBeacon: (_url: string, body: Blob) => bodies.push(body) > 0 });
  flushSearchGaps();
  const batches = await Promise.all(bodies.map(async (body) => JSON.parse(await body.text()) as { query: string }[]));
  return batches.flat().map((gap) => gap.query);
}

afterEach(() => vi.unstubAllGlobals());

describe('the failed-search beacon', () => {
  it('sends a search that found nothing, and never a pasted message, scam or not', async () => {
    countSearchGap({ locale: 'en', query: 'tabby instalments', results: 0 }, false);
    countSearchGap({ locale: 'en', query: 'Kuwait Post: your parcel is held, pay the 0.350 KD fee at kw-post-delivery.com/pay', results: 0 }, false);
    countSearchGap({ locale: 'ar', query: 'عزيزي العميل، تم إيقاف بطاقتك مؤقتاً يرجى تحديث بياناتك عبر الرابط nbk-update.info', results: 0 }, false);
    countSearchGap({ locale: 'en', query: 'Hi sorry i sent you a 6 digit code by mistake to your number, can you please send it back to me its urgent', results: 2 }, false);
    expect(await sentQueries()).toEqual(['tabby instalments']);
  });
});
