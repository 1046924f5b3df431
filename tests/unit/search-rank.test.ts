import { describe, expect, it } from 'vitest';
import { createQueryPlanner } from '@/lib/search/plan';
import { combineScores, compareRanked, createRanker, ErrorMatch, errorMatch, hasWord, maxScore, type RankedArticle } from '@/lib/search/rank';
import { buildSearchPayload } from '@/lib/search/records';
import { inlineStore } from '@/lib/search/stores/inline';
import { article, siteLexicon } from './search-article';

describe('errorMatch', () => {
  it('tells an exact message, a message inside a longer paste and part of a message apart', () => {
    expect(errorMatch('not captured', 'not captured')).toBe(ErrorMatch.Exact);
    expect(errorMatch('result not captured try again', 'not captured')).toBe(ErrorMatch.ContainsMessage);
    expect(errorMatch('method not', 'payment method not accepted')).toBe(ErrorMatch.PartOfMessage);
    expect(errorMatch('otp', 'invalid otp')).toBe(ErrorMatch.None);
  });

  it('counts a message with one word added inside it, not two', () => {
    expect(errorMatch('payment method is not accepted', 'payment method not accepted')).toBe(ErrorMatch.ContainsMessage);
    expect(errorMatch('it says payment method is really not accepted', 'payment method not accepted')).toBe(ErrorMatch.None);
    expect(errorMatch('not captured', 'host timeout')).toBe(ErrorMatch.None);
  });
});

describe('combineScores', () => {
  it('is the best score, a little better for each further matching record', () => {
    expect(combineScores([0.4])).toBe(0.4);
    expect(combineScores([0.5, 0.4])).toBeLessThan(0.4);
    expect(combineScores([])).toBe(1);
  });
});

describe('compareRanked', () => {
  const entry = (fields: Partial<RankedArticle>): RankedArticle => ({ article: 0, errorMatch: ErrorMatch.None, errorLength: 0, errorFocus: 0, score: 0.5, coverage: 1, ...fields });
  it('orders an error match before any score, then a better score first', () => {
    const sorted = [entry({ article: 1, score: 0.1 }), entry({ article: 2, errorMatch: ErrorMatch.Exact, score: 0.9 }), entry({ article: 3, score: 0.05 })].sort(compareRanked);
    expect(sorted.map((ranked) => ranked.article)).toEqual([2, 3, 1]);
  });
});

describe('hasWord', () => {
  it('finds a word, the start of one and a shorter form of one', () => {
    expect(hasWord(' verify your card ', 'verif')).toBe(true);
    expect(hasWord(' scam alerts ', 'scams')).toBe(true);
    expect(hasWord(' cardholder ', 'ca')).toBe(false);
  });
});

describe('createRanker', () => {
  const store = inlineStore(
    buildSearchPayload(
      [
        article('captured-payments', { title: 'Captured payments', summary: 'Captured, captured and captured.' }),
        article('knet-messages', { title: 'KNET messages', errors: ['NOT CAPTURED'] }),
        article('instalments', { title: 'Paying later', sections: [{ id: 'plans', heading: 'Plans', text: 'Instalment plans need a credit card.' }] }),
      ],
      'en',
    ),
  );
  const ranker = createRanker(store, 'en', { sectionsPerArticle: 3 });
  const planner = createQueryPlanner(siteLexicon('en'), store.vocabulary);
  const rank = (query: string) => {
    const plan = planner(query)!;
    return ranker.rank(plan, [0, 1, 2], 10);
  };

  it('ranks the article listing a pasted message first, with its match kind', () => {
    const [first] = rank('NOT CAPTURED');
    expect(first?.article).toBe(1);
    expect(first?.errorMatch).toBe(ErrorMatch.Exact);
  });

  it('reports the best section of a deep match and keeps scores within the cut', () => {
    const [first] = rank('instalment plans');
    expect(first?.article).toBe(2);
    expect(first?.section?.index).toBe(0);
    for (const ranked of rank('instalment plans')) expect(ranked.score).toBeLessThanOrEqual(maxScore);
  });

  it('throws when a candidate’s records are not loaded', () => {
    const empty = createRanker({ ...store, article: () => undefined }, 'en', { sectionsPerArticle: 3 });
    const plan = planner('plans')!;
    expect(() => empty.rank(plan, [2], 10)).toThrow(/prepare/);
  });
});
