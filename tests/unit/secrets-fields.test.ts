import { describe, expect, it } from 'vitest';
import { findSecrets, isPaymentSecret, maskSecrets, passesLuhn, secretKinds, type FieldContext } from '@/lib/secrets';

const kindsIn = (value: string, context: FieldContext = 'text') => secretKinds(findSecrets(value, context));
const paymentKindsIn = (value: string) => kindsIn(value).filter(isPaymentSecret);
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
    'لم يصلني رمز التحقق',
    'أدخلت الرقم السري 3 مرات',
    'رمز التحقق انتهى في 21/11/2026',
    'دفعت 12.500 دينار ولم يصل رمز التحقق',
    'the OTP for the 450 KD order never came',
    'I waited 120 minutes for the OTP',
    'OTP for order 48291',
    'error code 404',
    'رمز الخطأ 404',
    'كود الخصم 2024',
    'اشتريت في 2024 ولم يصل رمز التحقق',
    'the OTP stopped working in 2024',
  ])('leaves "%s" alone', (value) => {
    expect(kindsIn(value)).toEqual([]);
  });

  it('reads the number a code was sent to as a phone number, but a number right after its word as the code', () => {
    expect(kindsIn('the shop sent the OTP to 98765432')).toEqual(['phone']);
    expect(paymentKindsIn('the shop sent the OTP to 98765432')).toEqual([]);
    expect(kindsIn('my password is 90817263')).toEqual(['pin']);
  });

  it.each([
    ['the code I got by SMS was 482913', 'otp'],
    ['the one-time code from my bank, which came by SMS, is 482913', 'otp'],
    ['الكود ٤٨٢٩١٣', 'otp'],
    ['وصلني رمز ٤٨٢٩١٣', 'otp'],
    ['الرمز اللي وصلني 482913', 'otp'],
    ['الكود اللي وصلني ٤٨٢٩١٣ ما اشتغل', 'otp'],
    ['Your OTP for KWD 12.500 at AMAZON is 482913. Do not share.', 'otp'],
    ['٤٨٢٩١٣ هو الكود', 'otp'],
    ['482913 is the code', 'otp'],
    ['otp482913', 'otp'],
    ['OTP 482 913', 'otp'],
    ['الباسورد 5829', 'pin'],
    ['كلمة المرور حقي 5829', 'pin'],
  ])('finds a code a few words from its word, in either order: "%s" (%s)', (value, kind) => {
    expect(kindsIn(value)).toEqual([kind]);
    expect(masked(value)).not.toMatch(/482|913|٤٨٢|5829/);
  });

  it('stops at the end of a sentence', () => {
    expect(kindsIn('The OTP did not come. I paid 48291 fils.')).toEqual([]);
    expect(kindsIn('The OTP did not come. Order 482913 is late.')).toEqual([]);
  });
});

describe('card numbers in any separator or digit set', () => {
  const card = '4111111111111111';
  const fours = (separator: string) => card.match(/\d{4}/g)!.join(separator);
  it.each([
    ['.', '/', '_', '   ', '\n', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202f', '\u00a0', '–', '٫', '٬', ' - '],
  ].flat())('flags the number in fours joined by %j', (separator) => {
    expect(kindsIn(`card ${fours(separator)} declined`)).toEqual(['card']);
    expect(masked(`card ${fours(separator)} declined`)).toBe('card •••• 1111 declined');
  });

  it.each([
    ['41111111 11111111', 'in eights'],
    ['card4111111111111111', 'glued to a word'],
    ['رقمي4111111111111111', 'glued to an Arabic word'],
    ['𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏', 'in mathematical bold digits'],
    ['𝟺𝟷𝟷𝟷 𝟷𝟷𝟷𝟷 𝟷𝟷𝟷𝟷 𝟷𝟷𝟷𝟷', 'in mathematical monospace digits'],
    ['۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱', 'in Persian digits'],
  ])('flags %s (%s)', (value) => {
    expect(kindsIn(value)).toEqual(['card']);
    expect(masked(value)).toMatch(/^(?:card|رقمي)?•••• 1111$/);
  });

  it('maps a match in text with astral digits back to the original positions', () => {
    const value = 'my 𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏 card';
    const [match] = findSecrets(value);
    expect(value.slice(match!.start, match!.end)).toBe('𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏');
  });
});

describe('personal numbers', () => {
  it.each([
    ['KW81CBKU0000000000001234560101', 'a Kuwaiti IBAN'],
    ['KW81 CBKU 0000 0000 0000 1234 5601 01', 'a Kuwaiti IBAN in fours'],
    ['kw81cbku0000000000001234560101', 'in lower case'],
    ['GB82 WEST 1234 5698 7654 32', 'a British IBAN'],
  ])('finds %s (%s) by its mod-97 check', (value) => {
    expect(kindsIn(`send it to ${value} please`)).toEqual(['iban']);
    expect(masked(`send it to ${value} please`)).toBe('send it to ••• please');
  });

  it('does not take an IBAN-shaped word whose check fails for one', () => {
    expect(kindsIn('KW82CBKU0000000000001234560101')).toEqual([]);
    expect(kindsIn('AB12 CDEF GHIJ KLMN')).toEqual([]);
  });

  it.each(['288020122596', '227081660516', '292091998298', '2 8802 0122 596', '٢٨٨٠٢٠١٢٢٥٩٦'])('finds the civil ID number %s', (value) => {
    expect(kindsIn(`civil ID ${value}`)).toEqual(['civilId']);
  });

  it.each([
    ['292091998297', 'a wrong check digit'],
    ['288200122596', 'month 20'],
    ['188020122596', 'century 1'],
  ])('leaves %s alone (%s)', (value) => {
    expect(kindsIn(`civil ID ${value}`)).toEqual([]);
  });

  it.each(['+965 5555 1234', '+965-5555-1234', '(+965) 55551234', '0096555551234', '00965 2222 3333', '+44 20 7946 0958', '55551234', '5555 1234', '٩٩٨٨٧٧٦٦', '22223333'])(
    'finds the phone number %s',
    (value) => {
      expect(kindsIn(`call ${value} now`)).toEqual(['phone']);
      // A country code in brackets may stay: it names no one.
      expect(masked(`call ${value} now`)).toMatch(/^call (?:\(\+965\) )?••• now$/);
    },
  );

  it.each([
    ['12345678', 'a Kuwaiti-length number starting 1'],
    ['TRK-20261121-0042', 'a Track ID'],
    ['403-1234567-1234567', 'an order number'],
    ['21/11/2026', 'a date'],
  ])('does not take %s (%s) for a phone number', (value) => {
    expect(kindsIn(value)).toEqual([]);
  });

  it('does not read a phone number into a reference field', () => {
    expect(kindsIn('55551234', 'reference')).toEqual([]);
    expect(kindsIn('55551234', 'amount')).toEqual([]);
  });

  it('finds and masks email addresses', () => {
    expect(kindsIn('write to sara.k@example.com')).toEqual(['email']);
    expect(masked('write to sara.k@example.com')).toBe('write to •••@•••');
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
