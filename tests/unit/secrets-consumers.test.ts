import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkField } from '@/lib/contact/summary';
import { detectSecret, passesLuhn, type SecretKind } from '@/lib/secrets';
import { maskForStorage } from '@/lib/secrets/storage';

/**
 * The second line of defence behind "one detector": every consumer of reader input gets the same
 * phrases and must agree that each is a secret, and that none of the ordinary ones is.
 * `secret` is the part that must not survive masking.
 */
const secrets: readonly { text: string; kind: SecretKind; secret: string }[] = [
  { text: '4111 1111 1111 1111', kind: 'card', secret: '4111 1111 1111' },
  { text: 'my card 5500000000000004 was declined', kind: 'card', secret: '550000000000' },
  { text: 'بطاقتي ٤١١١ ١١١١ ١١١١ ١١١١ مرفوضة', kind: 'card', secret: '٤١١١ ١١١١ ١١١١' },
  { text: 'my OTP is 482913', kind: 'otp', secret: '482913' },
  { text: 'verification code 55213', kind: 'otp', secret: '55213' },
  { text: 'CVV 123', kind: 'cvv', secret: '123' },
  { text: 'the security code is 987', kind: 'cvv', secret: '987' },
  { text: 'PIN: 4321', kind: 'pin', secret: '4321' },
  { text: '1234 is my PIN', kind: 'pin', secret: '1234' },
  { text: 'كود الامان 482', kind: 'cvv', secret: '482' },
  { text: 'رقم الامان 913', kind: 'cvv', secret: '913' },
  { text: 'رمز الأمان هو ٩٩٩', kind: 'cvv', secret: '٩٩٩' },
  { text: 'كود التأكيد 482913', kind: 'otp', secret: '482913' },
  { text: 'رَمْز التَّحَقُّق هو 482913', kind: 'otp', secret: '482913' },
  { text: 'ورمز التحقق كان 55123', kind: 'otp', secret: '55123' },
  { text: 'او تي بي 482913', kind: 'otp', secret: '482913' },
  { text: 'الرمز السري لمرة واحدة ٤٨٢٩١٣', kind: 'otp', secret: '٤٨٢٩١٣' },
  { text: 'الرقم السرّي ٤٣٢١', kind: 'pin', secret: '٤٣٢١' },
  { text: 'بالرقم السري 4321', kind: 'pin', secret: '4321' },
  { text: 'رقم سري 1234', kind: 'pin', secret: '1234' },
];

/** Appends the digit that makes `digits` pass the Luhn check: real IDs do so one time in ten. */
function withLuhnDigit(digits: string): string {
  return digits + [...'0123456789'].find((candidate) => passesLuhn(digits + candidate));
}
const luhnPaymentId = withLuhnDigit('10020232906165136');

/** What readers type and paste that holds numbers but no secret. */
const ordinary: readonly string[] = [
  'NOT CAPTURED',
  'order 403-1234567-1234567 has not arrived',
  'KD 12.500',
  'invalid OTP',
  'رمز التحقق لم يصل',
  `Payment ID ${luhnPaymentId}`,
  `PaymentID: ${luhnPaymentId} NOT CAPTURED`,
  `Track ID ${luhnPaymentId}`,
  `رقم الدفع ${luhnPaymentId}`,
  `رقم التتبع: ${luhnPaymentId}`,
  `معرف الدفع ${luhnPaymentId} مرفوض`,
];

describe('every consumer of reader input finds the same secrets', () => {
  it.each(secrets)('search refuses $text as a query ($kind)', ({ text, kind }) => {
    expect(detectSecret(text)).toBe(kind);
  });

  it.each(secrets)('the request summary flags and masks $text', ({ text, kind, secret }) => {
    const check = checkField('whatHappened', text);
    expect(check.kinds).toEqual([kind]);
    expect(check.masked).not.toContain(secret);
  });

  it.each(secrets)('a stored comment loses the secret in $text', ({ text, secret }) => {
    expect(maskForStorage(text)).not.toContain(secret);
  });

  it.each(ordinary)('none of them takes %j for a secret', (text) => {
    expect(passesLuhn(luhnPaymentId)).toBe(true);
    expect(detectSecret(text)).toBeUndefined();
    expect(checkField('whatHappened', text).kinds).toEqual([]);
    expect(maskForStorage(text)).toBe(text);
  });
});

describe('a stored comment', () => {
  it('keeps a card number’s last 4 digits only', () => {
    expect(maskForStorage('card 4111 1111 1111 1111 declined')).toBe('card •••• 1111 declined');
  });

  it('loses emails and phone numbers', () => {
    const stored = maskForStorage('mail me at sara.k@example.com or call +965 5555 1234 or ٩٩٨٨٧٧٦٦');
    expect(stored).not.toMatch(/example\.com|sara|5555|1234|٩٩٨٨/);
    expect(stored).toContain('mail me at');
  });

  it('loses every short number when the whole text reads as a secret', () => {
    expect(maskForStorage('482913 otp not working')).not.toContain('482913');
  });

  it('keeps order numbers, amounts, years and messages as written', () => {
    const text = 'In 2026 order 403-1234567-1234567 for KD 12.500 showed NOT CAPTURED';
    expect(maskForStorage(text)).toBe(text);
  });
});

describe('one detector', () => {
  const roots = ['app', 'components', 'lib', 'proxy.ts'];
  const walk = (entry: string): string[] =>
    statSync(entry).isDirectory() ? readdirSync(entry).flatMap((name) => walk(path.join(entry, name))) : /\.tsx?$/.test(entry) ? [entry] : [];
  const files = roots.flatMap(walk);

  it('no code outside lib/secrets checks Luhn or spells a secret’s word as a pattern', () => {
    for (const file of files) {
      if (file.startsWith(path.join('lib', 'secrets'))) continue;
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/function passesLuhn|cvv2\?|cvc2\?|otp\|one\[/);
    }
  });
});
