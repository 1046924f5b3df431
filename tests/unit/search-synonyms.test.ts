import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { normalizeText } from '@/lib/search/normalize';
import { toOneByte } from '@/lib/search/one-byte';
import { queryVariants } from '@/lib/search/synonyms';
import { siteLexicon, siteSearchWords } from './search-article';
import { loadRelevanceFixture } from './search-relevance-scoring';

const variants = (query: string, locale: 'en' | 'ar') => queryVariants(query, siteLexicon(locale)).map((variant) => variant.text);

const crossScriptSynonyms = siteSearchWords('en').translations;

describe('the translations between scripts', () => {
  it('has a Latin and an Arabic form for every entry, each normalising to words', () => {
    for (const locale of locales) {
      for (const group of crossScriptSynonyms) {
        expect(group.latin.length, group.latin.join()).toBeGreaterThan(0);
        expect(group.arabic.length, group.latin.join()).toBeGreaterThan(0);
        for (const phrase of [...group.latin, ...group.arabic]) expect(normalizeText(phrase, locale), phrase).not.toBe('');
      }
    }
  });

  it('lists each phrase once, so a phrase has one translation', () => {
    const phrases = crossScriptSynonyms.flatMap((group) => [...group.latin, ...group.arabic]).map((phrase) => normalizeText(phrase, 'ar'));
    expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
  });
});

describe('queryVariants', () => {
  it('translates English words into Arabic on Arabic pages', () => {
    expect(variants('gift card', 'ar')).toEqual(['gift card', 'بطاقه هدايا']);
    expect(variants('knet', 'ar')).toEqual(['knet', 'كينت']);
    expect(variants('PayPal declined', 'ar')).toEqual(['paypal declined', 'بايبال مرفوضه']);
  });

  it('translates Arabic words into English on English pages', () => {
    expect(variants('رمز التحقق', 'en')).toEqual(['رمز التحقق', 'otp']);
    expect(variants('كي-نت', 'en')).toEqual(['كي نت', 'knet']);
  });

  it('leaves a query in the site’s own script as typed', () => {
    expect(variants('بطاقة هدايا', 'ar')).toEqual(['بطاقه هدايا']);
    expect(variants('gift card', 'en')).toEqual(['gift card']);
    expect(variants('كيف أدفع', 'ar')).toEqual(['كيف ادفع']);
  });

  it('looks up KNET page messages in both scripts, the longest phrase first', () => {
    expect(variants('لم تتم عملية الدفع', 'ar')).toEqual(['لم تتم عمليه دفع', 'not captured']);
    expect(variants('NOT CAPTURED', 'ar')).toEqual(['not captured', 'لم تتم عمليه دفع']);
    expect(variants('Invalid OTP', 'ar')).toEqual(['invalid otp', 'رمز تحقق غير صحيح']);
  });

  it('translates only the phrases it knows and keeps the rest of the query', () => {
    const [, translated] = queryVariants('gift card balance', siteLexicon('ar'));
    expect(translated).toEqual({ text: 'بطاقه هدايا balance', terms: ['بطاقه', 'هدايا', 'balance'], translations: ['بطاقه هدايا'] });
  });
});

describe('cross-script search', () => {
  it('finds English articles for an Arabic query on English pages', () => {
    const { engine } = loadRelevanceFixture('en');
    expect(engine.search('رمز التحقق', { limit: 3 }).map((hit) => hit.slug)).toContain('verify-payment-method');
    expect(engine.search('باي بال')[0]?.slug).toBe('use-a-third-party-payment-service');
  });
});

describe('toOneByte', () => {
  it('gives every Arabic letter its own one-byte letter and leaves other text alone', () => {
    const letters = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, index) => String.fromCharCode(0x0621 + index)).join('');
    const mapped = toOneByte(letters);
    expect(new Set(mapped).size).toBe(letters.length);
    expect([...mapped].every((char) => char.charCodeAt(0) < 0x100 && /\p{L}/u.test(char))).toBe(true);
    expect(toOneByte('knet 123 | gift card')).toBe('knet 123 | gift card');
  });

  it('never produces a letter that normalised Latin text can hold', () => {
    const latin = normalizeText('ÀÉÎÕÜ Æ æ Ø ø ß Ð ð Þ þ Ñ ç', 'en');
    const mapped = new Set(toOneByte('ءابتثجحخدذرزسشصضطظعغفقكلمنهوي'));
    expect([...latin].filter((char) => mapped.has(char))).toEqual([]);
  });
});
