import { describe, expect, it } from 'vitest';
import {
  americanSpelling,
  maxQueryLength,
  normalizeQuery,
  normalizeText,
  normalizeWords,
  stripArabicPrefixes,
  stripArabicSuffix,
} from '@/lib/search/normalize';
import { siteLexicon } from './search-article';

describe('normalizeText', () => {
  it('treats the names of object properties as plain words ("constructor" once broke the build and the results page)', () => {
    expect(normalizeText('constructor valueOf toString hasOwnProperty __proto__', 'en')).toBe('constructor valueof tostring hasownproperty proto');
    expect(normalizeText('constructor', 'ar')).toBe('constructor');
  });

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

describe('digits', () => {
  it('reads Arabic-Indic and Persian digits as 0–9 on every locale', () => {
    expect(normalizeText('رمز ٤٨٢٩١٣', 'ar')).toBe('رمز 482913');
    expect(normalizeText('۱۲۳۴ ۵۶۷۸۹۰', 'ar')).toBe('1234 567890');
    expect(normalizeText('error ٤٠٤ and ۰۹', 'en')).toBe('error 404 and 09');
  });
});

/** The one normalised Arabic form of spellings that must all give it. */
function same(variants: string[]): string | undefined {
  const forms = variants.map((variant) => normalizeText(variant, 'ar'));
  expect(new Set(forms).size, `${variants.join(' / ')} → ${forms.join(' / ')}`).toBe(1);
  return forms[0];
}

describe('normalizeText for Arabic', () => {

  it('makes every alef with hamza or madda, and alef wasla, a bare alef', () => {
    expect(same(['أمازون', 'إمازون', 'آمازون', 'ٱمازون', 'امازون'])).toBe('امازون');
  });

  it('writes alef maqsura as ya and ta marbuta as ha', () => {
    expect(same(['متى', 'متي'])).toBe('متي');
    expect(same(['هدى', 'هدي'])).toBe('هدي');
    expect(same(['بطاقة هدية', 'بطاقه هديه'])).toBe('بطاقه هديه');
  });

  it('drops tatweel and tashkeel, superscript alef included', () => {
    expect(same(['بطاقـــة', 'بطاقة', 'بِطَاقَةٌ'])).toBe('بطاقه');
    expect(same(['هٰذا', 'هذا'])).toBe('هذا');
    expect(same(['مُحَمَّدٌ', 'محمد'])).toBe('محمد');
  });

  it('folds Persian letters, the letters borrowed for foreign sounds, and presentation forms', () => {
    expect(same(['کی نت', 'كي نت', 'ﻛﻲ ﻧﺖ'])).toBe('كينت');
    expect(same(['ڤيزا', 'فيزا'])).toBe('فيزا');
    expect(same(['پاي پال', 'باي بال'])).toBe('بايبال');
  });

  it('treats Arabic punctuation as a separator', () => {
    expect(normalizeText('هل تقبل أمازون كي نت؟ «نعم»، ربما؛ لا', 'ar')).toBe('هل تقبل امازون كينت نعم ربما لا');
  });

  it('cuts a Latin word off an Arabic letter glued to it', () => {
    expect(normalizeText('لـKNET بـPayPal', 'ar')).toBe('ل knet ب paypal');
  });

  it('spells Latin words on Arabic pages as on English pages', () => {
    expect(normalizeText('NOT CAPTURED giftcard unauthorised', 'ar')).toBe(normalizeText('NOT CAPTURED giftcard unauthorised', 'en'));
  });

  it('joins brand names written in two words', () => {
    expect(same(['كي نت', 'كي-نت', 'كينت', 'الكي نت', 'بالكي نت', 'بكي نت'])).toBe('كينت');
    expect(same(['باي بال', 'بايبال'])).toBe('بايبال');
    expect(same(['ماستر كارد', 'ماستركارد'])).toBe('ماستركارد');
  });
});

describe('stripArabicPrefixes', () => {
  it('strips the article, alone or after و ب ك ف, and لل', () => {
    for (const word of ['البنك', 'والبنك', 'بالبنك', 'كالبنك', 'فالبنك', 'للبنك']) expect(stripArabicPrefixes(word), word).toBe('بنك');
  });

  it('keeps the article when fewer than two letters would remain', () => {
    expect(stripArabicPrefixes('الي')).toBe('الي');
    expect(stripArabicPrefixes('الا')).toBe('الا');
  });

  it('does not take the start of إلكتروني for the article', () => {
    expect(normalizeText('إلكتروني', 'ar')).toBe(normalizeText('الإلكتروني', 'ar'));
  });

  it('strips an attached و before a stem of three letters or more, and before a known word', () => {
    expect(stripArabicPrefixes('وبنكك')).toBe('بنكك');
    expect(stripArabicPrefixes('وامازون')).toBe('امازون');
    expect(stripArabicPrefixes('وكي')).toBe('كي');
    expect(stripArabicPrefixes('ومن')).toBe('من');
    expect(stripArabicPrefixes('وللبنك')).toBe('بنك');
  });

  it('keeps the و of words that start with it', () => {
    for (const word of ['وقت', 'وسيلة', 'وسيط', 'وصلني', 'وصف', 'واحد', 'واضح', 'واتساب', 'وجود']) {
      expect(stripArabicPrefixes(word), word).toBe(word);
    }
  });

  it('strips an attached ل before a word of this site of three letters or more, not before كي', () => {
    expect(stripArabicPrefixes('لامازون')).toBe('امازون');
    expect(stripArabicPrefixes('لبنكي')).toBe('بنكي');
    expect(stripArabicPrefixes('لحسابي')).toBe('حسابي');
    for (const word of ['لكي', 'لبنان', 'لكن', 'لديك', 'لغة', 'لون']) expect(stripArabicPrefixes(word), word).toBe(word);
  });

  it('strips an attached ب only before a word of this site or a stopword', () => {
    expect(stripArabicPrefixes('ببطاقتي')).toBe('بطاقتي');
    expect(stripArabicPrefixes('بامازون')).toBe('امازون');
    expect(stripArabicPrefixes('برمز')).toBe('رمز');
    expect(stripArabicPrefixes('بما')).toBe('ما');
    for (const word of ['بطاقة', 'بنك', 'بيانات', 'بريد', 'بعد', 'بين', 'بسبب', 'برقان', 'بوابة']) {
      expect(stripArabicPrefixes(word), word).toBe(word);
    }
  });
});

describe('stripArabicSuffix', () => {
  it('drops a possessive ending and gives back the ta marbuta', () => {
    expect(same(['بطاقتي', 'بطاقتك', 'البطاقة', 'بطاقة'])).toBe('بطاقه');
    expect(same(['حسابي', 'حسابك', 'حسابكم', 'الحساب'])).toBe('حساب');
    expect(same(['بنكي', 'بنكك', 'البنك'])).toBe('بنك');
    expect(stripArabicSuffix('صلاحيتها')).toBe('صلاحيه');
  });

  it('keeps short words, plurals in ات and words ending in a root ت', () => {
    for (const word of ['بنك', 'سري', 'علي', 'كي', 'باي', 'لدي', 'بطاقات', 'كويت', 'انترنت']) expect(stripArabicSuffix(word), word).toBe(word);
    expect(stripArabicSuffix('بطاقاتك')).toBe('بطاقات');
    expect(stripArabicSuffix('كويتي')).toBe('كويت');
    expect(stripArabicSuffix('وقتك')).toBe('وقت');
  });

});

describe('normalizeQuery for Arabic', () => {
  it('searches a question for its content words', () => {
    expect(normalizeQuery('لماذا رفض البنك الدفع؟', 'ar').terms).toEqual(['رفض', 'بنك', 'دفع']);
    // ليش is a Gulf filler: an editors' stopword (content/ar/search-words.json).
    expect(normalizeQuery('ليش البنك رفض الدفع', 'ar', siteLexicon('ar').stopwords).terms).toEqual(['بنك', 'رفض', 'دفع']);
    expect(normalizeQuery('هل يمكنني الدفع عن طريق باي بال؟', 'ar').terms).toEqual(['دفع', 'طريق', 'بايبال']);
  });

  it('keeps غير, which makes an error message, and drops English stopwords of a pasted message', () => {
    expect(normalizeQuery('البطاقة غير مقبولة', 'ar').terms).toEqual(['بطاقه', 'غير', 'مقبوله']);
    expect(normalizeQuery('Result: NOT CAPTURED - please try again', 'ar').terms).toEqual(
      normalizeQuery('Result: NOT CAPTURED - please try again', 'en').terms,
    );
  });

  it('keeps the whole text, stopwords included, for matching error messages', () => {
    expect(normalizeQuery('لَمْ تَتِمّ عمليةُ الدفع', 'ar').text).toBe('لم تتم عمليه دفع');
  });

  it('shares normalizeText, so the index and the query always agree', () => {
    for (const text of ['بالكي نت', 'أمازون', 'بطاقتي', 'رمز ٤٥٦']) expect(normalizeQuery(text, 'ar').text).toBe(normalizeText(text, 'ar'));
  });
});

describe('English normalisation', () => {
  it('is untouched by the Arabic rules', () => {
    expect(normalizeText('The Bank declined my card', 'en')).toBe('the bank declined my card');
    expect(normalizeQuery('why was my payment declined', 'en').terms).toEqual(['payment', 'declined']);
    expect(normalizeText('البنك', 'en')).toBe('البنك');
  });
});
