/**
 * What counts as a reader's secret: a payment card number, a CVV, a PIN or an OTP. The one detector
 * for everything that reads reader input: the search box and results (a whole query), the request
 * summary (a form field) and the feedback store (a comment, through `./storage`). Nothing else in
 * the code decides what a secret is.
 *
 * The search box loads this with every page, so it stays small and imports nothing.
 */
export type SecretKind = 'card' | 'cvv' | 'pin' | 'otp';

/** The kinds in the order a warning lists them. */
export const secretKindOrder: readonly SecretKind[] = ['card', 'cvv', 'pin', 'otp'];

/**
 * What a piece of text is. `text`: free text (what happened, the message shown, a comment).
 * `amount`: a sum of money. `reference`: an order number, KNET Payment ID or Track ID field, where
 * long digit strings are expected, so an unbroken one is taken for a card number only if it also
 * starts like one.
 */
export type FieldContext = 'text' | 'amount' | 'reference';

export interface SecretMatch {
  kind: SecretKind;
  /** Position in the original value: `value.slice(start, end)` is the number to mask. */
  start: number;
  end: number;
}

/** The Luhn checksum that every payment card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * The text as the patterns below read it, one character for one character so positions carry over
 * to the original: Arabic-Indic, Persian and full-width digits as ASCII digits, Arabic tashkeel and
 * tatweel as a space-free placeholder that the Arabic patterns skip (U+0640, tatweel itself), one
 * alef for أ إ آ ٱ, and ه for ة.
 */
function fold(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u064b-\u065f\u0670\u0622\u0623\u0625\u0671\u0629]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code >= 0xff10) return String(code - 0xff10);
    if (code >= 0x06f0) return String(code - 0x06f0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code === 0x0629) return '\u0647';
    if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return '\u0627';
    return '\u0640';
  });
}

/** Between two Arabic letters of a word: any run of tashkeel or tatweel (folded to tatweel). */
const t = '\u0640*';
/** An Arabic word from its letters, allowing tashkeel between them: "السرّي" is "السري". */
const ar = (word: string) => [...word].join(t) + t;

/**
 * How card numbers are printed and typed: in one run, in fours (4-4-4-4, 4-4-4-4-3), or the
 * American Express and Diners layouts (4-6-5, 4-6-4). An Amazon order number (403-1234567-1234567)
 * has none of these shapes.
 */
function isCardLayout(groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  const lengths = groups.map((group) => group.length).join('-');
  if (lengths === '4-6-5' || lengths === '4-6-4') return true;
  return groups.slice(0, -1).every((group) => group.length === 4) && (groups[groups.length - 1]?.length ?? 0) <= 4;
}

/** Payment cards start with 2 to 6 (Mastercard, American Express, Visa, Discover, UnionPay and others). */
const startsLikeACard = (digits: string) => /^[2-6]/.test(digits);

/**
 * Labels that say the number after them is a KNET Payment ID or Track ID, in either language: such a
 * number, in one run, is never a card number, though one in ten passes the Luhn check.
 */
const knetIdLabel = new RegExp(
  String.raw`(?:payment|track|tracking|trans(?:action)?|tran)\s*(?:id|no\.?|number|#)\s*[:#=-]?\s*$|(?:${ar('رقم')}|${ar('معرف')}|${ar('كود')})\s*(?:${ar('ال')})?(?:${ar('دفع')}|${ar('تتبع')}|${ar('عمليه')}|${ar('معامله')})\s*[:#=-]?\s*$`,
  'iu',
);
/** Other references (an order, a reference number): there a long number must also start like a card. */
const referenceLabel = /(?:reference|ref|order|auth)\s*(?:id|no\.?|number|#)?\s*[:#=-]?\s*$/i;

/** Runs of digit groups joined by single spaces or hyphens; digits glued to letters are not a number. */
const digitRun = /(?<![\p{L}\d])\d+(?:(?:[ \u00a0]{1,2}|-)\d+)*(?![\p{L}\d])/gu;

function findCardNumbers(text: string, context: FieldContext): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const run of text.matchAll(digitRun)) {
    const groups = [...run[0].matchAll(/\d+/g)].map((group) => ({ digits: group[0], start: run.index + group.index }));
    const before = text.slice(Math.max(0, run.index - 30), run.index);
    const isKnetId = knetIdLabel.test(before);
    const isReference = context === 'reference' || referenceLabel.test(before);
    let first = 0;
    while (first < groups.length) {
      let found: { last: number; digits: string } | undefined;
      let digits = '';
      for (let last = first; last < groups.length; last++) {
        digits += groups[last]!.digits;
        if (digits.length > 19) break;
        const layout = groups.slice(first, last + 1).map((group) => group.digits);
        if (digits.length < 13 || !isCardLayout(layout) || !passesLuhn(digits)) continue;
        if (layout.length === 1 && (isKnetId || (isReference && !startsLikeACard(digits)))) continue;
        found = { last, digits };
      }
      if (found) {
        const end = groups[found.last]!;
        matches.push({ kind: 'card', start: groups[first]!.start, end: end.start + end.digits.length });
        first = found.last + 1;
      } else {
        first += 1;
      }
    }
  }
  return matches;
}

/**
 * Words that name a secret, in English and Arabic. The Arabic ones as readers type them: with or
 * without hamza, tashkeel and the article, ة or ه, رمز or كود or رقم, and with و, ب or ل attached
 * ("ورمز التحقق", "بالرقم السري"). "الرمز السري لمرة واحدة" is a one-time code, so OTP comes first.
 */
const arabicPrefix = `[وبل]?(?:${ar('ال')})?`;
const codeWord = (...nouns: string[]) => `${arabicPrefix}(?:${nouns.map(ar).join('|')})`;
const secretWords: readonly [SecretKind, string][] = [
  [
    'otp',
    String.raw`otp|one[ -]?time (?:pass(?:word|code)?|code|pin)|verification code|sms code|passcode|${codeWord('رمز', 'كود', 'رقم')}\s*(?:${ar('ال')})?(?:${ar('تحقق')}|${ar('تفعيل')}|${ar('تاكيد')})|(?:${ar('كلمه')}\s*(?:${ar('ال')})?${ar('مرور')}\s*|${codeWord('رمز', 'رقم')}\s*(?:${ar('ال')})?${ar('سري')}\s*)?${ar('لمره')}\s*${ar('واحده')}|${ar('او')}\s*${ar('تي')}\s*${ar('بي')}`,
  ],
  ['cvv', String.raw`cvv2?|cvc2?|cid|(?:card )?security code|${codeWord('رمز', 'كود', 'رقم')}\s*(?:${ar('ال')})?${ar('امان')}|${ar('سي')}\s*${ar('في')}\s*${ar('في')}`],
  ['pin', String.raw`(?:atm |card )?pin(?: code| number)?|${codeWord('رقم', 'رمز', 'كود')}\s*(?:${ar('ال')})?${ar('سري')}|${ar('رمز')} pin|${ar('بن')}\s*${ar('كود')}`],
];

/**
 * A stand-alone number of 3–8 digits: not part of a date (21/11/2026, 2026-11-21), a time (14:05),
 * an amount (12.500, 1,000) or a grouped reference (403-1234567-1234567).
 */
const code = String.raw`(?<![\p{L}\d])(?<!\d[.,:/-])\d{3,8}(?![\p{L}\d])(?![.,:/-]\d)`;

/** What may stand between the word and the number: "PIN: 1234", "my PIN is 1234", "the OTP I got was 482913". */
const between = String.raw`(?:[\s:=#"'“”‘’(\-–—]|(?<!\p{L})(?:is|was|were|are|code|number|no|nr|my|the|i|it|entered|typed|used|got|received|gave|given|of|as|be|been|${['هو', 'هي', 'حقي', 'مالي', 'كان', 'كانت', 'عندي', 'وصلني'].map(ar).join('|')})(?!\p{L}))*?`;

const word = (words: string) => String.raw`(?<![\p{L}\d])(?:${words})(?![\p{L}\d])`;

const secretPatterns = secretWords.flatMap(([kind, words]) => [
  // "PIN 1234", "CVV: 123", "my OTP was 482913"
  { kind, pattern: new RegExp(String.raw`${word(words)}${between}(${code})`, 'dgiu') },
  // "1234 is my PIN", "482913 was the OTP"
  { kind, pattern: new RegExp(String.raw`(${code})\s+(?:is|was)\s+(?:my|the)\s+${word(words)}`, 'dgiu') },
]);

/**
 * The words that name a CVV, a PIN or a one-time code, as regular-expression sources (lower case,
 * Arabic folded as `fold` folds it, tashkeel allowed between letters), for the message check
 * (lib/message-check), which looks for a request to hand one over rather than for the number.
 */
const wordsOf = (kind: SecretKind) => secretWords.find(([named]) => named === kind)?.[1] ?? '';
export const secretWordSources = { otp: wordsOf('otp'), cvv: wordsOf('cvv'), pin: wordsOf('pin') } as const;

/** A secret's word anywhere in a text, for a search query (see `detectSecret`). */
const secretWordAnywhere = secretWords.map(([kind, words]) => ({ kind, pattern: new RegExp(word(words), 'iu') }));

function findCodes(text: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const { kind, pattern } of secretPatterns) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = match.indices?.[1] ?? [match.index, match.index];
      if (end > start) matches.push({ kind, start, end });
    }
  }
  return matches;
}

/**
 * Card numbers (13–19 digits passing the Luhn check, in a layout cards are written in) and numbers
 * next to a word such as PIN, OTP or CVV, in the order they appear. Dates, times, amounts, order
 * numbers, KNET Payment IDs and Track IDs are left alone.
 */
export function findSecrets(value: string, context: FieldContext = 'text'): SecretMatch[] {
  const text = fold(value);
  if (!/\d/.test(text)) return [];
  const cards = findCardNumbers(text, context);
  const codes = findCodes(text).filter((found) => !cards.some((card) => found.start < card.end && card.start < found.end));
  const sorted = [...cards, ...codes].sort((a, b) => a.start - b.start || b.end - a.end);
  // One match per stretch of text: the same number after two words ("PIN code 1234") counts once.
  return sorted.filter((match, index) => sorted.findIndex((other) => other.start < match.end && match.start < other.end) === index);
}

/** The kinds found, each once, in a fixed order: for a field's warning. */
export function secretKinds(matches: readonly SecretMatch[]): SecretKind[] {
  return secretKindOrder.filter((kind) => matches.some((match) => match.kind === kind));
}

/** What a CVV, PIN or OTP becomes; a card keeps its last 4 digits ("•••• 4242"). */
export const maskGlyphs = '•••';

export function maskSecrets(value: string, matches: readonly SecretMatch[] = findSecrets(value)): string {
  let masked = value;
  for (const match of [...matches].sort((a, b) => b.start - a.start)) {
    const digits = fold(value.slice(match.start, match.end)).replace(/\D/g, '');
    const replacement = match.kind === 'card' ? `•••• ${digits.slice(-4)}` : maskGlyphs;
    masked = masked.slice(0, match.start) + replacement + masked.slice(match.end);
  }
  return masked;
}

const isYear = (digits: string) => digits.length === 4 && /^(19|20)\d\d$/.test(digits);

/**
 * Whether a whole search query looks like a secret, and which kind. A query is short and means one
 * thing, so this is stricter than `findSecrets` on free text:
 * - anything `findSecrets` finds (a card number, "otp 482913", "كود الامان 482");
 * - a bare number (the whole query) of 3 digits (a CVV) or 4–8 digits (an OTP), except a year;
 * - a number of 3–8 digits anywhere with a secret's word anywhere ("482913 otp not working").
 * Amounts ("KD 12.500"), order numbers, labelled Payment and Track IDs, phone numbers with a country
 * code and years pass.
 */
export function detectSecret(query: string): SecretKind | undefined {
  const found = findSecrets(query);
  if (found.length > 0) return secretKinds(found)[0];
  const text = fold(query).trim();
  if (!/\d/.test(text)) return undefined;
  if (/^\d+(?:[ -]\d+)*$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length === 3) return 'cvv';
    if (digits.length >= 4 && digits.length <= 8 && !isYear(digits)) return 'otp';
    return undefined;
  }
  const numbers = [...text.matchAll(/(?<![\p{L}\d.,])\d{3,8}(?![\p{L}\d]|[.,]\d)/gu)].map((match) => match[0]);
  if (!numbers.some((digits) => !isYear(digits))) return undefined;
  return secretWordAnywhere.find(({ pattern }) => pattern.test(text))?.kind;
}
