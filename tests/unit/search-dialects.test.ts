import { describe, expect, it } from 'vitest';
import { attachedForms, dialectForms } from '@/lib/search/dialect';
import { minConfidence } from '@/lib/search/engine';
import { loadRelevanceFixture } from './search-relevance-scoring';

const en = loadRelevanceFixture('en').engine;
const ar = loadRelevanceFixture('ar').engine;
const slugs = (engine: typeof en, query: string) => engine.search(query, { limit: 5 }).map((hit) => hit.slug);

describe('Egyptian and Levantine Arabic', () => {
  it('never corrects a dialect word, a filler or a word with a preposition on it into an unrelated word', () => {
    // Once "corrected" to "قديم بياخد وقت ترجع مصدر علاقه".
    expect(ar.correct('قديش بياخد وقت لترجع المصاري عالبطاقة')).toBeUndefined();
    expect(ar.correct('ازاي اعرف ان الايميل ده من امازون بجد')).toBeUndefined();
    expect(ar.correct('بدي الغي الطلب هلق')).toBeUndefined();
  });

  it('reads a preposition or "this" written on the word as the word', () => {
    expect(attachedForms('عالبطاقه')).toContain('بطاقه');
    expect(attachedForms('هالمسج')).toContain('مسج');
    expect(attachedForms('لترجع')).toContain('ترجع');
  });

  it('offers the verb behind Egyptian negation, the passive and the future', () => {
    expect(dialectForms('مرجعتش')).toContain('رجع');
    expect(dialectForms('اتخصم')).toContain('خصم');
    expect(dialectForms('هيرجع')).toContain('رجع');
  });

  it('finds the article for dialect questions', () => {
    expect(slugs(ar, 'قديش بياخد وقت لترجع المصاري عالبطاقة')[0]).toBe('get-a-refund');
    expect(slugs(ar, 'فين اكلم خدمة العملاء بتاعة امازون')[0]).toBe('contact-amazon-customer-service');
    expect(slugs(ar, 'ما بعرف فوت على حسابي').slice(0, 3)).toContain('cant-sign-in');
  });
});

describe('Hindi, Urdu and Tagalog words in Latin letters', () => {
  it('are fillers, so the question searches its content words', () => {
    expect(slugs(en, 'yaar ye knet hota kya hai').slice(0, 3)).toContain('what-is-knet');
    expect(slugs(en, 'bhai refund kab aayega')[0]).toBe('get-a-refund');
    expect(en.correct('yaar ye knet hota kya hai')).toBeUndefined();
  });
});

describe('run-together words', () => {
  it('are split into the known words they hold', () => {
    expect(slugs(en, 'hosttimeout')[0]).toBe('knet-payment-page-messages');
    expect(slugs(en, 'amazonrefund')[0]).toBe('get-a-refund');
    expect(slugs(en, 'giftcardamazon').slice(0, 2)).toEqual(expect.arrayContaining(['buy-amazon-gift-cards-with-knet']));
    expect(slugs(ar, 'الدفعمرفوض').slice(0, 3)).toContain('transaction-declined');
    // Up to six parts: a whole question typed without spaces.
    expect(slugs(en, 'whereismyrefundforknet').slice(0, 3)).toContain('get-a-refund');
  });

  it('reads the dialects’ present passive and على written ع', () => {
    // Levantine تنرفض and Egyptian بيترفض for "is declined", with the ت/ن of the passive dropped.
    expect(slugs(ar, 'ليش البطاقه عم تنرفض').slice(0, 3)).toContain('transaction-declined');
    // ع is على, a word that says nothing: it no longer counts as a word search failed to understand.
    expect(ar.answer('كيف ادفع ع امازون بالكي نت').confident).toBe(true);
  });

  it('leaves a word that only splits into fillers alone', () => {
    expect(en.answer('noon order not delivered', { limit: 5 }).confident).toBe(false);
  });
});

describe('confidence', () => {
  it('is sure of a pasted message an article lists and of a question in the articles’ words', () => {
    expect(en.answer('NOT CAPTURED').confidence).toBe(1);
    expect(en.answer('what is knet').confident).toBe(true);
    expect(ar.answer('كيفية تقديم شكوى إلى بنك الكويت المركزي').confident).toBe(true);
  });

  it('says no article answers a question about something the site does not cover, while still listing the closest', () => {
    for (const query of ['netflix payment with knet', 'cancel audible subscription', 'alexa setup arabic']) {
      const { hits, confident, confidence } = en.answer(query);
      expect(confident, `${query}: ${confidence}`).toBe(false);
      expect(hits.length, query).toBeGreaterThan(0);
    }
    expect(ar.answer('وظائف امازون بالكويت').confidence).toBeLessThan(minConfidence);
  });
});
