import { passesLuhn, type SecretKind } from '@/lib/secrets';

/**
 * The one table of what readers type, fed to every consumer of reader input
 * (secrets-consumers.test.ts) and through every surface that sends or stores it
 * (privacy-surfaces.test.ts). `secret` is what must not survive (see `holds`): for a card number
 * its first 12 digits (a masked card keeps its last 4), otherwise the whole number or address.
 */
export interface SecretPhrase {
  text: string;
  kind: SecretKind;
  secret: string;
}

/** Appends the digit that makes `digits` pass the Luhn check: real IDs do so one time in ten. */
export function withLuhnDigit(digits: string): string {
  return digits + [...'0123456789'].find((candidate) => passesLuhn(digits + candidate));
}

/** The text in NFKC, with Arabic-Indic and Persian digits as ASCII ones. */
function asciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

/** Letters and digits only, every digit as ASCII, lower case: so "4111.1111" and "٤١١١ ١١١١" read alike. */
export function readable(text: string): string {
  return asciiDigits(text)
    .replace(/[^\p{L}\d]/gu, '')
    .toLowerCase();
}

/**
 * Whether `text` still holds `secret`. A long one anywhere in its letters and digits; a short code
 * (3–7 digits) only as a number of its own, since an order number such as 403-1234567-1234567 holds
 * "123" and "1234" too.
 */
export function holds(text: string, secret: string): boolean {
  if (!/^\d{3,7}$/.test(secret)) return readable(text).includes(secret);
  return new RegExp(`(?<!\\d)${secret}(?!\\d)`).test(asciiDigits(text).replace(/\p{Cf}/gu, ''));
}

const card = '4111111111111111';
const cardSecret = '411111111111';
/** The test card in fours, joined by `separator`. */
const fours = (separator: string) => card.match(/\d{4}/g)!.join(separator);
/** Mathematical digits: bold (U+1D7CE…) and monospace (U+1D7F6…). */
const mathDigits = (digits: string, zero: number) => [...digits].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');
const arabicDigits = (text: string, zero = 0x0660) => text.replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));

const cardLayouts: readonly [string, string][] = [
  ['dots', fours('.')],
  ['slashes', fours('/')],
  ['underscores', fours('_')],
  ['three spaces', fours('   ')],
  ['new lines', fours('\n')],
  ['zero-width spaces', fours('\u200b')],
  ['zero-width non-joiners', fours('\u200c')],
  ['zero-width joiners', fours('\u200d')],
  ['word joiners', fours('\u2060')],
  ['byte-order marks', fours('\ufeff')],
  ['narrow no-break spaces', fours('\u202f')],
  ['no-break spaces', fours('\u00a0')],
  ['en dashes', fours('–')],
  ['the Arabic decimal separator', fours('٫')],
  ['the Arabic thousands separator', fours('٬')],
  ['eights', '41111111 11111111'],
  ['bold mathematical digits', mathDigits(card, 0x1d7ce)],
  ['monospace mathematical digits', mathDigits(card, 0x1d7f6)],
  ['full-width digits', [...card].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('')],
  ['Arabic-Indic digits and the Arabic comma-less thousands separator', arabicDigits(fours('٬'))],
  ['Persian digits in fours', arabicDigits(fours(' '), 0x06f0)],
];

export const secretPhrases: readonly SecretPhrase[] = [
  { text: '4111 1111 1111 1111', kind: 'card', secret: cardSecret },
  { text: 'my card 5500000000000004 was declined', kind: 'card', secret: '550000000000' },
  { text: 'بطاقتي ٤١١١ ١١١١ ١١١١ ١١١١ مرفوضة', kind: 'card', secret: cardSecret },
  { text: `card${card} declined`, kind: 'card', secret: cardSecret },
  { text: `رقمي${card}`, kind: 'card', secret: cardSecret },
  ...cardLayouts.flatMap(([, number], index): SecretPhrase[] => [
    { text: index % 2 === 0 ? `my card ${number} was declined` : `رقم بطاقتي ${number} مرفوض`, kind: 'card', secret: cardSecret },
  ]),
  { text: 'my OTP is 482913', kind: 'otp', secret: '482913' },
  { text: 'verification code 55213', kind: 'otp', secret: '55213' },
  { text: 'the code I got by SMS was 482913', kind: 'otp', secret: '482913' },
  { text: 'passcode 4821 did not work', kind: 'otp', secret: '4821' },
  { text: 'Your OTP for KWD 12.500 at AMAZON is 482913. Do not share. is this real?', kind: 'otp', secret: '482913' },
  { text: 'CVV 123', kind: 'cvv', secret: '123' },
  { text: 'the security code is 987', kind: 'cvv', secret: '987' },
  { text: 'PIN: 4321', kind: 'pin', secret: '4321' },
  { text: '1234 is my PIN', kind: 'pin', secret: '1234' },
  { text: 'my password is 90817263', kind: 'pin', secret: '90817263' },
  { text: 'كود الامان 482', kind: 'cvv', secret: '482' },
  { text: 'رقم الامان 913', kind: 'cvv', secret: '913' },
  { text: 'رمز الأمان هو ٩٩٩', kind: 'cvv', secret: '999' },
  { text: 'كود التأكيد 482913', kind: 'otp', secret: '482913' },
  { text: 'رَمْز التَّحَقُّق هو 482913', kind: 'otp', secret: '482913' },
  { text: 'ورمز التحقق كان 55123', kind: 'otp', secret: '55123' },
  { text: 'او تي بي 482913', kind: 'otp', secret: '482913' },
  { text: 'الرمز السري لمرة واحدة ٤٨٢٩١٣', kind: 'otp', secret: '482913' },
  { text: 'الكود ٤٨٢٩١٣', kind: 'otp', secret: '482913' },
  { text: 'وصلني رمز ٤٨٢٩١٣', kind: 'otp', secret: '482913' },
  { text: 'الرمز اللي وصلني 482913', kind: 'otp', secret: '482913' },
  { text: 'رمز التحقق ٤٨٢٩١٣ لعملية بقيمة 12.500 د.ك في امازون. لا تشاركه مع أحد', kind: 'otp', secret: '482913' },
  { text: 'الباسورد حقي 5829', kind: 'pin', secret: '5829' },
  { text: 'الرقم السرّي ٤٣٢١', kind: 'pin', secret: '4321' },
  { text: 'بالرقم السري 4321', kind: 'pin', secret: '4321' },
  { text: 'رقم سري 1234', kind: 'pin', secret: '1234' },
  { text: 'refund to KW81CBKU0000000000001234560101 please', kind: 'iban', secret: 'kw81cbku0000000000001234560101' },
  { text: 'حولوا المبلغ إلى KW81 CBKU 0000 0000 0000 1234 5601 01', kind: 'iban', secret: 'kw81cbku0000000000001234560101' },
  { text: 'my UK account GB82 WEST 1234 5698 7654 32', kind: 'iban', secret: 'gb82west12345698765432' },
  { text: 'my civil ID is 288020122596', kind: 'civilId', secret: '288020122596' },
  { text: 'رقمي المدني ٢٨٨٠٢٠١٢٢٥٩٦', kind: 'civilId', secret: '288020122596' },
  { text: 'civil id 2 2708 1660 516', kind: 'civilId', secret: '227081660516' },
  { text: 'write to me at sara.k@example.com', kind: 'email', secret: 'sarakexamplecom' },
  { text: 'راسلوني على sara.k@example.com', kind: 'email', secret: 'sarakexamplecom' },
  { text: 'call me on +965 5555 1234', kind: 'phone', secret: '96555551234' },
  { text: 'my number 0096555551234', kind: 'phone', secret: '96555551234' },
  { text: 'اتصلوا على ٩٩٨٨٧٧٦٦', kind: 'phone', secret: '99887766' },
  { text: 'call 5555 1234 after 5', kind: 'phone', secret: '55551234' },
  { text: 'رقمي +965\u00a06555\u00a01234', kind: 'phone', secret: '96565551234' },
];

export const luhnPaymentId = withLuhnDigit('10020232906165136');

/** What readers type and paste that holds numbers but no secret: every consumer leaves it as typed. */
export const ordinaryPhrases: readonly string[] = [
  'NOT CAPTURED',
  'order 403-1234567-1234567 has not arrived',
  'رقم الطلب 403-1234567-1234567 لم يصل',
  'KD 12.500',
  'دفعت 12.500 د.ك',
  'invalid OTP',
  'رمز التحقق لم يصل',
  'error code 404',
  'رمز الخطأ 404',
  `Payment ID ${luhnPaymentId}`,
  `PaymentID: ${luhnPaymentId} NOT CAPTURED`,
  `Track ID ${luhnPaymentId}`,
  `رقم الدفع ${luhnPaymentId}`,
  `رقم التتبع: ${luhnPaymentId}`,
  `معرف الدفع ${luhnPaymentId} مرفوض`,
  'On 21/11/2026 at 14:05 the OTP did not arrive',
  'اشتريت في 2024 ولم يصل رمز التحقق',
  'the OTP for the 450 KD order never came',
  'ايفون بسعر 450 والكود ما وصل',
  'the OTP failed 3 times in 2025',
];
