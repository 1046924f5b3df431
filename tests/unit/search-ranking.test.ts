import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine, maxScore, type SearchEngine } from '@/lib/search/engine';
import { buildSearchPayload, type SearchableArticle } from '@/lib/search/records';
import { article } from './search-article';

const articles: SearchableArticle[] = [
  article('captured-payments-explained', {
    title: 'Captured payments: what captured means',
    summary: 'A captured payment is a captured charge; captured, captured, captured.',
    keywords: ['captured'],
  }),
  article('knet-payment-page-messages', {
    title: 'What does the message on the KNET page mean?',
    summary: 'Find the message you saw and what to do next.',
    errors: ['NOT CAPTURED', 'HOST TIMEOUT', 'payment method not accepted'],
    sections: [
      { id: 'not-captured', heading: 'NOT CAPTURED', text: 'Your bank did not approve the payment.' },
      { id: 'host-timeout', heading: 'HOST TIMEOUT', text: 'Your bank did not answer in time.' },
    ],
  }),
  article('payment-method-not-accepted', {
    title: "Why won't Amazon accept my card?",
    summary: 'Stores do not list KNET as a way to pay.',
    errors: ['payment method not accepted'],
    sections: [
      { id: '', heading: '', text: 'Check what the store accepts before you try again.' },
      {
        id: 'instalments',
        heading: 'Paying in parts',
        text: `${'Cards from local banks work differently from the ones a store expects. '.repeat(12)}Instalment plans need a credit card.`,
      },
    ],
  }),
  article('redeem-amazon-gift-card', {
    title: 'How do I redeem an Amazon gift card?',
    summary: 'Enter the claim code and apply it to your balance.',
    keywords: ['voucher'],
  }),
  article('unauthorized-transaction', {
    title: "I see a charge I didn't make",
    summary: 'Call your bank and report the unauthorized charge to Amazon.',
  }),
  article('secure-your-account', {
    title: 'How do I secure my account?',
    summary: 'Use a long password and two-step verification.',
    sections: [{ id: 'password', heading: 'Make a strong password', text: `${'Use twelve characters or more, and a mix of letters. '.repeat(6)}Change it now.` }],
  }),
  article('verify-payment-method', {
    title: 'How do I verify my card?',
    summary: 'Your bank sends a one-time code by SMS for verification.',
  }),
];

let engine: SearchEngine;
beforeAll(() => {
  engine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(articles, 'en', ['redeem-amazon-gift-card']))));
});

const slugs = (query: string) => engine.search(query).map((hit) => hit.slug);

describe('search ranking', () => {
  it('puts the article listing a pasted error first, above articles full of fuzzy matches', () => {
    for (const query of ['NOT CAPTURED', 'not captured', 'Not-Captured!!', '“NOT CAPTURED”', 'Transaction status: NOT CAPTURED. Try again']) {
      const [first, second] = engine.search(query);
      expect(first?.slug, query).toBe('knet-payment-page-messages');
      expect(first?.errorMatch, query).toBe(true);
      expect(second?.errorMatch, query).toBe(false);
    }
  });

  it('prefers, among articles listing the same error, the one named after it', () => {
    expect(slugs('Payment method not accepted')[0]).toBe('payment-method-not-accepted');
    expect(engine.search('Payment method not accepted').slice(0, 2).every((hit) => hit.errorMatch)).toBe(true);
  });

  it('does not treat one common word as a pasted error', () => {
    const [first] = engine.search('captured');
    expect(first?.slug).toBe('captured-payments-explained');
    expect(first?.errorMatch).toBe(false);
  });

  it('finds articles despite typos, run-together words, British spellings and partial words', () => {
    expect(slugs('redeam giftcard')[0]).toBe('redeem-amazon-gift-card');
    expect(slugs('unauthorised charge')[0]).toBe('unauthorized-transaction');
    expect(slugs('verif')[0]).toBe('verify-payment-method');
    expect(slugs('vouchr')[0]).toBe('redeem-amazon-gift-card');
  });

  it('finds a word that occurs only at the end of a long section, and links to that section', () => {
    const [first] = engine.search('instalment');
    expect(first?.slug).toBe('payment-method-not-accepted');
    expect(first?.section).toMatchObject({ id: 'instalments', heading: 'Paying in parts' });
    expect(first?.href).toBe('/en/articles/payment-method-not-accepted#instalments');
  });

  it('links to the article itself when the best match is in its title or summary', () => {
    const [first] = engine.search('redeem gift card');
    expect(first?.section).toBeUndefined();
    expect(first?.href).toBe('/en/articles/redeem-amazon-gift-card');
  });

  it('groups hits by article: each article appears once', () => {
    const found = slugs('bank payment card');
    expect(new Set(found).size).toBe(found.length);
  });

  it('marks the matched words in the title, summary and section heading', () => {
    const [hit] = engine.search('redeem gift card');
    expect(hit?.titleRanges.map(([start, end]) => hit.title.slice(start, end))).toEqual(['redeem', 'gift card']);
    const [deep] = engine.search('host timeout answer');
    expect(deep?.section?.headingRanges).toEqual([[0, 'HOST TIMEOUT'.length]]);
  });

  it('leaves out results that match only weakly, but never an article listing the pasted error', () => {
    // "charge" matches "change" deep in a body with one typo: noise, not a result.
    expect(slugs('unauthorised charge')).not.toContain('secure-your-account');
    for (const hit of engine.search('bank card')) expect(hit.score).toBeLessThanOrEqual(maxScore);
    expect(slugs('host timeout')[0]).toBe('knet-payment-page-messages');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(engine.search('')).toEqual([]);
    expect(engine.search('   ?! ')).toEqual([]);
    expect(engine.search('card', { limit: 2 }).length).toBeLessThanOrEqual(2);
  });

  it('suggests close spellings from the index when nothing matches', () => {
    expect(engine.search('vouxhrr')).toEqual([]);
    expect(engine.suggest('vouxhrr')).toContain('voucher');
    expect(engine.suggest('zzzzzzzz')).toEqual([]);
  });

  it('offers the popular articles as plain results', () => {
    expect(engine.popular()).toEqual([
      expect.objectContaining({ slug: 'redeem-amazon-gift-card', href: '/en/articles/redeem-amazon-gift-card', titleRanges: [] }),
    ]);
  });
});

describe('keyword phrases inside a longer query', () => {
  // The Arabic "ليش البنك رفض الدفع" in English: the card article has every word in its title and
  // keywords, the declined-payment article lists the phrases "bank refused" and "refused payment"
  // that the question is made of. Scored on words alone, the card article came first.
  const phraseArticles: SearchableArticle[] = [
    article('add-card', {
      title: 'Add a bank card for payment',
      summary: 'Sign in, open the payment options and add the card; a card that only works locally may be refused.',
      keywords: ['add card', 'bank card', 'card refused', 'payment options', 'add payment'],
    }),
    article('payment-refused', {
      title: 'Why was it declined?',
      summary: 'Whoever issued your card decides whether a charge goes through, not the store.',
      keywords: ['bank refused', 'refused payment', 'declined'],
    }),
  ];
  let phraseEngine: SearchEngine;
  beforeAll(() => {
    phraseEngine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(phraseArticles, 'en', []))));
  });

  it('ranks first the article whose keyword phrases make up the question', () => {
    expect(phraseEngine.search('why bank refused payment').map((hit) => hit.slug)).toEqual(['payment-refused', 'add-card']);
  });

  it('does not count a phrase whose words are only scattered through the question', () => {
    // "refused" and "payment" both occur, but not side by side: no phrase, so the title's "bank card" wins.
    expect(phraseEngine.search('bank card refused for a payment').map((hit) => hit.slug)[0]).toBe('add-card');
  });
});
