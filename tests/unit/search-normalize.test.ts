import { describe, expect, it } from 'vitest';
import { americanSpelling, maxQueryLength, normalizeQuery, normalizeText, normalizeWords } from '@/lib/search/normalize';

describe('normalizeText', () => {
  it('lower-cases and drops punctuation, whatever the reader pasted', () => {
    expect(normalizeText('Result: NOT CAPTURED!', 'en')).toBe('result not captured');
    expect(normalizeText('"NOT-CAPTURED."', 'en')).toBe('not captured');
    expect(normalizeText('  HOST   TIMEOUT\n', 'en')).toBe('host timeout');
  });

  it('removes diacritics, including Arabic vowel marks, and folds full-width characters', () => {
    expect(normalizeText('Café Déjà vu', 'en')).toBe('cafe deja vu');
    expect(normalizeText('ＫＮＥＴ　１２３', 'en')).toBe('knet 123');
    expect(normalizeText('مَرْحَبًا', 'en')).toBe('مرحبا');
  });

  it('joins apostrophes and single-letter prefixes into one word', () => {
    expect(normalizeText("Can't sign in to Amazon's site", 'en')).toBe('cant sign in to amazons site');
    expect(normalizeText('e-mail and e-gift card', 'en')).toBe('email and egift card');
  });

  it('splits run-together words the way the articles write them', () => {
    expect(normalizeText('giftcard', 'en')).toBe('gift card');
    expect(normalizeText('GiftCards', 'en')).toBe('gift cards');
    expect(normalizeText('signin', 'en')).toBe('sign in');
    expect(normalizeWords('paymentid', 'en')).toEqual(['payment', 'id']);
  });

  it('gives British and American spellings one form', () => {
    const pairs = [
      ['unauthorised', 'unauthorized'],
      ['recognise', 'recognize'],
      ['organisation', 'organization'],
      ['cancelled', 'canceled'],
      ['cancelling', 'canceling'],
      ['colour', 'color'],
      ['favourite', 'favorite'],
      ['centre', 'center'],
      ['licence', 'license'],
      ['analyse', 'analyze'],
      ['cheque', 'check'],
    ];
    for (const [british, american] of pairs) {
      expect(normalizeText(british!, 'en'), british).toBe(normalizeText(american!, 'en'));
    }
  });

  it('leaves short words that only look like British endings alone', () => {
    for (const word of ['rise', 'wise', 'raise', 'advise', 'hour', 'your', 'four', 'tour']) {
      expect(americanSpelling(word), word).toBe(word);
    }
  });
});

describe('normalizeQuery', () => {
  it('shares normalizeText, so the index and the query always agree', () => {
    for (const text of ['Unauthorised charge!', 'giftcard', 'NOT CAPTURED', 'Café']) {
      expect(normalizeQuery(text, 'en').text).toBe(normalizeText(text, 'en'));
    }
  });

  it('keeps the words worth searching for, once each', () => {
    expect(normalizeQuery('Why was my payment declined? declined!', 'en').terms).toEqual(['payment', 'declined']);
    expect(normalizeQuery('where is the Payment ID', 'en').terms).toEqual(['payment', 'id']);
  });

  it('keeps every word when all of them are stopwords', () => {
    expect(normalizeQuery('how do I', 'en').terms).toEqual(['how', 'do', 'i']);
  });

  it('is empty for punctuation only and cut at the maximum length', () => {
    expect(normalizeQuery(' ?!… ', 'en')).toEqual({ text: '', terms: [] });
    const long = normalizeQuery('knet '.repeat(100), 'en');
    expect(long.text.length).toBeLessThanOrEqual(maxQueryLength);
    expect(long.terms).toEqual(['knet']);
  });
});
