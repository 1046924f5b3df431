import { describe, expect, it } from 'vitest';
import { findSecrets, maskSecrets, passesLuhn, secretKinds, type FieldContext } from '@/lib/secrets';

const kindsIn = (value: string, context: FieldContext = 'text') => secretKinds(findSecrets(value, context));
const masked = (value: string, context: FieldContext = 'text') => maskSecrets(value, findSecrets(value, context));

/** Appends the digit that makes `digits` pass the Luhn check: real IDs do so one time in ten. */
function withLuhnDigit(digits: string): string {
  const digit = [...'0123456789'].find((candidate) => passesLuhn(digits + candidate));
  return digits + digit;
}

describe('card numbers', () => {
  it.each([
    ['4242 4242 4242 4242', 'grouped in fours'],
    ['4111111111111111', 'in one run'],
    ['5555-5555-5555-4444', 'with hyphens'],
    ['3782 822463 10005', 'in the American Express layout'],
    ['my card is 4000 0566 5566 5556, please check', 'inside a sentence'],
    ['٤٢٤٢ ٤٢٤٢ ٤٢٤٢ ٤٢٤٢', 'in Arabic-Indic digits'],
  ])('flags %s (%s)', (value) => {
    expect(kindsIn(value)).toEqual(['card']);
  });

  it('flags a card number in every kind of field', () => {
    for (const context of ['text', 'amount', 'reference'] as const) expect(kindsIn('4242 4242 4242 4242', context), context).toEqual(['card']);
  });

  it('still flags a number that looks like a Visa card in the Payment ID field', () => {
    expect(kindsIn('4111111111111111', 'reference')).toEqual(['card']);
  });

  it.each([
    ['4242 4242 4242 4241', 'a typo that fails the Luhn check'],
    ['424242424242', 'too short for a card'],
    ['12345678901234567890', 'twenty digits, longer than any card'],
  ])('leaves %s alone (%s)', (value) => {
    expect(kindsIn(value)).toEqual([]);
  });
});

describe('order numbers, KNET Payment IDs and Track IDs are not card numbers', () => {
  const luhnOrderNumber = (() => {
    const digits = withLuhnDigit('4031234567123456');
    return `${digits.slice(0, 3)}-${digits.slice(3, 10)}-${digits.slice(10)}`;
  })();

  it('leaves an Amazon order number alone, even one whose digits pass the Luhn check', () => {
    expect(passesLuhn(luhnOrderNumber.replace(/-/g, ''))).toBe(true);
    for (const value of ['403-1234567-1234567', luhnOrderNumber]) {
      for (const context of ['text', 'reference'] as const) expect(kindsIn(value, context), `${value} in ${context}`).toEqual([]);
    }
  });

  it('leaves KNET Payment IDs alone: long digit strings that fail the Luhn check', () => {
    for (const id of ['100202329061651368', '202118178775849', '300501210034891', '10020232906165136744']) {
      expect(passesLuhn(id), id).toBe(false);
      expect(kindsIn(id, 'reference'), id).toEqual([]);
      expect(kindsIn(`Payment ID: ${id}`, 'text'), id).toEqual([]);
    }
  });

  it('leaves a Payment ID that happens to pass the Luhn check alone in the Payment ID field and after "Payment ID"', () => {
    const id = withLuhnDigit('10020232906165136');
    expect(passesLuhn(id)).toBe(true);
    expect(kindsIn(id, 'reference')).toEqual([]);
    expect(kindsIn(`Payment ID ${id}`, 'text')).toEqual([]);
    expect(kindsIn(`Track ID ${id}`, 'text')).toEqual([]);
  });

  it('leaves Track IDs and short references alone', () => {
    for (const id of ['1234', '482913', 'TRK-20261121-0042', '987654321']) expect(kindsIn(id, 'reference'), id).toEqual([]);
  });
});

describe('CVV, PIN and OTP', () => {
  it.each([
    ['my PIN is 1234', 'pin'],
    ['PIN: 1234', 'pin'],
    ['PIN:1234', 'pin'],
    ['pin code 0000', 'pin'],
    ['1234 is my PIN', 'pin'],
    ['The OTP I got was 482913', 'otp'],
    ['OTP 482913', 'otp'],
    ['my verification code is 55123', 'otp'],
    ['482913 was the OTP', 'otp'],
    ['CVV 123', 'cvv'],
    ['the security code is 123', 'cvv'],
    ['cvc: 999', 'cvv'],
    ['الرقم السري ١٢٣٤', 'pin'],
    ['رقم سري 1234', 'pin'],
    ['بالرقم السري ٤٣٢١', 'pin'],
    ['الرمز السري حقي 9876', 'pin'],
    ['رمز التحقق 482913', 'otp'],
    ['كود التحقق: 482913', 'otp'],
    ['ورمز التحقق كان 55123', 'otp'],
    ['او تي بي 482913', 'otp'],
    ['رمز الامان 123', 'cvv'],
    ['رمز الأمان هو ٩٩٩', 'cvv'],
    ['كود امان 321', 'cvv'],
  ])('flags "%s" as %s', (value, kind) => {
    expect(kindsIn(value)).toEqual([kind]);
  });

  it('flags a secret next to its word in any field', () => {
    expect(kindsIn('PIN 1234', 'amount')).toEqual(['pin']);
    expect(kindsIn('otp 482913', 'reference')).toEqual(['otp']);
  });

  it('finds a card number and a secret in the same text', () => {
    expect(kindsIn('Card 4111111111111111 and CVV 123')).toEqual(['card', 'cvv']);
    expect(kindsIn('my pin is 1234 and the otp is 654321')).toEqual(['pin', 'otp']);
  });

  it.each([
    'invalid OTP',
    'too many OTP attempts (3)',
    'I entered my PIN 3 times',
    'The OTP never arrived at 14:05',
    'My PIN was refused on 21/11/2026',
    'OTP expired on 2026-11-21',
    'the OTP for the KD 250 payment',
    'OTP: KD 12.500',
    'Order 403-1234567-1234567 asked for a PIN',
    'Error 1234: invalid OTP',
    'the shop sent the OTP to 98765432',
    'لم يصلني رمز التحقق',
    'أدخلت الرقم السري 3 مرات',
    'رمز التحقق انتهى في 21/11/2026',
    'دفعت 12.500 دينار ولم يصل رمز التحقق',
  ])('leaves "%s" alone', (value) => {
    expect(kindsIn(value)).toEqual([]);
  });
});

describe('the field decides what a bare number is', () => {
  it('reads 4-digit and other numbers in the amount field as amounts', () => {
    for (const value of ['1234', 'KD 12.500', '12.500 KWD', '1,250.000', 'KD 25', '250']) expect(kindsIn(value, 'amount'), value).toEqual([]);
  });

  it('does not take dates, times or amounts in free text for secrets', () => {
    for (const value of ['On 21/11/2026 at 14:05 I paid KD 12.500', 'on 2026-11-21 at 8:30 pm', 'I paid 1234 fils', 'In 2025 it worked']) {
      expect(kindsIn(value, 'text'), value).toEqual([]);
    }
  });

  it('warns about "my PIN is 1234" in free text but not about 1234 alone in the amount field', () => {
    expect(kindsIn('my PIN is 1234', 'text')).toEqual(['pin']);
    expect(kindsIn('1234', 'amount')).toEqual([]);
  });
});

describe('masking', () => {
  it('keeps at most the last 4 digits of a card number', () => {
    expect(masked('4242 4242 4242 4242')).toBe('•••• 4242');
    expect(masked('my card 4111111111111111 thanks')).toBe('my card •••• 1111 thanks');
    expect(masked('3782 822463 10005')).toBe('•••• 0005');
  });

  it('replaces a CVV, PIN or OTP entirely, whatever its length', () => {
    expect(masked('my PIN is 1234')).toBe('my PIN is •••');
    expect(masked('OTP 482913')).toBe('OTP •••');
    expect(masked('Card 4111111111111111 and CVV 123')).toBe('Card •••• 1111 and CVV •••');
    expect(masked('1234 is my PIN')).toBe('••• is my PIN');
  });

  it('leaves everything else exactly as typed', () => {
    const text = 'On 21/11/2026 at 14:05, order 403-1234567-1234567 for KD 12.500 showed "invalid OTP".';
    expect(masked(text)).toBe(text);
  });
});
