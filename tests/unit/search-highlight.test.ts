import { describe, expect, it } from 'vitest';
import { editDistance } from '@/lib/search/distance';
import { highlightRanges, splitHighlights, wordMatchesTerm } from '@/lib/search/highlight';

const marked = (text: string, terms: string[]) => highlightRanges(text, terms, 'en').map(([start, end]) => text.slice(start, end));

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('knte', 'knet')).toBe(1);
    expect(editDistance('declnied', 'declined')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops early above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('wordMatchesTerm', () => {
  it('matches whole words, partial words, longer forms and small typos', () => {
    expect(wordMatchesTerm('knet', 'knet')).toBe(true);
    expect(wordMatchesTerm('verification', 'verif')).toBe(true);
    expect(wordMatchesTerm('decline', 'declined')).toBe(true);
    expect(wordMatchesTerm('password', 'pasword')).toBe(true);
    expect(wordMatchesTerm('verification', 'verifcat')).toBe(true);
  });

  it('does not match unrelated short words', () => {
    expect(wordMatchesTerm('pin', 'pay')).toBe(false);
    expect(wordMatchesTerm('otp', 'top')).toBe(false);
    expect(wordMatchesTerm('amazon', 'knet')).toBe(false);
  });
});

describe('highlightRanges', () => {
  it('marks the words of the original text that match the normalised query', () => {
    expect(marked('Why was my payment declined?', ['payment', 'declined'])).toEqual(['payment declined']);
    expect(marked('I see a charge I didn’t make', ['charge'])).toEqual(['charge']);
  });

  it('marks British spellings for an American query and the reverse', () => {
    expect(marked('Report an unauthorised charge', ['unauthorized'])).toEqual(['unauthorised']);
    expect(marked('Recognize a scam', ['recognize'])).toEqual(['Recognize']);
  });

  it('marks both halves of a run-together query', () => {
    expect(marked('How do I buy Amazon gift cards?', ['gift', 'card'])).toEqual(['gift cards']);
  });

  it('marks a word fuzzily only where the text does not hold the term as written', () => {
    expect(marked('Change your password and report the charge', ['charge'])).toEqual(['charge']);
    expect(marked('Report the chrage', ['charge'])).toEqual(['chrage']);
  });

  it('marks the whole query where it occurs word for word, stopwords included', () => {
    const text = 'A short message such as CAPTURED, NOT CAPTURED or HOST TIMEOUT.';
    expect(highlightRanges(text, ['captured'], 'en', 'not captured').map(([start, end]) => text.slice(start, end))).toEqual([
      'CAPTURED',
      'NOT CAPTURED',
    ]);
  });

  it('returns offsets that cut the text into marked and plain parts', () => {
    const text = 'Invalid OTP on the KNET page';
    expect(splitHighlights(text, highlightRanges(text, ['otp', 'knet'], 'en'))).toEqual([
      { text: 'Invalid ', highlighted: false },
      { text: 'OTP', highlighted: true },
      { text: ' on the ', highlighted: false },
      { text: 'KNET', highlighted: true },
      { text: ' page', highlighted: false },
    ]);
  });

  it('marks nothing for no terms', () => {
    expect(highlightRanges('anything', [], 'en')).toEqual([]);
  });
});

describe('highlightRanges on Arabic text', () => {
  const markedAr = (text: string, terms: string[], phrases?: string[]) =>
    highlightRanges(text, terms, 'ar', phrases).map(([start, end]) => text.slice(start, end));

  it('marks whole words, with their article, prefixes, endings and tashkeel', () => {
    expect(markedAr('اتصل بالبنك واسأل عن البطاقة', ['بنك', 'بطاقه'])).toEqual(['بالبنك', 'البطاقة']);
    expect(markedAr('لماذا رُفِضَت بطاقتي؟', ['بطاقه'])).toEqual(['بطاقتي']);
    expect(markedAr('أدخِل الرَّقْمَ السِّرّي', ['رقم', 'سري'])).toEqual(['الرَّقْمَ السِّرّي']);
  });

  it('marks a brand written in two words as one', () => {
    expect(markedAr('ما هي كي نت (KNET)؟', ['كينت', 'knet'])).toEqual(['كي نت', 'KNET']);
    expect(markedAr('الدفع بالكي نت أو كي-نت', ['كينت'])).toEqual(['بالكي نت', 'كي-نت']);
  });

  it('does not mark longer words for a two-letter term', () => {
    expect(markedAr('كيف أدفع؟ نتيجة الدفع', ['كي', 'نت'])).toEqual([]);
  });

  it('marks every phrase it is given, word for word', () => {
    const text = 'رسالة NOT CAPTURED تعني أنه لم تتم عملية الدفع';
    expect(markedAr(text, ['captured'], ['not captured', 'لم تتم عمليه دفع'])).toEqual(['NOT CAPTURED', 'لم تتم عملية الدفع']);
  });
});
