import { describe, expect, it } from 'vitest';
import { planWords, selectCandidates } from '@/lib/search/candidates';
import { createQueryPlanner, maxQueryTerms } from '@/lib/search/plan';
import { buildSearchPayload } from '@/lib/search/records';
import { inlineStore } from '@/lib/search/stores/inline';
import { article, siteLexicon } from './search-article';

const articles = [
  article('knet-messages', { title: 'KNET page messages', errors: ['NOT CAPTURED'] }),
  article('captured-explained', { title: 'What captured means', sections: [{ id: '', heading: '', text: 'The payment is not final.' }] }),
  article('gift-cards', { title: 'Gift cards', summary: 'Buy one with KNET.' }),
  article('verify', { title: 'Verify your card', summary: 'Verification by SMS.' }),
];
const store = inlineStore(buildSearchPayload(articles, 'en'));
const planner = createQueryPlanner(siteLexicon('en'), store.vocabulary);
const plan = (query: string) => planner(query)!;

describe('createQueryPlanner', () => {
  it('expands each term into the indexed words it may stand for', () => {
    const words = planWords(plan('verif'));
    expect(words).toContain('verify');
    expect(words).toContain('verification');
  });

  it('has no plan for a query of no words', () => {
    expect(planner(' ?! ')).toBeUndefined();
    expect(planner('zzyzx qwfp')).toBeUndefined();
  });

  it('drops the words found nowhere, so the others still search', () => {
    expect(plan('wallah gift zzyzx').variants[0]!.terms).toEqual(['gift']);
  });

  it('scores a swapped-letter word as the word it was meant to be, and says so', () => {
    const swapped = plan('verfiy card');
    expect(swapped.variants[0]!.terms).toEqual(['verify', 'card']);
    expect([...swapped.corrections]).toEqual([['verfiy', 'verify']]);
  });

  it('keeps a partial word as typed, not corrected', () => {
    const partial = plan('verif');
    expect(partial.variants[0]!.terms).toEqual(['verif']);
    expect(partial.corrections.size).toBe(0);
  });

  it(`searches the ${maxQueryTerms} rarest words of a long query, wherever they are`, () => {
    const common = Array.from({ length: 12 }, () => 'knet card').join(' ');
    const long = `${common} buy one with knet by sms then gift verification`;
    const [variant] = plan(long).variants;
    expect(variant!.terms.length).toBeLessThanOrEqual(maxQueryTerms);
    expect(variant!.terms).toContain('gift');
    expect(variant!.terms).toContain('verification');
    expect(variant!.text.split(' ').length).toBeGreaterThan(24);
  });
});

describe('selectCandidates', () => {
  it('puts the article whose errors hold every word of the query first, ahead of stronger word matches', () => {
    const candidates = selectCandidates(store, plan('not captured'), { limit: 10, share: 0 });
    expect(candidates?.[0]).toBe(0);
    expect(candidates).toContain(1);
  });

  it('keeps only articles holding a query word, at most the limit', () => {
    expect(selectCandidates(store, plan('gift'), { limit: 10, share: 0 })).toEqual([2]);
    expect(selectCandidates(store, plan('knet'), { limit: 1, share: 0 })).toHaveLength(1);
  });

  it('leaves out articles far behind the best with a share', () => {
    const all = selectCandidates(store, plan('verify card knet'), { limit: 10, share: 0 })!;
    const close = selectCandidates(store, plan('verify card knet'), { limit: 10, share: 0.9 })!;
    expect(close[0]).toBe(3);
    expect(close.length).toBeLessThan(all.length);
  });

  it('answers undefined while a word’s postings are not loaded', () => {
    const unloaded = { ...store, postings: () => undefined };
    expect(selectCandidates(unloaded, plan('gift'), { limit: 10, share: 0 })).toBeUndefined();
  });
});
