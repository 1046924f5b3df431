/**
 * What counts as a reader's secret or personal number: the one detector for everything that reads
 * reader input. Search (`stripSecrets`: the query is searched without them), the request summary
 * (`findSecrets` on a form field, `maskSecrets`) and the feedback store (`./storage`: comments and
 * failed searches). Nothing else in the code decides what a secret is.
 *
 * Payment secrets: card numbers, CVVs, PINs (and passwords), one-time codes. Personal numbers: IBANs,
 * Kuwaiti civil ID numbers, email addresses, phone numbers. Digits of any script (Arabic-Indic,
 * Persian, full-width, mathematical) and any separator readers type or paste are read alike.
 *
 * It imports nothing and is not part of any page's first load: the search dialog, the results page,
 * the request form, the proxy and the server load it.
 */
export type PaymentSecretKind = 'card' | 'cvv' | 'pin' | 'otp';
export type SecretKind = PaymentSecretKind | 'iban' | 'civilId' | 'email' | 'phone';

/** The kinds in the order a notice lists them; the first four are payment secrets. */
export const secretKindOrder: readonly SecretKind[] = ['card', 'cvv', 'pin', 'otp', 'iban', 'civilId', 'email', 'phone'];

export const isPaymentSecret = (kind: SecretKind): kind is PaymentSecretKind => secretKindOrder.indexOf(kind) < 4;

/**
 * What a piece of text is. `text`: free text (what happened, the message shown). `amount`: a sum of
 * money. `reference`: an order number, KNET Payment ID or Track ID field, where long digit strings
 * are expected, so an unbroken one is taken for a card number only if it also starts like one.
 * `query`: a search query, or reader text about to be stored: short numbers count as codes whenever
 * a secret's word is anywhere in it ("482913 otp not working"), and a bare 3–8 digit number is one.
 */
export type FieldContext = 'text' | 'amount' | 'reference' | 'query';

export interface SecretMatch {
  kind: SecretKind;
  /** Position in the original value: `value.slice(start, end)` is what to mask or remove. */
  start: number;
  end: number;
}

/**
 * Where two readings of the same digits disagree, the lower rank wins: 0 a number that is one by its
 * shape and check digits, or an address; 1 a code right after its word ("my password is 90817263");
 * 2 a Kuwaiti phone number without its country code; 3 a code a few words on ("the OTP was sent to
 * 98765432" is a phone number); 4 a number in a query that names a secret anywhere.
 */
type Found = SecretMatch & { rank: number };

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

const isDigit = (char: string) => /\p{Nd}/u.test(char);

/**
 * A decimal digit's value in any script. Unicode encodes every script's digits as runs of ten from
 * 0 to 9, and runs that touch (the five sets of mathematical digits) each start at 0, so the value
 * is the distance from the start of the run, modulo 10.
 */
function digitValue(code: number): number {
  let zero = code;
  while (isDigit(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

/** Letters read as another: one alef for أ إ آ ٱ, ه for ة, ي for ى and Persian ی, ك for ک; ٫ and ٬ as . and , */
const sameAs: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', '٫': '.', '٬': ',' };

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts and ends in the original. */
  from: number[];
  to: number[];
}

/**
 * The text as the patterns below read it: every digit as an ASCII digit, every space (no-break,
 * narrow, thin…) as a space, every dash as a hyphen, invisible characters (zero-width spaces and
 * joiners, direction marks), Arabic tashkeel and tatweel dropped, Arabic letter forms made one, and
 * anything else in its compatibility form (NFKC). Positions map back to the original.
 */
function fold(value: string): Folded {
  const pieces: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const out =
      code < 128
        ? char
        : isDigit(char)
          ? String(digitValue(code))
          : /[\p{Cf}\p{Mn}\u0640]/u.test(char)
            ? ''
            : /\p{Z}/u.test(char)
              ? ' '
              : /[\p{Pd}\u2212]/u.test(char)
                ? '-'
                : (sameAs[char] ?? char.normalize('NFKC'));
    for (let unit = 0; unit < out.length; unit++) {
      from.push(index);
      to.push(index + char.length);
    }
    pieces.push(out);
    index += char.length;
  }
  return { text: pieces.join(''), from, to };
}

/** One number's digit groups as typed, with what stood between them: a space, dot, slash, dash, underscore, comma or line break, up to three ("4111 - 1111"). */
const numberRun = /\d+(?:[\s._/,-]{1,3}\d+)*/g;

/**
 * How card numbers are printed and typed: in one run, in fours or eights (4-4-4-4, 8-8, 4-4-4-4-3),
 * or the American Express and Diners layouts (4-6-5, 4-6-4). An Amazon order number
 * (403-1234567-1234567) has none of these shapes.
 */
function isCardLayout(lengths: readonly number[]): boolean {
  const shape = lengths.join('-');
  if (lengths.length === 1 || shape === '4-6-5' || shape === '4-6-4') return true;
  const last = lengths[lengths.length - 1] ?? 0;
  return lengths.slice(0, -1).every((length) => length === 4 || length === 8) && (last <= 4 || last === 8);
}

/** Payment cards start with 2 to 6 (Mastercard, American Express, Visa, Discover, UnionPay and others). */
const startsLikeACard = (digits: string) => /^[2-6]/.test(digits);

/**
 * A Kuwaiti civil ID number: 12 digits, the century (2 for 1900s, 3 for 2000s), the birth date as
 * YYMMDD, a 4-digit serial and a check digit: 11 minus the sum of the first 11 digits weighted
 * 2 1 6 3 7 9 10 5 8 4 2, modulo 11 (as python-stdnum's `kw.cid` and django-localflavor's
 * `KWCivilIDNumberField` compute it; a remainder of 1 gives no valid number).
 */
function isCivilId(digits: string): boolean {
  if (!/^[23]\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{5}$/.test(digits)) return false;
  const sum = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return (11 - (sum % 11)) % 11 === Number(digits[11]);
}

/** An IBAN (country, 2 check digits, up to 30 letters and digits) whose ISO 7064 mod-97 check holds. */
function isIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z\d]{11,30}$/.test(compact)) return false;
  let rest = 0;
  for (const char of compact.slice(4) + compact.slice(0, 4)) {
    const value = parseInt(char, 36);
    rest = (rest * (value > 9 ? 100 : 10) + value) % 97;
  }
  return rest === 1;
}

/**
 * Labels that say the number after them is a KNET Payment ID or Track ID, in either language: such a
 * number, in one run, is never a card number, though one in ten passes the Luhn check.
 */
const knetIdLabelSource = String.raw`(?:payment|track|tracking|trans(?:action)?|tran)\s*(?:id|no\.?|number|#)\s*[:#=-]?\s*|(?:رقم|معرف|كود)\s*(?:ال)?(?:دفع|تتبع|عمليه|معامله)\s*[:#=-]?\s*`;
/** Other references (an order, a reference number): there a long number must also start like a card. */
const referenceLabelSource = String.raw`(?<!\p{L})(?:reference|ref|order|auth)\s*(?:id|no\.?|number|#)?\s*[:#=-]?\s*`;
const knetIdLabel = new RegExp(`(?:${knetIdLabelSource})$`, 'iu');
const referenceLabel = new RegExp(`(?:${referenceLabelSource})$`, 'iu');

/**
 * Card numbers (13–19 digits passing the Luhn check, in a card's layout, glued to a word or not),
 * civil ID numbers, and phone numbers: with + or 00 and a country code (8–15 digits), or Kuwaiti
 * ones (8 digits starting 2, 4, 5, 6 or 9, alone or 4-4) in free text.
 */
function findNumbers(text: string, context: FieldContext): Found[] {
  const matches: Found[] = [];
  for (const run of text.matchAll(numberRun)) {
    const groups = [...run[0].matchAll(/\d+/g)].map((group) => ({ digits: group[0], start: run.index + group.index }));
    const before = text.slice(Math.max(0, run.index - 30), run.index);
    const isKnetId = knetIdLabel.test(before);
    const isReference = context === 'reference' || referenceLabel.test(before);
    const plus = /\+[\s(]?$/.exec(before)?.[0].length ?? 0;
    const wholeRunAlone = !/[\p{L}-]$/u.test(before) && !/^\p{L}/u.test(text.slice(run.index + run[0].length));
    let first = 0;
    while (first < groups.length) {
      let found: { last: number; kind: SecretKind; rank: number } | undefined;
      let digits = '';
      const lengths: number[] = [];
      for (let last = first; last < groups.length && digits.length < 19; last++) {
        digits += groups[last]!.digits;
        lengths.push(groups[last]!.digits.length);
        const single = lengths.length === 1;
        const international = (first === 0 && plus > 0) || digits.startsWith('00') || (lengths[0] === 3 && digits.startsWith('965'));
        const national = digits.replace(/^00/, '').length;
        const localPhone =
          (context === 'text' || context === 'query') &&
          !isReference &&
          !isKnetId &&
          wholeRunAlone &&
          first === 0 &&
          last === groups.length - 1 &&
          /^[24569]\d{7}$/.test(digits) &&
          (single || lengths.join() === '4,4');
        if (
          digits.length >= 13 &&
          digits.length <= 19 &&
          digits[0] !== '0' &&
          isCardLayout(lengths) &&
          passesLuhn(digits) &&
          !(single && (isKnetId || (isReference && !startsLikeACard(digits))))
        ) {
          found = { last, kind: 'card', rank: 0 };
        } else if (digits.length === 12 && !isKnetId && isCivilId(digits)) {
          found = { last, kind: 'civilId', rank: 0 };
        } else if (international && national >= 8 && national <= 15) {
          found = { last, kind: 'phone', rank: 0 };
        } else if (localPhone) {
          found = { last, kind: 'phone', rank: 2 };
        }
      }
      if (found) {
        const end = groups[found.last]!;
        // A phone number's + goes with it.
        const start = groups[first]!.start - (found.kind === 'phone' && first === 0 ? plus : 0);
        matches.push({ kind: found.kind, start, end: end.start + end.digits.length, rank: found.rank });
        first = found.last + 1;
      } else {
        first += 1;
      }
    }
  }
  return matches;
}

/** IBANs, unbroken or spaced in fours, ending where a word ends ("KW81 CBKU … 0101 is mine"). */
function findIbans(text: string): Found[] {
  const matches: Found[] = [];
  const isAlnum = (char = '') => /[a-z\d]/i.test(char);
  for (const start of text.matchAll(/(?<![a-z\d])[a-z]{2}\d{2}/gi)) {
    let compact = '';
    let i = start.index;
    const ends: { compact: string; end: number }[] = [];
    while (i < text.length && compact.length < 34) {
      if (isAlnum(text[i])) {
        compact += text[i]!.toUpperCase();
        i++;
        if (!isAlnum(text[i])) ends.push({ compact, end: i });
      } else if (/[ -]/.test(text[i]!) && isAlnum(text[i + 1])) i++;
      else break;
    }
    const iban = ends.reverse().find((candidate) => isIban(candidate.compact));
    if (iban) matches.push({ kind: 'iban', start: start.index, end: iban.end, rank: 0 });
  }
  return matches;
}

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * Words that name a secret, in English and Arabic. The Arabic ones as readers type them: with or
 * without hamza and the article, ة or ه, رمز or كود or رقم, and with و, ب or ل attached
 * ("ورمز التحقق", "بالرقم السري"). "الرمز السري لمرة واحدة" is a one-time code, so OTP comes first;
 * a bare "code", "كود" or "رمز" comes last, as a one-time code unless it names an error, a discount,
 * a country or another code readers may type ("error code 404", "كود الخصم", "رمز الدولة").
 */
const arabicPrefix = '[وبل]?(?:ال)?';
const codeWord = (...nouns: string[]) => `${arabicPrefix}(?:${nouns.join('|')})`;
const secretWords: readonly [SecretKind, string][] = [
  [
    'otp',
    String.raw`otp|one[ -]?time(?: pass(?:word|code)?| code| pin)?|(?:verification|confirmation|activation|sms|2fa|login) code|pass ?code|${codeWord('رمز', 'كود', 'رقم')}\s*(?:ال)?(?:تحقق|تفعيل|تاكيد)|(?:كلمه\s*(?:ال)?مرور\s*|${codeWord('رمز', 'رقم')}\s*(?:ال)?سري\s*)?لمره\s*واحده|او\s*تي\s*بي`,
  ],
  ['cvv', String.raw`cvv2?|cvc2?|cid|(?:card )?security code|${codeWord('رمز', 'كود', 'رقم')}\s*(?:ال)?امان|سي\s*في\s*في`],
  [
    'pin',
    String.raw`(?:atm |card )?pin(?: code| number)?|password|${codeWord('رقم', 'رمز', 'كود')}\s*(?:ال)?سري|رمز pin|بن\s*كود|${arabicPrefix}باس(?:وو?رد)|كلمه\s*(?:ال)?(?:سر|مرور)`,
  ],
  [
    'otp',
    String.raw`(?<!(?:error|err|response|reason|status|promo|promotion|discount|coupon|voucher|gift card|gift|claim|postal|zip|country|area|product|http|swift|sort|auth|authorization|approval|tracking|track|order|reference|ref|bank|qr|bar|source)[\s-]*)(?:codes?|sms)|${codeWord('رمز', 'كود')}(?!\s*(?:ال)?(?:خطا|خصم|دوله|بريدي|كوبون|هديه|منتج|استجابه|رد|شحن|تتبع|طلب|بنك|منطقه|سويفت|عرض|ترويجي))`,
  ],
];

/**
 * What a number next to a secret's word must not be: a sum of money, a count, an error, an order or
 * another reference ("the OTP for the KD 250 payment", "PIN refused 3 times", "Error 1234: invalid OTP").
 */
const notACode = String.raw`(?<!(?<!\p{L})(?:kd|kwd|usd|aed|sar|eur|gbp|price|cost|costs|paid|pay|total|amount|refund(?:ed)?|error|err|[بل]?(?:ال)?(?:سعر|مبلغ|قيمه|خطا|طلب)|دفعت|د\.?ك)\s*[:=]?\s*|[$€£]\s*|${knetIdLabelSource}|${referenceLabelSource})`;
const notACount = String.raw`(?!\s*(?:kd|kwd|usd|aed|sar|eur|gbp|fils?|dinars?|times?|minutes?|mins?|hours?|hrs?|days?|seconds?|secs?|attempts?|tries|digits?|دينار|دنانير|د\.?ك|فلس|فلوس|مرات|مره|دقائق|دقيقه|ساعات|ساعه|ايام|يوم|ثواني|محاولات|محاوله|ارقام|خانات)(?!\p{L})|\s*[$€£])`;

/** A number of 3–8 digits (or a 6-digit code in halves, "482 913") that is not part of a longer number, date, time or amount. */
const code = String.raw`(?<!\d)(?<!\d[.,:/-])${notACode}(?:\d{3}[ -]\d{3}|\d{3,8})(?!\d)(?![.,:/-]\d)(?!\p{L})${notACount}`;

/** Words that may stand between a secret's word and its number: "PIN: 1234", "my PIN is 1234", "the OTP I got was 482913". */
const fillers = String.raw`(?:[\s:=#"'“”‘’(\-]|(?<!\p{L})(?:is|was|were|are|code|number|no|nr|my|your|the|i|it|entered|typed|used|got|received|gave|given|of|as|be|been|هو|هي|حقي|مالي|كان|كانت|عندي|وصلني|اللي|الي)(?!\p{L}))*?`;

/**
 * Or up to six words of the same sentence: "the code I got by SMS was 482913", "الرمز اللي وصلني
 * 482913". Only right after the word may a year be the code ("otp 2025"); further on it is a year.
 */
const gap = String.raw`[\s:=#"'“”‘’()\-,]`;
const sentenceWords = String.raw`(?:${gap}+(?:[^\s:=#"'“”‘’()\-,.!?؟؛]|\.\d)+){0,6}?${gap}*(?!(?:19|20)\d\d(?!\d))`;

const word = (words: string) => String.raw`(?<![\p{L}\d])(?:${words})(?!\p{L})`;

/**
 * The words that name a CVV, a PIN or a one-time code, as regular-expression sources (lower case,
 * Arabic folded as `fold` folds it), for the message check (lib/message-check), which looks for a
 * request to hand one over rather than for the number.
 */
const wordsOf = (kind: SecretKind) => secretWords.find(([named]) => named === kind)?.[1] ?? '';
export const secretWordSources = { otp: wordsOf('otp'), cvv: wordsOf('cvv'), pin: wordsOf('pin') } as const;

/** Built on first use: most text read has no digit, and never needs them. */
let patterns: { kind: SecretKind; forward: RegExp; backward: RegExp; anywhere: RegExp }[] | undefined;
const secretPatterns = () =>
  (patterns ??= secretWords.map(([kind, words]) => ({
    kind,
    // "PIN 1234", "CVV: 123", "the code I got was 482913"
    forward: new RegExp(String.raw`${word(words)}(${fillers}|${sentenceWords})(${code})`, 'dgiu'),
    // "1234 is my PIN", "482913 was the OTP", "٤٨٢٩١٣ هو الكود"
    backward: new RegExp(String.raw`(${code})((?:\s+(?:is|was|my|the|your|هو|هي|كان))+\s+)${word(words)}`, 'dgiu'),
    anywhere: new RegExp(word(words), 'iu'),
  })));

/** In a query: any number of 3–8 digits that is not a year, an amount or a reference. */
const anyCode = new RegExp(String.raw`(?<![\p{L}\d.,])${notACode}\d{3,8}(?![\p{L}\d]|[.,]\d)${notACount}`, 'giu');
const isYear = (digits: string) => /^(?:19|20)\d\d$/.test(digits);

const fillersOnly = new RegExp(`^${fillers}$`, 'iu');

function findCodes(text: string, context: FieldContext): Found[] {
  const matches: Found[] = [];
  for (const { kind, forward, backward } of secretPatterns()) {
    for (const match of text.matchAll(forward)) {
      const [start, end] = match.indices?.[2] ?? [0, 0];
      matches.push({ kind, start, end, rank: fillersOnly.test(match[1] ?? '') ? 1 : 3 });
    }
    for (const match of text.matchAll(backward)) {
      const [start, end] = match.indices?.[1] ?? [0, 0];
      matches.push({ kind, start, end, rank: 1 });
    }
  }
  // "482913 otp not working": a query means one thing.
  const named = context === 'query' ? secretPatterns().find(({ anywhere }) => anywhere.test(text)) : undefined;
  if (named) {
    for (const match of text.matchAll(anyCode)) if (!isYear(match[0])) matches.push({ kind: named.kind, start: match.index, end: match.index + match[0].length, rank: 4 });
  }
  const bare = /^\s*(\d+(?:[ -]\d+)*)\s*$/.exec(text);
  if (context === 'query' && bare) {
    // A bare number: 3 digits read as a CVV, 4 to 8 as a one-time code, except a year.
    const digits = bare[1]!.replace(/\D/g, '');
    const start = text.indexOf(bare[1]!);
    const kind = digits.length === 3 ? 'cvv' : digits.length >= 4 && digits.length <= 8 && !isYear(digits) ? 'otp' : undefined;
    if (kind) matches.push({ kind, start, end: start + bare[1]!.length, rank: 4 });
  }
  return matches;
}

/**
 * Every secret in a text, in the order they appear, one match per stretch of text. Dates, times,
 * amounts, years, order numbers, KNET Payment IDs and Track IDs are left alone.
 */
export function findSecrets(value: string, context: FieldContext = 'text'): SecretMatch[] {
  const { text, from, to } = fold(value);
  const found = [...findIbans(text), ...findNumbers(text, context), ...[...text.matchAll(email)].map((match): Found => ({ kind: 'email', start: match.index, end: match.index + match[0].length, rank: 0 }))];
  if (/\d/.test(text)) found.push(...findCodes(text, context));
  found.sort((a, b) => a.rank - b.rank);
  // One reading per stretch of text, the lower rank's (see `Found`): an IBAN is not also a phone
  // number, nor a card number three codes, and "PIN code 1234" holds one PIN.
  const kept: SecretMatch[] = [];
  for (const match of found) if (!kept.some((other) => other.start < match.end && match.start < other.end)) kept.push(match);
  return kept
    .map((match) => ({ kind: match.kind, start: from[match.start] ?? value.length, end: to[match.end - 1] ?? value.length }))
    .sort((a, b) => a.start - b.start);
}

/** The kinds found, each once, in a fixed order: for a field's warning or search's notice. */
export function secretKinds<Kind extends SecretKind>(matches: readonly { kind: Kind }[]): Kind[] {
  return secretKindOrder.filter((kind): kind is Kind => matches.some((match) => match.kind === kind));
}

/** What a secret becomes in a stored or copied text; a card keeps its last 4 digits ("•••• 4242"). */
export const maskGlyphs = '•••';

export function maskSecrets(value: string, matches: readonly SecretMatch[] = findSecrets(value)): string {
  let masked = value;
  for (const match of [...matches].sort((a, b) => b.start - a.start)) {
    const digits = fold(value.slice(match.start, match.end)).text.replace(/\D/g, '');
    const replacement = match.kind === 'card' ? `•••• ${digits.slice(-4)}` : match.kind === 'email' ? `${maskGlyphs}@${maskGlyphs}` : maskGlyphs;
    masked = masked.slice(0, match.start) + replacement + masked.slice(match.end);
  }
  return masked;
}

/**
 * A search query without its secrets, and which kinds were removed: what search shows results for,
 * and the only form of the query that may reach the address bar, the history, storage or a request.
 * None of the kinds helps a search. Removing one can bring two pieces together, so the result is read
 * again until nothing is left to remove; the text is returned as typed when nothing was found.
 */
export function stripSecrets(value: string): { text: string; kinds: SecretKind[] } {
  const kinds = new Set<SecretKind>();
  let text = value;
  for (let pass = 0; pass < 4; pass++) {
    const matches = findSecrets(text, 'query');
    if (matches.length === 0) return { text: kinds.size > 0 ? text : value, kinds: secretKindOrder.filter((kind) => kinds.has(kind)) };
    for (const match of matches) kinds.add(match.kind);
    for (const match of [...matches].reverse()) text = `${text.slice(0, match.start)} ${text.slice(match.end)}`;
    // Read again as it will be shown: four spaces that kept two numbers apart may now be one.
    text = text.replace(/\s+/g, ' ').trim();
  }
  return { text: '', kinds: secretKindOrder.filter((kind) => kinds.has(kind)) };
}
