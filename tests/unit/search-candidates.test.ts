import { describe, expect, it } from 'vitest';
import { maxQueryTerms, planQuery, planWords, selectCandidates } from '@/lib/search/candidates';
import { buildSearchPayload, type SearchableArticle } from '@/lib/search/records';
import { inlineStore } from '@/lib/search/stores/inline';

const article = (slug: string, fields: Partial<SearchableArticle>): SearchableArticle => ({
  slug,
  title: slug.replace(/-/g, ' '),
  summary: '',
  keywords: [],
  errors: [],
  sections: [],
  ...fields,
});

const articles = [
  article('knet-messages', { title: 'KNET page messages', errors: ['NOT CAPTURED'] }),
  article('captured-explained', { title: 'What captured means', sections: [{ id: '', heading: '', text: 'The payment is not final.' }] }),
  article('gift-cards', { title: 'Gift cards', summary: 'Buy one with KNET.' }),
  article('verify', { title: 'Verify your card', summary: 'Verification by SMS.' }),
];
const store = inlineStore(buildSearchPayload(articles, 'en'));
const plan = (query: string) => planQuery(query, 'en', store.vocabulary, ['latin'])!;

describe('planQuery', () => {
  it('expands each term into the indexed words it may stand for', () => {
    const words = planWords(plan('verif'));
    expect(words).toContain('verify');
    expect(words).toContain('verification');
  });

  it('has no plan for a query of no words', () => {
    expect(planQuery(' ?! ', 'en', store.vocabulary, ['latin'])).toBeUndefined();
  });

  it('leaves out a translation into a script the site does not use', () => {
    const arabicOnly = planQuery('gift card', 'ar', store.vocabulary, ['latin']);
    expect(arabicOnly?.variants.map((variant) => variant.text)).toEqual(['gift card']);
  });

  it(`searches at most ${maxQueryTerms} terms`, () => {
    const long = Array.from({ length: 20 }, (_, n) => `word${n}`).join(' ');
    expect(plan(long).expansions[0]!.length).toBeLessThanOrEqual(maxQueryTerms);
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
