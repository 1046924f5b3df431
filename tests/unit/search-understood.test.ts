import { describe, expect, it } from 'vitest';
import { arabiziFunctionWord } from '@/lib/search/arabizi';
import { dialectForms } from '@/lib/search/dialect';
import { loadRelevanceFixture } from './search-relevance-scoring';

const en = loadRelevanceFixture('en').engine;
const ar = loadRelevanceFixture('ar').engine;
const slugs = (engine: typeof en, query: string) => engine.search(query, { limit: 5 }).map((hit) => hit.slug);

describe('what search understands of a query', () => {
  it('reads a chat plural without alif ("خصمو", "يطلبو") as the verb', () => {
    expect(dialectForms('خصمو')).toContain('خصم');
    expect(dialectForms('يطلبو')).toContain('طلب');
  });

  it('reads Egyptian and Levantine fillers typed in Arabizi', () => {
    expect(arabiziFunctionWord('ezay')).toBe('ازاي');
    expect(arabiziFunctionWord('3ayez')).toBe('عايز');
    expect(arabiziFunctionWord('leh')).toBe('ليه');
  });

  it('splits a run-together query of four words', () => {
    expect(slugs(en, 'knetcardnotaccepted').slice(0, 3)).toContain('payment-method-not-accepted');
  });

  it('never corrects the name of something no article covers, and does not call a question about it answered', () => {
    // "prime" was "corrected" to "price", and the statement article shown as the answer.
    expect(en.correct('amazon prime price in kuwait')).toBeUndefined();
    expect(en.answer('amazon prime price in kuwait').confident).toBe(false);
    expect(en.answer('tabby installments').confident).toBe(false);
    expect(ar.correct('اشتراك برايم')).toBeUndefined();
  });

  it('counts a word the editors list in a reader phrase as understood', () => {
    // "ريفند" is in no article, but the search words read it as a refund.
    const { confident, hits } = ar.answer('الريفند تأخر');
    expect(hits[0]?.slug).toBe('get-a-refund');
    expect(confident).toBe(true);
  });

  it('is not sure of a query that names nothing: stopwords alone', () => {
    // "why" found the articles whose titles ask why, and showed the first as the answer.
    expect(en.answer('why').confident).toBe(false);
    expect(ar.answer('شو').confident).toBe(false);
    // One word that names the topic is still an answer.
    expect(en.answer('refund').confident).toBe(true);
  });

  it('is not sure of a question about another shop, whatever else it holds', () => {
    // "my carrefour order came damaged": the words but the shop's name are understood, and the
    // order article was shown as the answer.
    const { confident, hits } = en.answer('my carrefour order came damaged');
    expect(hits.length).toBeGreaterThan(0);
    expect(confident).toBe(false);
    expect(en.answer('my amazon order came damaged').confident).toBe(true);
  });

  it('never corrects a dialect verb with its present-tense prefix into a word of the same letters', () => {
    // "بيرد" (he answers) was "corrected" to "بريد" (mail).
    expect(ar.correct('الشحنة محجوزة في الجمارك ومحدش بيرد عليا')).toBeUndefined();
  });

  it('reads ب of means on a dialect word, and takes an unknown dialect verb for a verb rather than a name', () => {
    // "بكارت" (with a card) and "هتبقى" (will be) counted as names no article covers: a right first answer was shown as none.
    expect(ar.answer('ازاي ادفع على امازون بكارت كي نت').confident).toBe(true);
    expect(ar.answer('الجمارك هتبقى كام على الطلبية').confident).toBe(true);
    // The habitual ب of a verb is left to the verb reading: "بعمل" is "I do", not "work".
    expect(slugs(ar, 'الطلب ما وصل لهلق شو بعمل')[0]).toBe('order-not-arrived-or-wrong-item');
  });
});

