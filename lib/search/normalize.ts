import type { Locale } from '../i18n/config';

/**
 * One text normalisation for everything search compares: the build-time index, the reader's query,
 * the exact match on error messages and the highlighting of matched words. Because both sides of
 * every comparison pass through it, a rule here can never make the index and the query disagree.
 */

/** What a locale adds to the shared rules. */
export interface LocaleTextRules {
  /**
   * Runs on lower-cased text with combining marks removed and digits made ASCII, before punctuation
   * is stripped: letters readers type interchangeably become one (Arabic: ٱ → ا, ى → ي, ة → ه).
   */
  fold?: (text: string) => string;
  /** Maps one word to its canonical spelling, e.g. British to American English. */
  canonicalWord?: (word: string) => string;
  /** Two neighbouring canonical words ("first second") that are one word, and that word. */
  joinedPairs?: ReadonlyMap<string, string>;
  /** Words too common to help find an article; dropped from query terms and from indexed body text. */
  stopwords: ReadonlySet<string>;
  /**
   * The shortest query word that also marks the words it begins when results are highlighted
   * ("ve" → "verify"). Arabic needs three: written without short vowels, two letters begin too
   * many words (نت begins نتيجة, كي begins كيف).
   */
  minPrefix: number;
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
const britishWords = new Map<string, string>(Object.entries({
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
}));

/** Run-together words readers type, split the way the articles write them. */
const compounds = new Map<string, string>(Object.entries({
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
}));

/** British to American spelling, applied to every word on both sides so either finds the other. */
export function americanSpelling(word: string): string {
  const listed = britishWords.get(word);
  if (listed) return listed;
  return word
    .replace(/^(.{4,})is(e|ed|es|er|ers|ing|ation|ations)$/, '$1iz$2')
    .replace(/^(.{2,})ys(e|ed|es|ing)$/, '$1yz$2')
    .replace(/^(col|fav|behavi|hon|lab|neighb|flav|rum|harb|arm|endeav|savi)our/, '$1or')
    .replace(/^(cent|met|lit|theat|fib|sab)re(s|d)?$/, '$1er$2')
    .replace(/^(licen|defen|offen|preten)ce(s|d)?$/, '$1se$2')
    .replace(/^(cancel|travel|label|model|signal|total|fuel|dial|level|counsel|channel)l(ed|ing|er|ers|ation|ations)$/, '$1$2');
}

/** English spelling of one word: run-together words split, British spelling made American. */
function englishWord(word: string): string {
  return compounds.get(word) ?? americanSpelling(word);
}

const english: LocaleTextRules = {
  canonicalWord: englishWord,
  stopwords: englishStopwords,
  minPrefix: 2,
};

// ---------------------------------------------------------------------------------------------
// Arabic. Readers type the same word many ways: with or without hamza (أ إ آ ٱ or ا), ى for final
// ي, ه for final ة, with tashkeel or tatweel, with the article and attached prepositions
// (البنك، بالبنك، للبنك), in Kuwaiti dialect, and with Latin words in the middle.

const arabicLetter = /[\u0621-\u064a]/;

/**
 * After NFKD and the removal of combining marks, أ إ آ ؤ ئ are already bare (ا ا ا و ي), and tashkeel,
 * shadda, sukun and the superscript alef are gone. What is left: ٱ, alef maqsura, ta marbuta,
 * tatweel, the Persian forms of ya, kaf and ha, and the letters Gulf writers borrow for foreign
 * sounds (ڤيزا for فيزا, گ for ك). A Latin word glued to an Arabic one ("لـKNET", "بـPayPal") is cut off it.
 */
function foldArabic(text: string): string {
  return text
    .replace(/[\u0671-\u0673\u0675]/g, '\u0627')
    .replace(/[\u0649\u06cc\u06d0]/g, '\u064a')
    .replace(/[\u0629\u06c0\u06c1\u06d5]/g, '\u0647')
    .replace(/[\u06a9\u06af]/g, '\u0643')
    .replace(/\u06a4/g, '\u0641')
    .replace(/\u067e/g, '\u0628')
    .replace(/\u0686/g, '\u062c')
    .replace(/\u0640/g, '')
    .replace(/([\u0621-\u064a])(?=[a-z0-9])|([a-z0-9])(?=[\u0621-\u064a])/g, '$1$2 ');
}

/**
 * The language's function words, as written (they are normalised below like any other word): the
 * prefix rules below need them ("ومن" is و + من), and body text drops them from the index. Readers'
 * fillers and the words of dialects (Gulf ليش، شلون، شسوي, Egyptian, Levantine …) are editors' data:
 * `content/ar/search-words.json`, added to these when a query is read (`words.ts`).
 * Not here: غير ("غير مقبولة", "غير مصرح به") and كي, half of كي نت.
 */
const arabicStopwordList = (
  'في من الى إلى على عن مع عند لدى لدي حتى منذ خلال عبر حول نحو بين قبل بعد دون ' +
  'ما ماذا كيف هل لماذا لم لن لا ليس ليست متى أين اين كم أي اي ' +
  'أن إن ان أنه انه أنها انها لأن لان لكن لكي اذا إذا لو ' +
  'هذا هذه ذلك تلك هذان هؤلاء هنا هناك الذي التي الذين اللذين اللتين اللاتي ' +
  'هو هي هم هن هما أنا انا نحن أنت انت أنتم انتم ' +
  'أو او أم ام ثم قد لقد فقد كان كانت كانوا يكون تكون كل بعض أيضا ايضا فقط جدا تم يتم ' +
  'إلا الا كما مثل حيث عندما بينما لذا لذلك فإذا فاذا إذن اذن أحد احد أخرى اخرى آخر اخر نفس نفسه نفسها ' +
  'فورا دائما أبدا ابدا قليلا تماما أولا اولا ثانيا جيدا غالبا عادة حاليا أحيانا احيانا مثلا يجب سوف ' +
  'لي لك له لها لهم لنا بي بك به بها بهم فيه فيها منه منها مني عليه عليها عنه عنها عني معه معي عليك لديك منك إليك اليك معك ضد ' +
  'يمكن يمكنني يمكنك ممكن أستطيع استطيع ' +
  'أريد اريد يا شيء كذا ' +
  'و ب ل ف ك ع'
).split(' ');

/** Stopwords with only their letters folded: what a bare prefix may be stripped in front of ("ومن" → "من"). */
const foldedArabicStopwords = new Set(arabicStopwordList.map((word) => foldArabic(word.normalize('NFKD').replace(/\p{Mn}/gu, ''))));

/** The article, alone or after و ب ك ف, and ل + ال written لل: stripped when two letters or more remain. */
const articlePrefixes = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

/**
 * Words of this site that readers write with و or ب attached ("بكي نت", "ببطاقتي", "وامازون"):
 * the stem after the prefix must start with one of these (or be a stopword) for the prefix to go.
 */
const attachableStems = ['امازون', 'كينت', 'بطاق', 'بنك', 'فيزا', 'ماستر', 'بايبال', 'رمز', 'رقم', 'كلم', 'كود', 'هدي', 'هدايا', 'قسيم', 'حساب', 'ايميل', 'بريد'];
const attachableWords = new Set(['كي', 'نت', 'باي']);

/** Words that start with و as a root letter (وقت، وسيلة، وصلني …): their و stays. */
const nativeWaw = /^(وقت|وسيل|وسايل|وسيط|وصل|وصول|وصف|وجد|وجه|وجود|وحد|واحد|وضع|وضح|واضح|ورق|وقع|وقف|وفر|وفق|ولد|وطن|وزن|وزار|وعد|وكيل|وكال|ورد|وثق|وظيف|واتساب|واجه|وافق|وسط)/;

/** Loanwords that start with the letters of the article: إلكتروني is not ال + كتروني. */
const notTheArticle = /^الكترون/;

/** A word of this site ("امازون", "بطاقتي", "كي"), that readers write with a letter attached. */
function isSiteWord(stem: string): boolean {
  return attachableWords.has(stem) || attachableStems.some((known) => stem.startsWith(known));
}

function isAttachable(stem: string): boolean {
  return isSiteWord(stem) || foldedArabicStopwords.has(stem);
}

/**
 * The article and attached و/ب go, so "البطاقة", "بالبطاقة", "والبطاقة" and "بطاقة" are one word.
 * و goes before any stem of three letters or more that is not a و-word itself ("وبنكك" → "بنكك", but
 * "وقت" and "وسيلة" stay); ب only before a stem this site knows, since so many words start with it
 * ("بطاقة", "بنك", "بيانات"), and ل the same way. Index and query go through the same rule, so a rare wrong cut
 * ("والدة" → "ده") still makes both sides agree.
 */
export function stripArabicPrefixes(word: string, afterWaw = false): string {
  if (notTheArticle.test(word) || attachableWords.has(word)) return word;
  for (const prefix of articlePrefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) return word.slice(prefix.length);
  }
  const stem = word.slice(1);
  if (!afterWaw && word.startsWith('و') && stem.length >= 2 && !nativeWaw.test(word) && (stem.length >= 3 || isAttachable(stem))) {
    return stripArabicPrefixes(stem, true);
  }
  if (word.startsWith('ب') && stem.length >= 2 && isAttachable(stem)) return stem;
  // ل ("to, for") likewise, before a word of this site of three letters or more: "لامازون", "لبنكي"
  // (not before a stopword: "لاين" is not ل + اين, and not "لكي").
  if (word.startsWith('ل') && stem.length >= 3 && isSiteWord(stem)) return stem;
  return word;
}

/** Possessive endings (your, my, its, their): "بطاقتك" and "بطاقتي" are "بطاقة", "حسابي" is "حساب". */
const possessiveSuffixes = ['كم', 'هم', 'ها', 'ك', 'ي'];
/** Words whose last letter is a root ت, not the ة that a possessive ending turns into ت. */
const rootTa = /(كويت|انترنت|ثابت|توقيت|صوت|بيت|وقت)$/;

/**
 * Drops one possessive ending when three letters or more remain, and gives back the ة that the
 * ending had turned into ت ("رسالتك" → "رساله"), except after a plural ات ("بطاقاتك" → "بطاقات")
 * and in the few words where ت is a root letter ("الكويتي" → "كويت").
 */
export function stripArabicSuffix(word: string): string {
  for (const suffix of possessiveSuffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length >= 4 && stem.endsWith('ت') && !stem.endsWith('ات') && !rootTa.test(stem)) return `${stem.slice(0, -1)}ه`;
    return stem;
  }
  return word;
}

/**
 * Brand names written as two Arabic words or one (كي نت، كي-نت، كينت): one word, like "knet" and
 * "paypal", which also keeps كي and نت from matching كيف, لكي or نتيجة.
 */
const arabicJoinedPairs = new Map([
  ['كي نت', 'كينت'],
  ['لكي نت', 'كينت'],
  ['باي بال', 'بايبال'],
  ['باي بل', 'بايبال'],
  ['ماستر كارد', 'ماستركارد'],
]);

/** Latin words on Arabic pages ("NOT CAPTURED", "giftcard") are spelled as on English pages. */
function arabicWord(word: string): string {
  if (!arabicLetter.test(word)) return englishWord(word);
  return stripArabicSuffix(stripArabicPrefixes(word));
}

const arabic: LocaleTextRules = {
  fold: foldArabic,
  canonicalWord: arabicWord,
  joinedPairs: arabicJoinedPairs,
  // English ones too: readers paste Latin error messages and mix languages in one query.
  stopwords: new Set([...arabicStopwordList.map((word) => arabicWord(foldArabic(word.normalize('NFKD').replace(/\p{Mn}/gu, '')))), ...englishStopwords]),
  minPrefix: 3,
};

const localeRules: Record<Locale, LocaleTextRules> = {
  en: english,
  ar: arabic,
};

export function textRules(locale: Locale): LocaleTextRules {
  return localeRules[locale];
}

const combiningMarks = /\p{Mn}/gu;
const apostrophes = /['’‘`´]/g;
/** A single letter joined by a hyphen is one word: "e-mail", "e-gift". */
const letterPrefix = /(^|[^\p{L}\p{N}])(\p{L})-(?=\p{L})/gu;
const nonWord = /[^\p{L}\p{N}]+/gu;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits, which a reader may type on any page. */
const easternDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;
const asciiDigit = (digit: string) => String(digit.charCodeAt(0) - (digit >= '\u06f0' ? 0x06f0 : 0x0660));

/** Case, diacritics (tashkeel too), digits and locale folding: everything except splitting into words. */
function foldCharacters(text: string, rules: LocaleTextRules): string {
  const folded = text.normalize('NFKD').replace(combiningMarks, '').toLowerCase().replace(easternDigits, asciiDigit);
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
  return rules.joinedPairs ? joinPairs(words, rules.joinedPairs) : words;
}

function joinPairs(words: readonly string[], pairs: ReadonlyMap<string, string>): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const pair = pairs.get(`${words[index]} ${words[index + 1]}`);
    if (pair) index++;
    joined.push(pair ?? words[index]!);
  }
  return joined;
}

/** The normalised form of any text: its canonical words joined by single spaces. */
export function normalizeText(text: string, locale: Locale): string {
  return normalizeWords(text, locale).join(' ');
}

/**
 * The longest query that is searched; anything longer is cut. Long enough for a pasted email or
 * receipt, whose error message may be anywhere in it; only its rarest words are scored.
 */
export const maxQueryLength = 2000;

export interface NormalizedQuery {
  /** The whole query, normalised: what exact error matching compares. */
  text: string;
  /** Distinct words worth searching for, stopwords removed (all words if every one is a stopword). */
  terms: string[];
}

/** `stopwords`: the language's own by default; a search passes its lexicon's, which adds the editors' (`words.ts`). */
export function normalizeQuery(query: string, locale: Locale, stopwords: ReadonlySet<string> = textRules(locale).stopwords): NormalizedQuery {
  return queryFromWords(normalizeWords(query.slice(0, maxQueryLength), locale), stopwords);
}

/** A query from words that are already normalised (a synonym put in place of the typed words, say). */
export function queryFromWords(words: readonly string[], stopwords: ReadonlySet<string>): NormalizedQuery {
  const meaningful = words.filter((word) => !stopwords.has(word));
  return { text: words.join(' '), terms: [...new Set(meaningful.length > 0 ? meaningful : words)] };
}

/** Drops stopwords and repeats: what is kept of body text in the index, to keep it small. */
export function distinctContentWords(words: readonly string[], locale: Locale): string[] {
  const { stopwords } = textRules(locale);
  return [...new Set(words.filter((word) => !stopwords.has(word)))];
}
