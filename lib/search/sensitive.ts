/**
 * Queries that look like a secret: a card number, a CVV, an OTP or a PIN. Such a query is never put
 * into a URL, the history, storage or a request, and the reader is told never to share it.
 *
 * This module is loaded with every page (the search box needs it to stop a form submission), so it
 * stays small and imports nothing.
 */
export type SensitiveKind = 'card' | 'cvv' | 'otp' | 'pin';

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

/** Arabic-Indic and full-width digits count as digits: a number typed on an Arabic keyboard is still a number. */
function asciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

/**
 * How card numbers are printed and typed: all in one run, in fours (4-4-4-4, 4-4-4-4-3), or the
 * American Express and Diners layouts (4-6-5, 4-6-4). Amazon order numbers (403-1234567-1234567)
 * and other grouped references have none of these shapes.
 */
function isCardLayout(groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  const lengths = groups.map((group) => group.length).join('-');
  if (lengths === '4-6-5' || lengths === '4-6-4') return true;
  return groups.slice(0, -1).every((group) => group.length === 4) && groups[groups.length - 1]!.length <= 4;
}

/** Runs of digit groups joined by single spaces or hyphens; a group glued to letters ("D01") is not a number. */
const digitRun = /(?<![\p{L}\d])\d+(?:(?:[ \u00a0]{1,2}|-)\d+)*(?![\p{L}\d])/gu;

function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(digitRun)) {
    const groups = match[0].split(/[^\d]+/);
    for (let start = 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length; end++) {
        digits += groups[end];
        if (digits.length > 19) break;
        if (digits.length >= 13 && isCardLayout(groups.slice(start, end + 1)) && passesLuhn(digits)) return true;
      }
    }
  }
  return false;
}

const isYear = (digits: string) => digits.length === 4 && /^(19|20)\d\d$/.test(digits);

/**
 * Words naming a secret. The Arabic ones are matched on text folded as below, and without \b, which
 * only knows Latin letters. "الرمز السري لمرة واحدة" is a one-time code, so OTP comes before PIN.
 */
const secretWords: [RegExp, SensitiveKind][] = [
  [/\b(cvv2?|cvc2?|cid|security code)\b/i, 'cvv'],
  [/\b(otp|one[ -]?time (pass(word|code)?|code|pin)|verification code|sms code|passcode)\b/i, 'otp'],
  [/\b(pin|pin code|atm pin)\b/i, 'pin'],
  [/(رمز|كود)\s*(ال)?(تحقق|تفعيل)|لمره\s*واحده|او\s*تي\s*بي/, 'otp'],
  [/رمز\s*(ال)?امان|سي\s*في\s*في/, 'cvv'],
  [/(رقم|رمز)\s*(ال)?سري|بن\s*كود/, 'pin'],
];

/** Arabic folded just enough for the patterns above: no tashkeel or tatweel, one alef, ه for ة. */
function foldArabic(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647');
}

/**
 * Whether the query looks like a secret, and which kind.
 * - a card number: 13–19 digits passing the Luhn check, in one run or grouped as cards are printed;
 * - a bare number (the whole query) of 3 digits (a CVV) or 4–8 digits (an OTP), except a year such as 2024;
 * - a number of 3–8 digits next to a word such as OTP, CVV or PIN ("my otp is 482913").
 * Amounts ("KD 12.500", "1,000"), order numbers, phone numbers with a country code and years pass.
 */
export function detectSensitive(query: string): SensitiveKind | undefined {
  const text = foldArabic(asciiDigits(query)).trim();
  if (!/\d/.test(text)) return undefined;
  if (containsCardNumber(text)) return 'card';

  if (/^\d+(?:[ -]\d+)*$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length === 3) return 'cvv';
    if (digits.length >= 4 && digits.length <= 8 && !isYear(digits)) return 'otp';
    return undefined;
  }

  const numbers = [...text.matchAll(/(?<![\p{L}\d.,])\d{3,8}(?![\p{L}\d]|[.,]\d)/gu)].map((match) => match[0]);
  if (numbers.some((digits) => !isYear(digits))) {
    for (const [pattern, kind] of secretWords) if (pattern.test(text)) return kind;
  }
  return undefined;
}
