import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessage, type MessageSignKind, type MessageVerdict } from '@/lib/message-check';
import { findAddresses, findPhones } from '@/lib/message-check/links';
import { foldText } from '@/lib/message-check/text';

/**
 * The rules added for the third blind set, each with messages written for these tests (none taken
 * from a blind set): what each rule catches, in English and Arabic, and what it must leave alone.
 */
interface Case {
  message: string;
  verdict: MessageVerdict;
  /** Signs that must be among those found. */
  signs?: MessageSignKind[];
  /** Signs that must not be found. */
  without?: MessageSignKind[];
}

function expectCases(cases: readonly Case[]) {
  for (const { message, verdict, signs = [], without = [] } of cases) {
    const result = checkMessage(message);
    const found = result.signs.map((sign) => sign.kind);
    expect(result.verdict, `${message}\n${JSON.stringify(result.signs)}`).toBe(verdict);
    for (const sign of signs) expect(found, `${message}: ${sign}`).toContain(sign);
    for (const sign of without) expect(found, `${message}: no ${sign}`).not.toContain(sign);
  }
}

const phonesIn = (text: string) => {
  const folded = foldText(text).text;
  return findPhones(folded).map((phone) => folded.slice(phone.start, phone.end));
};
const hostsIn = (text: string) => findAddresses(foldText(text).text).map((address) => address.host);

describe('a phone number the reader hid before pasting', () => {
  it('is still a phone number when its last digits are x, * or •', () => {
    expect(phonesIn('ring the branch on +965 6xxx xxxx today')).toEqual(['+965 6xxx xxxx']);
    expect(phonesIn('الرقم 9XXX-XXXX')).toEqual(['9xxx-xxxx']);
    expect(phonesIn('call 00965 2*** **** please')).toEqual(['00965 2*** ****']);
  });

  it('is not a card number masked in its middle, a size or a short reference', () => {
    expect(phonesIn('card 5234 **** 9917 was charged')).toEqual([]);
    expect(phonesIn('card 4012 **** **** 3321')).toEqual([]);
    expect(phonesIn('a 3xl shirt, ref 41xx')).toEqual([]);
  });
});

describe('a site name written in Arabic letters', () => {
  it('is a link', () => {
    expect(hostsIn('ادخل على بنك-امان.com الحين')).toEqual(['بنك-امان.com']);
  });

  it('is not an Arabic word before a full stop', () => {
    expect(hostsIn('خلاص.ok نشوفك باجر')).toEqual([]);
  });

  it('is quoted as written', () => {
    const result = checkMessage('الخدمة موقوفة، فعّلها فوراً عبر حماية-بنك.com');
    expect(result.signs.find((sign) => sign.kind === 'link')?.evidence).toEqual(['حماية-بنك.com']);
  });
});

describe('a number to call to confirm your payment or card, or to cancel an order or a transaction', () => {
  it('is a call-back sign, in both languages', () => {
    expectCases([
      { message: 'Your parcel payment did not go through. Call 2xxx xxxx immediately to confirm your card details.', verdict: 'scam', signs: ['callBack', 'pressure'] },
      { message: 'Talabat: An order of KD 95 is being placed. To cancel this order, call 6xxx xxxx within 1 hour', verdict: 'scam', signs: ['callBack', 'pressure'] },
      { message: 'تم تعليق دفعتك. اتصل على 5xxx xxxx فوراً لتأكيد بطاقتك', verdict: 'scam', signs: ['callBack', 'pressure'] },
      { message: 'لإلغاء العملية اتصل على 22xx xxxx خلال ساعة والا سيتم خصم المبلغ', verdict: 'scam', signs: ['callBack', 'pressure'] },
    ]);
  });

  it('is not a bank asking you to call to activate a card, nor a friend asking you to call', () => {
    expectCases([
      { message: 'Burgan: Your new credit card is ready. To activate it, call 1804080.', verdict: 'none', without: ['callBack'] },
      { message: 'call me on 9xxx xxxx about the payment for the sofa, no rush', verdict: 'none', without: ['callBack'] },
      { message: 'بنك وربة: لتفعيل بطاقتك الجديدة اتصل على 1801000', verdict: 'none', without: ['callBack'] },
      { message: 'اتصل علي على 6xxx xxxx عشان نتفق على الدفعة', verdict: 'none', without: ['callBack'] },
      // A reason with no number where it is said: nothing to call.
      { message: 'Please confirm your payment details in the app. Questions? Our call centre is 1802030.', verdict: 'none', without: ['callBack'] },
    ]);
  });
});

describe('"someone is trying to use your account", with a number to call', () => {
  it('is a call-back sign, in both languages', () => {
    expectCases([
      { message: 'Someone tried to log in to your KIB account from abroad. Call our security line now on 6xxx xxxx', verdict: 'scam', signs: ['callBack', 'pressure'] },
      { message: 'في شخص يحاول يسحب من حسابك، اتصل بنا حالاً على 5xxx xxxx', verdict: 'scam', signs: ['callBack', 'pressure'] },
    ]);
  });

  it('is only a warning without a number to call', () => {
    expectCases([
      { message: 'Someone tried to sign in to your account with a wrong password. If it was you, you can ignore this email.', verdict: 'none', without: ['callBack'] },
      { message: 'شخص حاول يدخل حسابك في انستقرام، غير كلمة المرور من التطبيق', verdict: 'none', without: ['callBack'] },
    ]);
  });
});

describe('"call … now" with words between', () => {
  it('is a deadline, in both languages', () => {
    expect(checkMessage('please call the fraud desk right now').signs.map((sign) => sign.kind)).toContain('pressure');
    expect(checkMessage('كلم خدمة العملاء الحين').signs.map((sign) => sign.kind)).toContain('pressure');
  });

  it('is not "now" far from the request', () => {
    expect(checkMessage('Your order has shipped. It is on its way now.').signs.map((sign) => sign.kind)).not.toContain('pressure');
  });
});

describe('a prize to claim by calling or writing to a number', () => {
  it('is a scam, in both languages', () => {
    expectCases([
      { message: 'You are the lucky winner of our Ramadan raffle! To collect your prize WhatsApp 5xxx xxxx', verdict: 'scam', signs: ['prize'] },
      { message: 'تهانينا ربحت سيارة من سحب العيد، لاستلام الجائزة كلمنا واتساب 6xxx xxxx', verdict: 'scam', signs: ['prize'] },
      { message: 'عميلنا العزيز، لاستلام هديتك تواصل معنا على 9xxx xxxx', verdict: 'scam', signs: ['prize'] },
    ]);
    const evidence = checkMessage('Congratulations! To claim your reward call 2xxx xxxx').signs.find((sign) => sign.kind === 'prize')?.evidence;
    expect(evidence?.[0]).toBe('claim your reward call 2xxx xxxx');
  });

  it('is not a gift talked about with a number, nor a prize with no number to call', () => {
    expectCases([
      { message: 'call me on 9xxx xxxx about the gift for Noura', verdict: 'none' },
      { message: 'Ring me on 6xxx xxxx when you get the gift from the shop', verdict: 'none' },
      { message: 'كلمني على 5xxx xxxx اذا استلمت الهدية من المحل', verdict: 'none' },
      { message: 'كلمني واتساب 6xxx xxxx عشان هدية المعلمة', verdict: 'none' },
      { message: 'Congratulations! You won the office quiz, collect your prize from reception', verdict: 'none' },
    ]);
  });
});

describe('easy money from an investment', () => {
  it('is a prize sign, a scam with a link, in both languages', () => {
    expectCases([
      { message: 'Guaranteed returns every week with our crypto signals group, join here: t.me/gulfsignals', verdict: 'scam', signs: ['link', 'prize'] },
      { message: 'Make 40% profit in 5 days, 100% guaranteed: wa.me/96550000000', verdict: 'scam', signs: ['link', 'prize'] },
      { message: 'ارباح اسبوعية مضمونة مع قروب استثمار العملات، سجل هنا: bit.ly/kw-invest', verdict: 'scam', signs: ['link', 'prize'] },
      { message: 'ضاعف فلوسك خلال أسبوع، تداول البيتكوين معنا: t.me/kwcoin', verdict: 'scam', signs: ['link', 'prize'] },
    ]);
  });

  it('is not a bank advertising the rate of a deposit', () => {
    expectCases([
      { message: 'KIB: Open a fixed deposit this month and earn 4.25% profit. Details at kib.com.kw', verdict: 'none', without: ['prize', 'payment'] },
      { message: 'بنك بوبيان: افتح وديعة لأجل واحصل على عائد متوقع 4% سنوياً من التطبيق', verdict: 'none', without: ['prize'] },
    ]);
  });

  it('still reads a deposit asked through a link as a payment', () => {
    expectCases([{ message: 'Make a deposit of 20 KD here to unlock your account: kw-unlock.site', verdict: 'scam', signs: ['link', 'payment'] }]);
  });
});

describe('gift cards named in Latin letters in an Arabic message', () => {
  it('are the gift-card sign', () => {
    expectCases([{ message: 'المدير يبي منك تشتري بطاقات Steam بمية دينار وترسل الأكواد له', verdict: 'scam', signs: ['giftCards'] }]);
  });

  it('are not a sign without a request to send them or pay with them', () => {
    expectCases([
      { message: 'اشتريت بطاقة PlayStation لولدي بمناسبة نجاحه', verdict: 'none', without: ['giftCards'] },
      // A bank's code message names the shop after "your card", and its warning names the code.
      { message: 'رمز التحقق 730519 لدفع 4.500 د.ك ببطاقتك Google Play. لا تشارك الكود مع أحد', verdict: 'code', without: ['giftCards'] },
    ]);
  });
});

describe('a code about to arrive, and a request to tell it', () => {
  it('is a request for a secret, in both languages', () => {
    expectCases([
      { message: 'This is Zain support. You will get a 6 digit code shortly, please read it out to me so I can finish the upgrade', verdict: 'scam', signs: ['secrets'] },
      { message: 'معك موظف من زين، بيوصلك كود الحين قوله لي عشان نكمل الترقية', verdict: 'scam', signs: ['secrets'] },
      { message: 'بنرسل لك رمز على جوالك، عطني الرمز عشان نثبت طلبك', verdict: 'scam', signs: ['secrets'] },
    ]);
  });

  it('is not a friend waiting for a code, nor a warning not to tell it', () => {
    expectCases([
      { message: 'You will get a code from the gym app, tell me when it comes', verdict: 'none', without: ['secrets'] },
      { message: 'بيجيك كود من التطبيق، قولي لي اذا وصلك', verdict: 'none', without: ['secrets'] },
      { message: 'We will send you a code. Do not read it to anyone, not even us.', verdict: 'none', without: ['secrets'] },
    ]);
  });
});

describe('"verify" through a link: a new security service, a delivery to rearrange', () => {
  it('is the verify sign with a link that is not official, in both languages', () => {
    expectCases([
      { message: 'Gulf Bank: turn on the new anti-fraud protection service at gb-shield.app to keep using your card', verdict: 'scam', signs: ['link', 'verify'] },
      { message: 'يرجى تشغيل خدمة الحماية عبر الرابط kfh-protect.net', verdict: 'scam', signs: ['borrowedName', 'verify'] },
      { message: 'We could not deliver your parcel. Rearrange your delivery at parcel-kw.top/slot', verdict: 'scam', signs: ['link', 'verify'] },
      { message: 'تعذر تسليم شحنتك. لإعادة التوصيل ادخل kw-parcel.site', verdict: 'scam', signs: ['link', 'verify'] },
    ]);
  });

  it('is not a service in the app, nor a delivery rearranged on the courier’s own site', () => {
    expectCases([
      { message: 'NBK: switch on the new security feature from Settings in the NBK app.', verdict: 'none', without: ['verify'] },
      { message: 'Aramex: we missed you today. Reschedule your delivery at https://www.aramex.com/track', verdict: 'none', without: ['verify'] },
      { message: 'DHL: لإعادة جدولة التوصيل ادخل dhl.com', verdict: 'none', without: ['verify'] },
    ]);
  });
});

describe('one-time codes', () => {
  it('recognises a secure code, a code to use, a temporary code and the warnings banks write', () => {
    expectCases([
      { message: 'Warba SecureCode 604218 for USD 19.99 at NETFLIX.COM', verdict: 'code' },
      { message: 'Use 318840 to approve your payment of KWD 6.500 at NOON. We will never ask you for this code.', verdict: 'code' },
      { message: 'كود مؤقت 771902 لإتمام الشراء. يرجى عدم مشاركته مع أي شخص', verdict: 'code' },
      { message: 'رمز 552031 لعملية بقيمة 3.000 د.ك. لن نطلب منك هذا الرمز ابداً', verdict: 'code' },
      { message: 'Your Deliveroo code: 4417. Keep it secret.', verdict: 'code' },
    ]);
  });

  it('does not take a warning without a code, or a number without a code’s words, for a code', () => {
    expectCases([
      { message: 'Never share your PIN or password. Your payment of KD 8 at NOON was declined.', verdict: 'none' },
      { message: 'flat 4417 on the second floor, the bell does not work', verdict: 'none' },
      { message: 'لا تشارك كلمة المرور مع أحد. تم رفض عملية بقيمة 5 د.ك', verdict: 'none' },
    ]);
  });
});

/**
 * A reviewer's texts (JSON Lines of message and verdict, in tests/fixtures), run through the check:
 * the genuine ones it flags and the scams it misses, to compare with the ones known.
 */
function reviewOutcome(fixture: string): { flagged: string[]; missed: string[] } {
  const texts = readFileSync(path.join(import.meta.dirname, '../fixtures', fixture), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { message: string; verdict: MessageVerdict });
  const scam = (message: string) => checkMessage(message).verdict === 'scam';
  return {
    flagged: texts.filter((text) => text.verdict !== 'scam' && scam(text.message)).map((text) => text.message),
    missed: texts.filter((text) => text.verdict === 'scam' && !scam(text.message)).map((text) => text.message),
  };
}

describe('texts a reviewer wrote near the signs of 8 December (tests/fixtures/message-review-2026-12-08.jsonl)', () => {
  // 60 genuine and personal texts and 15 scams, by a helper who read the new rules to break them.
  const { flagged, missed } = reviewOutcome('message-review-2026-12-08.jsonl');
  // Read exactly like the scams beside them: friends asking for money sent by mistake back, and a
  // relative asking for the code about to arrive. The check cannot tell them apart and says scam.
  const shapedLikeScams = [
    'حبيبي حولت لك 50 دينار بالغلط بدل 5، لما تفضى رجعهولي على ومض، مو مستعجل',
    "Hey bro I think I transferred you 15 KD by mistake instead of 5 😅 send it back whenever you're free, no rush",
    'خالك هيكلمك عشان يدخل على حساب نتفليكس بتاعنا، ابعتله الكود اللي هيجيلك على الموبايل',
  ];

  it('calls none of the genuine texts a scam, but the three shaped like one', () => {
    expect(flagged.filter((message) => !shapedLikeScams.includes(message))).toEqual([]);
  });

  it('flags every scam but one: "give him the numbers you get", with no word for a code', () => {
    expect(missed).toEqual(['معك خدمة العملاء، الحين بيتصل عليك زميلي للتحقق من حسابك، عطه الأرقام اللي توصلك برسالة']);
  });
});

describe('texts a second reviewer wrote near the later signs of 8 December (tests/fixtures/message-review-2026-12-08b.jsonl)', () => {
  // 50 genuine and personal texts and 12 scams near the second round's signs (a code to the officer,
  // overpayment, renewals "if you did not subscribe", "reply with the word yes", Arabizi card details,
  // paid likes): the round's first version called 41 of the 50 scams.
  const { flagged, missed } = reviewOutcome('message-review-2026-12-08b.jsonl');
  const stillFlagged = [
    // The same shape as the scams beside them: money paid too much asked back, a code to forward.
    'Bro I think I paid you too much for the chalet share, I sent 45 instead of 35 😅 send back 10 KD whenever, no rush',
    'بعد ما يوصلك كود الاستلام من ايكيا ارسله لي عشان أمر الفرع وأستلم الطلب',
    // A link to a company whose address the fact sheet does not give, with a payment or a reward:
    // the one safe address rule cannot vouch for it.
    'Talabat: How was your order from Burger Boutique? Rate your rider and earn 20 talabat points! https://talabat.onelink.me/rate',
    'Al Mulla Exchange: Send money home with the best rates and receive it instantly in the bank. Download our app: https://almullaexchange.com/app',
    'ايكيا: لمتابعة طلبك رقم 77812 ومعرفة المبلغ المتبقي للدفع عند التسليم، زوروا https://www.ikea.com.kw/ar/track',
  ];

  it('calls none of the genuine texts a scam, but five it cannot tell apart', () => {
    expect(flagged.filter((message) => !stillFlagged.includes(message))).toEqual([]);
  });

  it('flags every scam but a paid task to claim on WhatsApp', () => {
    expect(missed).toEqual(['Earn KD 20 a day by liking YouTube videos from your phone! No experience needed. Message our HR on WhatsApp +965 9001 2233']);
  });
});
