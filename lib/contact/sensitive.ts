import { passesLuhn } from '../search/sensitive';

/**
 * Card details in the request form: found where they are, so a field can warn and the summary can
 * mask them (a card number keeps its last 4 digits, a CVV, PIN or OTP disappears entirely).
 *
 * Search's `detectSensitive` answers a different question: is a whole search query a secret? It
 * treats any bare 4–8 digit query as an OTP, which would flag every amount and Track ID here, and it
 * gives no positions to mask. This module reuses its Luhn check and adds what a form needs: where
 * each match is, and the field it was typed in ("1234" is an amount in the amount field, and a
 * secret only next to a word such as PIN). It runs in the browser and imports nothing else.
 */
export type SensitiveKind = 'card' | 'cvv' | 'pin' | 'otp';

/**
 * What a field holds. `text`: free text (what happened, the message shown). `amount`: a sum of
 * money. `reference`: an order number, KNET Payment ID or Track ID, where long digit strings are
 * expected, so an unbroken one is taken for a card number only if it also starts like one.
 */
export type FieldContext = 'text' | 'amount' | 'reference';

export interface SensitiveMatch {
  kind: SensitiveKind;
  /** Position in the original value: `value.slice(start, end)` is the number to mask. */
  start: number;
  end: number;
}

/** Arabic-Indic, Persian and full-width digits read as digits; one character stays one character. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

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

/** Words that say the number after them is an ID, not a card: "Payment ID 1002…", "Track ID: …". */
const referenceLabel = /(?:payment|track|transaction|reference|ref|order|tran|auth)\s*(?:id|no\.?|number|#)?\s*[:#=-]?\s*$/i;

/** Runs of digit groups joined by single spaces or hyphens; digits glued to letters are not a number. */
const digitRun = /(?<![\p{L}\d])\d+(?:(?:[ \u00a0]{1,2}|-)\d+)*(?![\p{L}\d])/gu;

function findCardNumbers(text: string, context: FieldContext): SensitiveMatch[] {
  const matches: SensitiveMatch[] = [];
  for (const run of text.matchAll(digitRun)) {
    const groups = [...run[0].matchAll(/\d+/g)].map((group) => ({ digits: group[0], start: run.index + group.index }));
    const isReference = context === 'reference' || referenceLabel.test(text.slice(Math.max(0, run.index - 30), run.index));
    let first = 0;
    while (first < groups.length) {
      let found: { last: number; digits: string } | undefined;
      let digits = '';
      for (let last = first; last < groups.length; last++) {
        digits += groups[last]!.digits;
        if (digits.length > 19) break;
        const layout = groups.slice(first, last + 1).map((group) => group.digits);
        if (digits.length < 13 || !isCardLayout(layout) || !passesLuhn(digits)) continue;
        // A long unbroken ID in a reference passes the Luhn check one time in ten: there it must also start like a card.
        if (isReference && layout.length === 1 && !startsLikeACard(digits)) continue;
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
 * without hamza and the article, ة or ه, رمز or كود or رقم, and with و, ب or ل attached ("ورمز
 * التحقق", "بالرقم السري").
 */
const arabicPrefix = String.raw`[وبل]?(?:ال)?`;
const secretWords: readonly [SensitiveKind, string][] = [
  ['cvv', String.raw`cvv2?|cvc2?|cid|(?:card )?security code|${arabicPrefix}(?:رمز|كود|رقم)\s*(?:ال)?[أاإ]مان|سي\s*في\s*في`],
  [
    'otp',
    String.raw`otp|one[ -]?time (?:pass(?:word|code)?|code|pin)|verification code|sms code|passcode|${arabicPrefix}(?:رمز|كود)\s*(?:ال)?(?:تحقق|تفعيل|ت[أا]كيد)|كلم[ةه] (?:ال)?مرور لمر[ةه] واحد[ةه]|[أا]و\s*تي\s*بي`,
  ],
  ['pin', String.raw`(?:atm |card )?pin(?: code| number)?|${arabicPrefix}(?:رقم|رمز|كود)\s*(?:ال)?سري|رمز pin|بن\s*كود`],
];

/**
 * A stand-alone number of 3–8 digits: not part of a date (21/11/2026, 2026-11-21), a time (14:05),
 * an amount (12.500, 1,000) or a grouped reference (403-1234567-1234567).
 */
const code = String.raw`(?<![\p{L}\d])(?<!\d[.,:/-])\d{3,8}(?![\p{L}\d])(?![.,:/-]\d)`;

/** What may stand between the word and the number: "PIN: 1234", "my PIN is 1234", "the OTP I got was 482913". */
const between = String.raw`(?:[\s:=#"'“”‘’(\-–—]|(?<!\p{L})(?:is|was|were|are|code|number|no|nr|my|the|i|it|entered|typed|used|got|received|gave|given|of|as|be|been|هو|هي|حقي|مالي|كان|كانت)(?!\p{L}))*?`;

const secretPatterns = secretWords.flatMap(([kind, words]) => [
  // "PIN 1234", "CVV: 123", "my OTP was 482913"
  { kind, pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:${words})(?![\p{L}\d])${between}(${code})`, 'dgiu') },
  // "1234 is my PIN", "482913 was the OTP"
  { kind, pattern: new RegExp(String.raw`(${code})\s+(?:is|was)\s+(?:my|the)\s+(?:${words})(?![\p{L}\d])`, 'dgiu') },
]);

function findSecrets(text: string): SensitiveMatch[] {
  const matches: SensitiveMatch[] = [];
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
export function findSensitive(value: string, context: FieldContext): SensitiveMatch[] {
  const text = asciiDigits(value);
  if (!/\d/.test(text)) return [];
  const cards = findCardNumbers(text, context);
  const secrets = findSecrets(text).filter((secret) => !cards.some((card) => secret.start < card.end && card.start < secret.end));
  const sorted = [...cards, ...secrets].sort((a, b) => a.start - b.start || b.end - a.end);
  // One match per stretch of text: the same number after two words ("PIN code 1234") counts once.
  return sorted.filter((match, index) => sorted.findIndex((other) => other.start < match.end && match.start < other.end) === index);
}

/** The kinds found, each once, in a fixed order: for a field's warning. */
export function sensitiveKinds(matches: readonly SensitiveMatch[]): SensitiveKind[] {
  return (['card', 'cvv', 'pin', 'otp'] as const).filter((kind) => matches.some((match) => match.kind === kind));
}

/** The mask: a card keeps its last 4 digits ("•••• 4242"), a CVV, PIN or OTP is replaced entirely. */
export const maskGlyphs = '•••';

export function maskSensitive(value: string, matches: readonly SensitiveMatch[]): string {
  let masked = value;
  for (const match of [...matches].sort((a, b) => b.start - a.start)) {
    const original = value.slice(match.start, match.end);
    const replacement = match.kind === 'card' ? `•••• ${[...original].filter((char) => /\d/.test(asciiDigits(char))).slice(-4).join('')}` : maskGlyphs;
    masked = masked.slice(0, match.start) + replacement + masked.slice(match.end);
  }
  return masked;
}
