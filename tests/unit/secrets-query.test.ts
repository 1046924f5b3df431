import { describe, expect, it } from 'vitest';
import { detectSecret, passesLuhn } from '@/lib/secrets';

describe('passesLuhn', () => {
  it('accepts real test card numbers and rejects a changed digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('378282246310005')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('detectSecret', () => {
  it.each([
    ['4111111111111111', 'card'],
    ['4111 1111 1111 1111', 'card'],
    ['4111-1111-1111-1111', 'card'],
    ['5500 0000 0000 0004', 'card'],
    ['378282246310005', 'card'],
    ['3782 822463 10005', 'card'],
    ['6011 0009 9013 9424', 'card'],
    ['4111 1111 1111 1111 123', 'card'],
    ['my card 4111111111111111 was declined', 'card'],
    ['visa 4012888888881881', 'card'],
    ['٤١١١١١١١١١١١١١١١', 'card'],
    ['123', 'cvv'],
    ['cvv 123', 'cvv'],
    ['my CVC is 4567', 'cvv'],
    ['1234', 'otp'],
    ['482913', 'otp'],
    ['482 913', 'otp'],
    ['12345678', 'otp'],
    ['otp 482913', 'otp'],
    ['my OTP is 482913 and it fails', 'otp'],
    ['verification code 5521', 'otp'],
    ['pin 4321', 'pin'],
    // Arabic, with Arabic-Indic digits, tashkeel or hamza as readers type them.
    ['٤٨٢٩١٣', 'otp'],
    ['رمز التحقق ٤٨٢٩١٣', 'otp'],
    ['كود التفعيل 5521', 'otp'],
    ['رَمْز التَّحَقُّق هو 482913', 'otp'],
    ['الرمز السري لمرة واحدة ٤٨٢٩١٣', 'otp'],
    ['رمز الأمان ١٢٣ للبطاقة', 'cvv'],
    ['الرقم السري 4321', 'pin'],
    ['الرقم السرّي ٤٣٢١', 'pin'],
    ['بطاقتي ٤١١١ ١١١١ ١١١١ ١١١١ مرفوضة', 'card'],
    // A year-like number next to a secret's word may be the code itself: the form flags it, so search does too.
    ['otp 2025', 'otp'],
    ['رمز التحقق ٢٠٢٥', 'otp'],
    // Drifted once: the request form flagged these and search did not.
    ['كود الامان 482', 'cvv'],
    ['رقم الامان 913', 'cvv'],
    ['كود التأكيد 482913', 'otp'],
  ] as const)('flags %j as %s', (query, kind) => {
    expect(detectSecret(query)).toBe(kind);
  });

  it.each([
    // Amazon order numbers, with and without the digital-order letter.
    '403-1234567-1234567',
    'order 403-1234567-1234567 has not arrived',
    'D01-1234567-1234567',
    // A 16-digit number that fails the Luhn check is not a card number.
    '4111 1111 1111 1112',
    // Years, amounts and counts.
    '2024',
    'amazon knet 2026',
    'KD 12.500',
    '1,000',
    '250 KD',
    '12.500',
    'otp not received after 30 minutes',
    '4 digit pin',
    '6 digit otp',
    // Phone numbers with a country code, long references and error codes.
    '+965 2222 3333',
    '123456789',
    'error code 404',
    'response code 05',
    // Plain questions.
    'NOT CAPTURED',
    'what is a cvv',
    'I shared my OTP',
    'amazon.ae',
    'رمز التحقق لم يصل',
    'الرقم السري خطأ',
    'كلمة مرور من ١٢ حرفا',
    '',
  ])('does not flag %j', (query) => {
    expect(detectSecret(query)).toBeUndefined();
  });
});
