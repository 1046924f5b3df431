import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Article } from '@/lib/content/load';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { normalizeText } from '@/lib/search/normalize';
import { buildSearchPayload, type SearchPayload } from '@/lib/search/records';

type Kind = 'question' | 'error' | 'typo' | 'partial' | 'deep';

interface Case {
  query: string;
  kind: Kind;
  /** The article that answers it; more than one when each is a right answer. */
  expect: string | string[];
  /** For `deep`: the word that occurs only in the article's body, never in its title, summary, keywords or errors. */
  deepWord?: string;
}

/**
 * The labelled relevance set: what readers type, paste or mistype, and the article that answers it.
 * Labels follow the articles' content and the "must answer" lines of the content plan.
 */
const cases: Case[] = [
  // Questions, in readers' words.
  { kind: 'question', query: 'what is knet', expect: 'what-is-knet' },
  { kind: 'question', query: 'how does a knet payment work', expect: 'what-is-knet' },
  { kind: 'question', query: 'can I pay on amazon with knet', expect: 'does-amazon-accept-knet' },
  { kind: 'question', query: 'does amazon take knet?', expect: 'does-amazon-accept-knet' },
  { kind: 'question', query: 'how do I add my card to amazon', expect: 'add-knet-card-to-amazon' },
  { kind: 'question', query: 'why did verification fail', expect: 'verify-payment-method' },
  { kind: 'question', query: 'how to buy an amazon gift card with knet', expect: 'buy-amazon-gift-cards-with-knet' },
  { kind: 'question', query: 'how do I redeem a gift card', expect: 'redeem-amazon-gift-card' },
  { kind: 'question', query: 'can I use paypal on amazon', expect: 'use-a-third-party-payment-service' },
  { kind: 'question', query: 'will amazon add new ways to pay', expect: 'check-for-new-payment-options' },
  { kind: 'question', query: "why won't amazon accept my card", expect: 'payment-method-not-accepted' },
  { kind: 'question', query: 'why was my payment declined', expect: 'transaction-declined' },
  { kind: 'question', query: 'what does the message on the knet page mean', expect: 'knet-payment-page-messages' },
  { kind: 'question', query: "there is a charge on my card I didn't make", expect: 'unauthorized-transaction' },
  { kind: 'question', query: 'I forgot my amazon password', expect: 'cant-sign-in' },
  { kind: 'question', query: 'how do I make my amazon account secure', expect: 'secure-your-amazon-account' },
  { kind: 'question', query: 'how to spot a fake email', expect: 'recognize-phishing-and-scams' },
  { kind: 'question', query: 'how often should I check my bank statement', expect: 'monitor-account-activity' },
  { kind: 'question', query: 'my account was compromised, what do I do first', expect: 'suspect-a-security-issue' },
  { kind: 'question', query: "how do I use amazon's help pages", expect: 'amazon-pay-help-pages' },
  { kind: 'question', query: 'how do I contact amazon customer service', expect: 'contact-amazon-customer-service' },
  { kind: 'question', query: 'what should I prepare before contacting support', expect: 'prepare-before-contacting-support' },
  { kind: 'question', query: 'should I call my bank or knet', expect: 'contact-knet-or-your-bank' },
  { kind: 'question', query: 'amazon phone number', expect: 'contact-amazon-customer-service' },
  { kind: 'question', query: 'the otp never arrived', expect: 'verify-payment-method' },
  { kind: 'question', query: 'it says my expiry date is wrong', expect: 'incorrect-card-details' },
  { kind: 'question', query: 'money deducted but no order', expect: ['contact-knet-or-your-bank', 'knet-payment-page-messages'] },
  { kind: 'question', query: 'turn on two-step verification', expect: 'secure-your-amazon-account' },
  { kind: 'question', query: 'what happens when the order costs more than my gift card balance', expect: 'redeem-amazon-gift-card' },
  { kind: 'question', query: 'where do I find the payment id and track id', expect: ['knet-payment-page-messages', 'what-is-knet'] },

  // Error messages pasted as readers see them: any case, any punctuation.
  { kind: 'error', query: 'NOT CAPTURED', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'not captured.', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'Result: NOT CAPTURED - please try again', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'HOST TIMEOUT', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'host-timeout', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'DENIED BY RISK', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'Payment method not accepted', expect: 'payment-method-not-accepted' },
  { kind: 'error', query: 'PAYMENT METHOD NOT ACCEPTED!', expect: 'payment-method-not-accepted' },
  { kind: 'error', query: 'Session time limit exceeded', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'Invalid OTP', expect: ['knet-payment-page-messages', 'verify-payment-method'] },
  { kind: 'error', query: 'card declined', expect: 'transaction-declined' },
  { kind: 'error', query: 'Transaction declined.', expect: 'transaction-declined' },
  { kind: 'error', query: 'Your account has been suspended', expect: 'recognize-phishing-and-scams' },
  { kind: 'error', query: 'unauthorized charge', expect: 'unauthorized-transaction' },
  { kind: 'error', query: 'Payment in progress in another window', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'CANCELED', expect: 'knet-payment-page-messages' },
  { kind: 'error', query: 'card not supported', expect: 'payment-method-not-accepted' },
  { kind: 'error', query: 'claim code not working', expect: 'redeem-amazon-gift-card' },
  { kind: 'error', query: 'Invalid card number', expect: 'incorrect-card-details' },
  { kind: 'error', query: 'gift card already redeemed', expect: 'redeem-amazon-gift-card' },

  // Typos, run-together words and British spellings.
  { kind: 'typo', query: 'giftcard', expect: ['buy-amazon-gift-cards-with-knet', 'redeem-amazon-gift-card'] },
  { kind: 'typo', query: 'unauthorised charge', expect: 'unauthorized-transaction' },
  { kind: 'typo', query: 'transacton declnied', expect: 'transaction-declined' },
  { kind: 'typo', query: 'pasword reset', expect: 'cant-sign-in' },
  { kind: 'typo', query: 'verfication code', expect: 'verify-payment-method' },
  { kind: 'typo', query: 'phishng email', expect: 'recognize-phishing-and-scams' },
  { kind: 'typo', query: 'costumer servise', expect: 'contact-amazon-customer-service' },
  { kind: 'typo', query: 'knet paymnet page mesage', expect: 'knet-payment-page-messages' },
  { kind: 'typo', query: 'paypall', expect: 'use-a-third-party-payment-service' },
  { kind: 'typo', query: 'redeam gift card', expect: 'redeem-amazon-gift-card' },
  { kind: 'typo', query: 'recognise a scam', expect: 'recognize-phishing-and-scams' },
  { kind: 'typo', query: 'signin problem', expect: 'cant-sign-in' },
  { kind: 'typo', query: 'installment plan', expect: 'payment-method-not-accepted' },
  { kind: 'typo', query: 'NOT CAPTURD', expect: 'knet-payment-page-messages' },

  // Partial words, as typed before the word is finished.
  { kind: 'partial', query: 'verif', expect: 'verify-payment-method' },
  { kind: 'partial', query: 'phish', expect: 'recognize-phishing-and-scams' },
  { kind: 'partial', query: 'redee', expect: 'redeem-amazon-gift-card' },
  { kind: 'partial', query: 'declin', expect: 'transaction-declined' },
  { kind: 'partial', query: 'unauthor', expect: 'unauthorized-transaction' },
  { kind: 'partial', query: 'third par', expect: 'use-a-third-party-payment-service' },
  { kind: 'partial', query: 'custome serv', expect: 'contact-amazon-customer-service' },

  // Words that occur only deep in an article's body.
  { kind: 'deep', query: 'damaged goods', deepWord: 'damaged', expect: 'unauthorized-transaction' },
  { kind: 'deep', query: 'exchange rate', deepWord: 'exchange', expect: 'use-a-third-party-payment-service' },
  { kind: 'deep', query: 'instalment plans', deepWord: 'instalment', expect: 'payment-method-not-accepted' },
  { kind: 'deep', query: 'visit a bank branch', deepWord: 'branch', expect: 'contact-knet-or-your-bank' },
  { kind: 'deep', query: 'can amazon overturn a decline', deepWord: 'overturn', expect: 'contact-amazon-customer-service' },
  { kind: 'deep', query: 'keep receipts', deepWord: 'receipts', expect: 'monitor-account-activity' },
  { kind: 'deep', query: 'the page froze', deepWord: 'froze', expect: 'transaction-declined' },
  { kind: 'deep', query: 'be polite and take notes', deepWord: 'polite', expect: 'prepare-before-contacting-support' },
  { kind: 'deep', query: 'donations', deepWord: 'donations', expect: 'unauthorized-transaction' },
  { kind: 'deep', query: 'check my inbox for the code', deepWord: 'inbox', expect: 'buy-amazon-gift-cards-with-knet' },
];

/** Floors the set must keep: a top-3 hit for nearly every query, and the answer usually first. */
const minTop3Accuracy = 0.95;
const minMeanReciprocalRank = 0.9;

let articles: Article[];
let payload: SearchPayload;
let engine: SearchEngine;

beforeAll(() => {
  const { locales } = loadContent(path.join(process.cwd(), 'content'));
  const en = locales.en;
  if (!en) throw new Error('no English content');
  articles = en.articles;
  // Round-trip through JSON, as the browser receives it.
  payload = JSON.parse(JSON.stringify(buildSearchPayload(en.articles, 'en', en.lists.popular))) as SearchPayload;
  engine = createSearchEngine(payload);
});

function rankOf(testCase: Case): number {
  const expected = [testCase.expect].flat();
  const slugs = engine.search(testCase.query, { limit: 10 }).map((hit) => hit.slug);
  const position = slugs.findIndex((slug) => expected.includes(slug));
  return position === -1 ? Infinity : position + 1;
}

describe('search relevance against the real articles', () => {
  it('has a labelled set of at least 60 queries covering every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['question', 'error', 'typo', 'partial', 'deep'] satisfies Kind[]) {
      expect(cases.filter((testCase) => testCase.kind === kind).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('labels only articles that exist', () => {
    const slugs = new Set(articles.map((article) => article.slug));
    const unknown = cases.flatMap((testCase) => [testCase.expect].flat()).filter((slug) => !slugs.has(slug));
    expect(unknown).toEqual([]);
  });

  it('uses deep words that really occur only in the body of the expected article', () => {
    for (const testCase of cases.filter((c) => c.kind === 'deep')) {
      const word = normalizeText(testCase.deepWord ?? '', 'en');
      const article = articles.find((a) => a.slug === testCase.expect);
      expect(article, testCase.query).toBeDefined();
      if (!article) continue;
      const shallow = ` ${normalizeText([article.title, article.summary, ...article.keywords, ...article.errors].join(' '), 'en')} `;
      expect(shallow.includes(` ${word}`), `"${word}" is in the title, summary, keywords or errors of ${article.slug}`).toBe(false);
      const body = normalizeText(article.sections.map((section) => section.text).join(' '), 'en');
      expect(` ${body} `.includes(` ${word}`), `"${word}" is not in the body of ${article.slug}`).toBe(true);
    }
  });

  it(`finds the right article in the top 3 for at least ${minTop3Accuracy * 100}% of queries, with MRR ≥ ${minMeanReciprocalRank}`, () => {
    const ranks = cases.map((testCase) => ({ testCase, rank: rankOf(testCase) }));
    const top3 = ranks.filter(({ rank }) => rank <= 3).length / ranks.length;
    const mrr = ranks.reduce((sum, { rank }) => sum + 1 / rank, 0) / ranks.length;
    const misses = ranks.filter(({ rank }) => rank > 1).map(({ testCase, rank }) => `  ${rank === Infinity ? 'missing' : `#${rank}`}  "${testCase.query}" → ${[testCase.expect].flat().join(' | ')}`);
    const byKind = (['question', 'error', 'typo', 'partial', 'deep'] as Kind[]).map((kind) => {
      const ofKind = ranks.filter(({ testCase }) => testCase.kind === kind);
      return `${kind} ${ofKind.filter(({ rank }) => rank <= 3).length}/${ofKind.length}`;
    });
    console.info(
      `relevance: ${cases.length} queries, top-3 accuracy ${(top3 * 100).toFixed(1)}%, top-1 ${((ranks.filter(({ rank }) => rank === 1).length / ranks.length) * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)} (${byKind.join(', ')})` +
        (misses.length ? `\nnot first:\n${misses.join('\n')}` : ''),
    );
    expect(top3).toBeGreaterThanOrEqual(minTop3Accuracy);
    expect(mrr).toBeGreaterThanOrEqual(minMeanReciprocalRank);
  });

  it('puts the article listing a pasted error message first, whatever its case or punctuation', () => {
    for (const query of ['NOT CAPTURED', 'not captured', 'Not Captured!', '"NOT-CAPTURED"', 'status: not captured.']) {
      const [first] = engine.search(query);
      expect(first?.errorMatch, query).toBe(true);
      expect(first?.slug, query).toBe('knet-payment-page-messages');
    }
  });

  it('links a deep match straight to its section', () => {
    const [first] = engine.search('instalment plans');
    expect(first?.slug).toBe('payment-method-not-accepted');
    expect(first?.section?.id).toBeTruthy();
    expect(first?.href).toBe(`/en/articles/payment-method-not-accepted#${first?.section?.id}`);
  });
});
