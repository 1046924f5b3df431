import { describe, expect, it } from 'vitest';
import { passesLuhn, stripSecrets } from '@/lib/secrets';

/** The first kind search removes from a query, as its notice names it. */
const firstKind = (query: string) => stripSecrets(query).kinds[0];

describe('passesLuhn', () => {
  it('accepts real test card numbers and rejects a changed digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('378282246310005')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('stripSecrets finds', () => {
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
    expect(firstKind(query)).toBe(kind);
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
    // Long references and error codes.
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
    expect(stripSecrets(query)).toEqual({ text: query, kinds: [] });
  });
});

describe('stripSecrets removes', () => {
  it.each([
    // A pasted bank SMS: the code goes, the amount, the shop and the question stay.
    ['Your OTP for KWD 12.500 at AMAZON is 482913. Do not share. is this real?', 'Your OTP for KWD 12.500 at AMAZON is . Do not share. is this real?', ['otp']],
    ['رمز التحقق ٤٨٢٩١٣ لعملية بقيمة 12.500 د.ك في امازون، هل هي حقيقية؟', 'رمز التحقق لعملية بقيمة 12.500 د.ك في امازون، هل هي حقيقية؟', ['otp']],
    ['my card 4111.1111.1111.1111 was declined', 'my card was declined', ['card']],
    ['card4111111111111111 declined', 'card declined', ['card']],
    ['482913 otp not working', 'otp not working', ['otp']],
    ['refund to KW81 CBKU 0000 0000 0000 1234 5601 01 please', 'refund to please', ['iban']],
    ['my civil id 288020122596 is blocked', 'my civil id is blocked', ['civilId']],
    ['call me on +965 5555 1234 or sara.k@example.com', 'call me on or', ['email', 'phone']],
    ['4111 1111 1111 1111', '', ['card']],
  ])('%j → %j', (query, text, kinds) => {
    expect(stripSecrets(query)).toEqual({ text, kinds });
  });

  it('removes a card number that removing an email address brought together', () => {
    const query = '3530 1113 aa@x.io 3330 0000';
    expect(passesLuhn('3530111333300000')).toBe(true);
    expect(stripSecrets(query)).toEqual({ text: '', kinds: ['card', 'email'] });
  });

  it('reads the text again as it is returned, its spaces collapsed', () => {
    // Four spaces keep the groups apart; once the address is removed, they collapse into a card number's.
    const query = 'me@x.io card 4111    1111    1111    1111';
    expect(stripSecrets(query.replace('me@x.io ', ''))).toMatchObject({ kinds: [] });
    expect(stripSecrets(query)).toEqual({ text: 'card', kinds: ['card', 'email'] });
  });

  it('phone numbers with a country code or Kuwaiti ones, in any digits', () => {
    for (const query of ['+965 2222 3333', '0096555551234', '(+965) 9988 7766', '٩٩٨٨٧٧٦٦', '55551234', '5555 1234']) {
      expect(stripSecrets(query), query).toMatchObject({ kinds: ['phone'] });
    }
  });
});
