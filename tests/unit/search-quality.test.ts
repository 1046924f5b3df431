import { beforeAll, describe, expect, it } from 'vitest';
import { ArabiziLexicon, arabicSkeletons, hasArabiziDigit, latinSkeletons } from '@/lib/search/arabizi';
import { dialectForms } from '@/lib/search/dialect';
import type { SearchEngine } from '@/lib/search/engine';
import { maxQueryLength, normalizeQuery, normalizeText } from '@/lib/search/normalize';
import { siteLexicon } from './search-article';
import { correctedQuery } from '@/lib/search/plan';
import { rewordQuery } from '@/lib/search/synonyms';
import { loadRelevanceFixture } from './search-relevance-scoring';

let en: SearchEngine;
let ar: SearchEngine;

beforeAll(() => {
  en = loadRelevanceFixture('en').engine;
  ar = loadRelevanceFixture('ar').engine;
});

const slugs = (engine: SearchEngine, query: string, options = {}) => engine.search(query, { limit: 5, ...options }).map((hit) => hit.slug);

describe('words the index lacks', () => {
  it('are dropped before scoring, so a query with any matching word never shows zero results', () => {
    for (const query of ['zzqxv knet', 'wallah habibi gift card', 'boubyan qwzx declined']) expect(slugs(en, query).length, query).toBeGreaterThan(0);
    for (const query of ['والله ززقث كي نت', 'بوبيان بطاقة هدايا']) expect(slugs(ar, query).length, query).toBeGreaterThan(0);
    expect(slugs(en, 'knet')).toEqual(slugs(en, 'knet zzqxv'));
  });

  it('still finds nothing when no word matches', () => {
    expect(en.search('zzqxv qwfpg')).toEqual([]);
  });
});

describe('Arabizi', () => {
  it('reads a letter-digit as Arabizi, not a number or a code', () => {
    expect(hasArabiziDigit('daf3')).toBe(true);
    expect(hasArabiziDigit('7sabi')).toBe(true);
    expect(hasArabiziDigit('2fa')).toBe(true);
    expect(hasArabiziDigit('482913')).toBe(false);
    expect(hasArabiziDigit('knet')).toBe(false);
  });

  it('gives a Latin spelling and its Arabic word the same consonant skeleton', () => {
    const pairs: [string, string][] = [['daf3', 'دفع'], ['marfood', 'مرفوض'], ['yishtighil', 'يشتغل'], ['7sabi', 'حساب'], ['bitaqat', 'بطاقه'], ['khidma', 'خدمه'], ['wslni', 'وصلن']];
    for (const [latin, arabic] of pairs) expect(latinSkeletons(latin).some((skeleton) => arabicSkeletons(arabic).includes(skeleton)), `${latin} ${arabic}`).toBe(true);
  });

  it('picks the likeliest known word for a skeleton, and nothing for an unknown one', () => {
    const lexicon = new ArabiziLexicon(['دفع', 'دافع', 'نسيت', 'نصيه', 'مرفوض'], (word) => (word === 'نصيه' ? 5 : 1));
    expect(lexicon.lookup('daf3')[0]).toBe('دفع');
    expect(lexicon.lookup('nseet')[0]).toBe('نسيت');
    expect(lexicon.lookup('marfood')).toEqual(['مرفوض']);
    expect(lexicon.lookup('qwxz')).toEqual([]);
    expect(lexicon.lookup('el')).toEqual(['']);
  });

  it('finds the article on both sites', () => {
    expect(slugs(ar, 'el daf3 marfood')[0]).toBe('transaction-declined');
    expect(slugs(en, 'el daf3 marfood')[0]).toBe('transaction-declined');
    expect(slugs(ar, 'knet ma yishtighil')[0]).toBe('payment-method-not-accepted');
    expect(slugs(ar, 'khidmat el 3omala').slice(0, 3)).toContain('contact-amazon-customer-service');
  });

  it('leaves English words alone on English pages', () => {
    expect(slugs(en, 'what is knet')[0]).toBe('what-is-knet');
    expect(en.correct('yesterday my payment was declined')).toBeUndefined();
  });
});

describe('Gulf dialect', () => {
  it('offers the forms a dialect verb may stand for', () => {
    expect(dialectForms('يقبلون')).toContain('تقبل');
    expect(dialectForms('بتقبل')).toContain('تقبل');
    expect(dialectForms('ماوصلني')).toContain('وصلني');
    expect(dialectForms('انسرقت')).toContain('سرقه');
    expect(dialectForms('بيصير')).toContain('يصير');
    expect(dialectForms('كي')).toEqual([]);
  });

  it('treats fillers as stopwords, not content', () => {
    const { stopwords } = siteLexicon('ar');
    for (const filler of ['شسوي', 'اللي', 'يبي', 'يعني', 'ليش', 'شلون', 'ابي', 'الحين', 'وش', 'ايش', 'شنو', 'عشان', 'علشان', 'مب', 'مو', 'حق', 'هذا', 'هاذي']) {
      expect(stopwords.has(normalizeText(filler, 'ar')), filler).toBe(true);
    }
    expect(normalizeQuery('حسابي انهكر شسوي الحين', 'ar', stopwords).terms).toEqual(['حساب', 'انهكر']);
  });

  it('puts dialect words for hacked, stolen, didn’t arrive and “what does it mean” in the articles’ words', () => {
    const reword = (query: string) => rewordQuery(normalizeQuery(query, 'ar').text.split(' '), siteLexicon('ar'))?.join(' ');
    expect(reword('حسابي مهكر')).toBe(normalizeText('حسابي اختراق تهكير', 'ar'));
    expect(reword('بطاقتي انباقت')).toBe(normalizeText('بطاقتي سرقة مسروقة', 'ar'));
    expect(reword('الرمز ماوصلت')).toContain(normalizeText('لم يصل', 'ar'));
    expect(reword('شمعنى NOT CAPTURED')).toBe(normalizeText('معنى NOT CAPTURED', 'ar'));
  });

  it('finds the article for dialect queries', () => {
    expect(slugs(ar, 'حسابي انهكر شسوي').slice(0, 3)).toContain('suspect-a-security-issue');
    expect(slugs(ar, 'شنو يعني NOT CAPTURED')[0]).toBe('knet-payment-page-messages');
    expect(slugs(ar, 'ليش ما يقبلون بطاقتي').slice(0, 3)).toContain('payment-method-not-accepted');
  });
});

describe('readers’ synonyms', () => {
  it('find the article in both languages', () => {
    expect(slugs(en, 'knet hotline')[0]).toBe('contact-knet-or-your-bank');
    expect(slugs(en, 'complaint against amazon')[0]).toBe('contact-amazon-customer-service');
    expect(slugs(en, 'is amazon adding knet soon').slice(0, 3)).toContain('check-for-new-payment-options');
    expect(slugs(ar, 'الخط الساخن لكي نت')[0]).toBe('contact-knet-or-your-bank');
    expect(slugs(ar, 'ابي اقدم شكوى على امازون')[0]).toBe('contact-amazon-customer-service');
  });
});

describe('typos', () => {
  it('scores a swapped-letter word as the word meant, and reports the correction', () => {
    expect(slugs(en, 'verfiy my card')[0]).toBe('verify-payment-method');
    expect(en.correct('Verfiy my card')).toEqual({ corrected: 'verify my card' });
    expect(ar.correct('نسيت الباسرود')).toEqual({ corrected: 'نسيت الباسورد' });
    expect(slugs(ar, 'نسيت الباسرود').slice(0, 2)).toEqual(expect.arrayContaining([expect.stringMatching(/cant-sign-in|secure-your-amazon-account/)]));
  });

  it('searches the words as typed on request (“search instead for …”)', () => {
    expect(slugs(en, 'gfit card', { exact: true })).not.toEqual(slugs(en, 'gfit card'));
    expect(en.correct('gfit card')).toEqual({ corrected: 'gift card' });
  });

  it('corrects nothing in a query of known words', () => {
    for (const query of ['what is knet', 'NOT CAPTURED', 'verif']) expect(en.correct(query), query).toBeUndefined();
  });

  it('never corrects valid Arabic dialect words', () => {
    for (const query of ['شسوي', 'اللي يبي', 'شلون ادفع', 'حسابي انهكر', 'بطاقتي انباقت', 'الكود ماوصلت', 'شمعنى', 'الحين', 'ليش ما يقبلون بطاقتي', 'وش السالفة']) {
      expect(ar.correct(query), query).toBeUndefined();
    }
  });

  it('puts the correction in place of the typed token, keeping the rest as typed', () => {
    expect(correctedQuery('My  CARD verfiy?', new Map([['verfiy', 'verify']]), 'en')).toBe('My  CARD verify?');
  });
});

describe('long pasted text', () => {
  const filler = 'I tried again this evening on my phone and on the laptop, and the same thing happened every single time. ';

  it(`accepts ${maxQueryLength} characters and finds a message anywhere in them`, () => {
    expect(maxQueryLength).toBeGreaterThanOrEqual(2000);
    const pasted = `${filler.repeat(14)}The result page said NOT CAPTURED. Thanks`;
    expect(pasted.length).toBeGreaterThan(1500);
    const [first] = en.search(pasted);
    expect(first?.slug).toBe('knet-payment-page-messages');
    expect(first?.errorMatch).toBe(true);
  });

  it('counts a message with one added word as the message', () => {
    const [first] = en.search('payment method is not accepted');
    expect(first?.errorMatch).toBe(true);
    expect(first?.slug).toBe('payment-method-not-accepted');
    expect(ar.search('طلعت لي رسالة payment method is not accepted')[0]?.errorMatch).toBe(true);
  });

  it('lets a specific article that lists the exact message outrank general ones that borrow it', () => {
    expect(slugs(en, 'paypal not accepted')[0]).toBe('use-a-third-party-payment-service');
    expect(slugs(en, 'knet not available on amazon')[0]).toBe('does-amazon-accept-knet');
    expect(slugs(ar, 'باي بال غير مقبول')[0]).toBe('use-a-third-party-payment-service');
  });
});
