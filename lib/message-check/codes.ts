import { secretWordSources } from '../secrets';
import { anyOf, arabic, arabicWord, near, spans, word, type Span } from './text';

/**
 * One-time codes in a message (folded, see text.ts): a number of 4 to 8 digits near the words
 * that name a code ("OTP", "verification code", "رمز التحقق"), as the site's secret detector names
 * them (lib/secrets), plus the ways code messages say it ("your code is", "رمزك").
 */

/** Up to two words naming a code, none of them the name of a shop's code: "your Apple Account code", not "your discount code". */
const codeName = String.raw`(?:(?!discount|promo|coupon|voucher|referral|gift)\w+ ){0,2}`;

/** The words that make a number a one-time code. */
export const otpWords = anyOf(
  word(secretWordSources.otp),
  word(String.raw`secure ?code|(?:security|secure|authentication|activation|confirmation|login|sign[- ]in|access|temporary) (?:code|pin|password)|3-?d secure|(?:your|the) ${codeName}code is|your ${codeName}code ?:|is your ${codeName}code`),
  // "Use 590214 to verify…", "استخدم 590214 لتأكيد…": the number itself is what to use.
  word(String.raw`(?:use|enter|key in)(?= \d{4,8} (?:to|for) (?:verify|confirm|complete|approve|authori[sz]e|log ?in|sign ?in|continue))`),
  // Not a discount code: "use code 1111 at checkout for 10% off".
  word(String.raw`(?:use|enter|key in) (?:the |this )?(?:code|pin)(?= \d{4,8}(?!\p{N})(?![^.\n]{0,40}(?:%|\boff\b|discount|coupon|promo)))`),
  arabic(String.raw`(?:رمز|كود)\s*(?:ال)?(?:دخول|مرور|مؤقت)|(?:رمزك|كودك)(?![\p{L}])|(?:الرمز|الكود|رمز|كود)\s+(?:\S+\s+){0,2}?الخاص\s+بك|(?:استخدم|ادخل)(?=\s+\d{4,8}\s+(?:ل|من اجل))`),
);

/** A code's plain name in the warning not to share it: "Never share this code", "لا تشارك الرمز". */
const codeInWarning = anyOf(
  word(String.raw`(?:do not|don't|dont|never|not to) (?:share|disclose|give|tell)|(?:will|would|does|do) (?:never|not) ask(?: you)? for`) + near(20) + word('codes?'),
  arabic(String.raw`(?:لا (?:تشارك|تعط|تفصح|تعطي)|عدم (?:مشارك|اعطاء|الافصاح|افشاء)|(?:لن|لا)\s+[نيت]طلب)`) + near(25) + arabic('(?:رمز|كود)'),
);

/** The code a warning is about, when it is one sent: "this code", "the code", "هذا الرمز", "الرمز" alone. */
const thisCode = new RegExp(anyOf(word(String.raw`(?:this|the) (?:\w+ )?codes?`), arabic(String.raw`(?:هذا|هذه)\s+(?:ال)?(?:رمز|كود)|(?:الرمز|الكود)(?!\s*(?:ال)?(?:سري|تحقق|خاص))`)), 'u');

/** Where a one-time code may be: 4 to 8 digits standing alone (or 3 and 3, or after one letter and a hyphen: "G-582019"), not an amount, a date or a time. */
export const codeNumber = /(?:(?<![\p{L}\p{N}.,:/#*-])|(?<=(?<![\p{L}\p{N}])[a-z]-))(?:\d{4,8}|\d{3}[- ]\d{3})(?![\p{L}\p{N}]|[.,:/-]\d)/gu;
/** Labels that make a number something else: the card's last digits, an order, an account, a number to call. */
export const notACode = new RegExp(
  String.raw`(?:${word('ending(?: in| with)?|ends (?:in|with)|card|account|acct|order|ref|no\.?|number|x+|call(?: us)?(?: on| at)?|dial|whatsapp')}|${arabic('منتهي\\S*|تنتهي ب|رقم|حساب|بطاقه|طلب|اتصل(?: على| علي| ب)?')}|[#*x])\s*:?\s*$`,
  'u',
);

/** The last line of a code SMS that a phone can fill in by itself: "@amazon.ae #123456". */
const domainBoundCode = /(?<=@[a-z0-9.-]+ #)\d{4,8}(?!\p{N})/gu;

/** The numbers that are one-time codes: near a code's words, and not labelled as something else. */
export function codesIn(text: string): Span[] {
  const words = codeWordsIn(text);
  if (words.length === 0) return [];
  return [...spans(codeNumber, text), ...spans(domainBoundCode, text)].filter(
    (number) =>
      (!notACode.test(text.slice(Math.max(0, number.start - 20), number.start)) || text[number.start - 1] === '#') &&
      words.some((found) => Math.abs(found.start - number.start) <= 100),
  );
}

/**
 * The warning a bank's code message carries: "do not share it", "لا تشاركه مع أحد", or that the
 * sender will never ask for it ("we will never ask you for this code", "لن يطلب منك البنك هذا الرمز").
 */
export const keepItSecret = new RegExp(
  anyOf(
    word(String.raw`(?:do not|don't|dont|never|not to) (?:share|disclose|give|tell)|(?:will|would|does|do) never ask|never asks?|(?:will|does|do) not ask|keep (?:it|this|the code|this code) (?:secret|confidential|private)`),
    arabicWord(String.raw`لا (?:تشارك\S*|تعط\S*|تفصح\S*|تعطي\S*)|عدم (?:مشارك|اعطاء|الافصاح|افشاء)\S*`),
    arabic(String.raw`(?:لن|لا)\s+(?:ن|ي|ت)طلب`),
  ),
  'u',
);

/** A code's words; its plain name too ("this code", "الرمز") in the warning not to share it. */
function codeWordsIn(text: string): Span[] {
  const words = spans(otpWords, text);
  return [...words, ...spans(codeInWarning, text)];
}

/**
 * A code message whose code is gone: a code's words and its "do not share" warning, but no number.
 * Search removes a code from the query before anything else reads it, so a reader who pastes their
 * bank's SMS to ask whether it is real is still answered as holding a code.
 */
export function isCodeMessageWithoutCode(text: string): boolean {
  // A code named only inside the warning is a bank's notice ("we will never ask for your PIN or OTP"), not a code sent.
  const named = spans(otpWords, text).filter((span) => !keepItSecret.test(text.slice(Math.max(0, span.start - 60), span.start)));
  // "Never share this code" still names a code sent: a warning's "this code", "الرمز" counts, not "your PIN or OTP".
  // Read a little past the match: "الرمز" in "الرمز السري" is the PIN, not a code sent.
  const sent = spans(codeInWarning, text).filter((span) => thisCode.test(text.slice(span.start, span.end + 12)));
  return named.length + sent.length > 0 && keepItSecret.test(text);
}
