import type { Locale } from '../i18n/config';

/**
 * One text normalisation for everything search compares: the build-time index, the reader's query,
 * the exact match on error messages and the highlighting of matched words. Because both sides of
 * every comparison pass through it, a rule here can never make the index and the query disagree.
 */

/** What a locale adds to the shared rules. */
export interface LocaleTextRules {
  /**
   * Runs on lower-cased text with combining marks removed, before punctuation is stripped.
   * Arabic goes here: unify alef forms (أ إ آ → ا), ta marbuta (ة → ه), alef maqsura (ى → ي),
   * remove tatweel (ـ) and map Arabic-Indic digits (٠–٩) to 0–9.
   */
  fold?: (text: string) => string;
  /** Maps one word to its canonical spelling, e.g. British to American English. */
  canonicalWord?: (word: string) => string;
  /** Words too common to help find an article; dropped from query terms and from indexed body text. */
  stopwords: ReadonlySet<string>;
}

// "id" is not a stopword even though "I'd" folds to it: readers search for the Payment ID and the Track ID.
const englishStopwords = new Set(
  (
    'a about after again all also am an and any are as at be been before being both but by can cant could did didnt do does doesnt ' +
    'doing dont for from get gets got had has have having he her here hers him his how i if im in into is isnt it its ive just ' +
    'me more most my no nor not now of off on once only or other our out over own please same she should so some such than that ' +
    'the their them then there these they this those through to too under until up very was wasnt we were what when where which ' +
    'while who whom why will with wont would you your youre yours'
  ).split(' '),
);

/** Words whose British form differs by more than a regular ending. */
const britishWords: Record<string, string> = {
  cheque: 'check',
  cheques: 'checks',
  enquiry: 'inquiry',
  enquiries: 'inquiries',
  enquire: 'inquire',
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  dialogue: 'dialog',
  judgement: 'judgment',
  ageing: 'aging',
  jewellery: 'jewelry',
  aluminium: 'aluminum',
  tyre: 'tire',
  tyres: 'tires',
  mum: 'mom',
  pyjamas: 'pajamas',
};

/** Run-together words readers type, split the way the articles write them. */
const compounds: Record<string, string> = {
  giftcard: 'gift card',
  giftcards: 'gift cards',
  creditcard: 'credit card',
  creditcards: 'credit cards',
  debitcard: 'debit card',
  debitcards: 'debit cards',
  signin: 'sign in',
  signup: 'sign up',
  paymentid: 'payment id',
  trackid: 'track id',
  orderid: 'order id',
  claimcode: 'claim code',
  onetime: 'one time',
};

/** British to American spelling, applied to every word on both sides so either finds the other. */
export function americanSpelling(word: string): string {
  const listed = britishWords[word];
  if (listed) return listed;
  return word
    .replace(/^(.{4,})is(e|ed|es|er|ers|ing|ation|ations)$/, '$1iz$2')
    .replace(/^(.{2,})ys(e|ed|es|ing)$/, '$1yz$2')
    .replace(/^(col|fav|behavi|hon|lab|neighb|flav|rum|harb|arm|endeav|savi)our/, '$1or')
    .replace(/^(cent|met|lit|theat|fib|sab)re(s|d)?$/, '$1er$2')
    .replace(/^(licen|defen|offen|preten)ce(s|d)?$/, '$1se$2')
    .replace(/^(cancel|travel|label|model|signal|total|fuel|dial|level|counsel|channel)l(ed|ing|er|ers|ation|ations)$/, '$1$2');
}

const english: LocaleTextRules = {
  canonicalWord: (word) => compounds[word] ?? americanSpelling(word),
  stopwords: englishStopwords,
};

const localeRules: Record<Locale, LocaleTextRules> = {
  en: english,
};

export function textRules(locale: Locale): LocaleTextRules {
  return localeRules[locale];
}

const combiningMarks = /\p{Mn}/gu;
const apostrophes = /['’‘`´]/g;
/** A single letter joined by a hyphen is one word: "e-mail", "e-gift". */
const letterPrefix = /(^|[^\p{L}\p{N}])(\p{L})-(?=\p{L})/gu;
const nonWord = /[^\p{L}\p{N}]+/gu;

/** Case, diacritics and locale folding: everything except splitting into words. */
function foldCharacters(text: string, rules: LocaleTextRules): string {
  const folded = text.normalize('NFKD').replace(combiningMarks, '').toLowerCase();
  return rules.fold ? rules.fold(folded) : folded;
}

/**
 * The canonical words of a text: lower case, no diacritics or punctuation, one spelling per word.
 * A single input word can become two ("giftcard" → "gift", "card").
 */
export function normalizeWords(text: string, locale: Locale): string[] {
  const rules = textRules(locale);
  const words: string[] = [];
  const spaced = foldCharacters(text, rules).replace(apostrophes, '').replace(letterPrefix, '$1$2');
  for (const raw of spaced.split(nonWord)) {
    if (!raw) continue;
    const canonical = rules.canonicalWord ? rules.canonicalWord(raw) : raw;
    for (const word of canonical.split(' ')) if (word) words.push(word);
  }
  return words;
}

/** The normalised form of any text: its canonical words joined by single spaces. */
export function normalizeText(text: string, locale: Locale): string {
  return normalizeWords(text, locale).join(' ');
}

/** The longest query that is searched; anything longer is cut (a pasted page is not a question). */
export const maxQueryLength = 200;

export interface NormalizedQuery {
  /** The whole query, normalised: what exact error matching compares. */
  text: string;
  /** Distinct words worth searching for, stopwords removed (all words if every one is a stopword). */
  terms: string[];
}

export function normalizeQuery(query: string, locale: Locale): NormalizedQuery {
  const words = normalizeWords(query.slice(0, maxQueryLength), locale);
  const { stopwords } = textRules(locale);
  const meaningful = words.filter((word) => !stopwords.has(word));
  return { text: words.join(' '), terms: [...new Set(meaningful.length > 0 ? meaningful : words)] };
}

/** Drops stopwords and repeats: what is kept of body text in the index, to keep it small. */
export function distinctContentWords(words: readonly string[], locale: Locale): string[] {
  const { stopwords } = textRules(locale);
  return [...new Set(words.filter((word) => !stopwords.has(word)))];
}
