import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { getContactStep } from '@/lib/contact';
import { channels } from '@/lib/contact/channels';
import { checkSiteContactRouter } from '@/lib/contact/check';
import { contactStepPaths } from '@/lib/contact/paths';
import { problems } from '@/lib/contact/routes';
import { checkContactRouter, type ContactRouterContext } from '@/lib/contact/validate';
import { findForbiddenClaims } from '@/lib/content/claims';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { en } from '@/lib/i18n/dictionaries/en';

const root = process.cwd();
const content = loadContent(path.join(root, 'content'), { publicDir: path.join(root, 'public'), displayRoot: 'content' });
const english = content.locales.en!;
const context: ContactRouterContext = { articleSlugs: { en: english.articles.map((article) => article.slug) }, dictionaries: { en } };

/** A deep copy of the real data to break on purpose. */
const copy = <T>(value: T): T => structuredClone(value);
const messages = (result: ReturnType<typeof checkContactRouter>) => result.problems.map(formatProblem);
/** A problem's position in the list, so that tests that break one survive new problems. */
const at = (slug: string): number => {
  const index = problems.findIndex((problem) => problem.slug === slug);
  if (index === -1) throw new Error(`no problem "${slug}"`);
  return index;
};

describe('the contact router data', () => {
  it('passes the schema and points only at published articles, known channels and existing texts', () => {
    expect(checkSiteContactRouter(content.locales).problems.map(formatProblem)).toEqual([]);
  });

  it('has the problems the issue asks for, in that order', () => {
    expect(problems.map((problem) => problem.slug)).toEqual([
      'declined',
      'not-accepted',
      'card-details',
      'knet-message',
      'payment-failed',
      'charge',
      'unauthorized',
      'sign-in',
      'order',
      'gift-card',
      'refund',
      'fee-message',
      'complaint',
      'other',
    ]);
  });

  it('gives every page of the router a real, prerenderable URL', () => {
    const paths = contactStepPaths('en', problems);
    for (const expected of [
      '/en/contact',
      '/en/contact/declined',
      '/en/contact/declined/knet-page',
      '/en/contact/declined/card-on-amazon',
      '/en/contact/unauthorized/amazon-pay',
      '/en/contact/unauthorized/amazon-order',
      '/en/contact/not-accepted',
      '/en/contact/sign-in',
      '/en/contact/knet-message/host-timeout',
      '/en/contact/payment-failed/revise',
      '/en/contact/payment-failed/email',
      '/en/contact/charge/pending-or-twice',
      '/en/contact/charge/amount-differs',
      '/en/contact/order/not-arrived',
      '/en/contact/order/return',
      '/en/contact/order/cancel-or-change',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(new Set(paths).size).toBe(paths.length);
    for (const url of paths) expect(url).toMatch(/^\/en\/contact(\/[a-z0-9-]+){0,2}$/);
  });

  it('sends a KNET-page decline to the bank, with what to say, and offers KNET as reading, not a contact step', () => {
    const step = getContactStep('en', 'declined', 'knet-page');
    expect(step?.kind).toBe('outcome');
    if (step?.kind !== 'outcome') return;
    expect(step.channels.map((channel) => channel.id)).toEqual(['bank']);
    expect(step.articles.map((article) => article.slug)).toEqual(expect.arrayContaining(['knet-payment-page-messages', 'what-is-knet']));
    expect(step.bankScript?.say).toMatch(/declined/);
    expect(step.formFields).toEqual(expect.arrayContaining(['paymentId', 'trackId', 'message', 'date', 'amount']));
    expect(step.formFields).not.toContain('orderNumber');
  });

  it('sends a decline on Amazon to the bank, then Amazon, and asks for the order number', () => {
    const step = getContactStep('en', 'declined', 'card-on-amazon');
    if (step?.kind !== 'outcome') throw new Error('expected a result');
    expect(step.channels.map((channel) => channel.id)).toEqual(['bank', 'amazon']);
    expect(step.bankScript?.say).toMatch(/declined/);
    expect(step.formFields).toContain('orderNumber');
    expect(step.formFields).not.toContain('paymentId');
  });

  it('never makes KNET a contact step for a declined payment or a KNET message: it has no contact for shoppers', () => {
    const steps = [
      getContactStep('en', 'declined', 'knet-page'),
      ...['captured', 'not-captured', 'canceled', 'host-timeout', 'denied-by-risk', 'otp', 'otp-attempts', 'session', 'card-refused', 'other'].map(
        (answer) => getContactStep('en', 'knet-message', answer),
      ),
    ];
    for (const step of steps) {
      if (step?.kind !== 'outcome') throw new Error('expected a result');
      expect(step.channels.map((channel) => channel.id), step.title).not.toContain('knet');
    }
  });

  it('answers "invalid OTP" and "too many OTP attempts" separately: a new code for one, stop and start later for the other', () => {
    const invalid = getContactStep('en', 'knet-message', 'otp');
    const attempts = getContactStep('en', 'knet-message', 'otp-attempts');
    if (invalid?.kind !== 'outcome' || attempts?.kind !== 'outcome') throw new Error('expected results');
    expect(invalid.summary).toMatch(/Resend OTP/);
    expect(invalid.summary).not.toMatch(/too many/i);
    expect(attempts.summary).toMatch(/^Stop/);
    expect(attempts.summary).toMatch(/new payment later/);
    expect(attempts.summary).not.toMatch(/Resend OTP/);
  });

  it('sends an Amazon Pay charge to Amazon Pay and an Amazon order charge to Amazon, both with the bank', () => {
    const pay = getContactStep('en', 'unauthorized', 'amazon-pay');
    const order = getContactStep('en', 'unauthorized', 'amazon-order');
    if (pay?.kind !== 'outcome' || order?.kind !== 'outcome') throw new Error('expected results');
    expect(pay.channels.map((channel) => channel.id)).toEqual(['amazonPay', 'bank']);
    expect(order.channels.map((channel) => channel.id)).toEqual(['bank', 'amazon']);
    expect(pay.security.map((note) => note.id)).toContain('suspiciousCall');
  });

  it('sends CAPTURED-without-an-order and HOST TIMEOUT to the shop first: refunds come from the shop', () => {
    for (const answer of ['captured', 'host-timeout']) {
      const step = getContactStep('en', 'knet-message', answer);
      if (step?.kind !== 'outcome') throw new Error(answer);
      expect(step.channels[0]?.id, answer).toBe('shop');
    }
  });

  it('offers the Visa or Mastercard article where Amazon declines or refuses a card: a card blocked for online or foreign use is a common cause', () => {
    for (const step of [getContactStep('en', 'declined', 'card-on-amazon'), getContactStep('en', 'not-accepted')]) {
      if (step?.kind !== 'outcome') throw new Error('expected a result');
      expect(step.articles.map((article) => article.slug), step.title).toContain('pay-with-visa-or-mastercard');
    }
  });

  it('sends money gone after NOT CAPTURED to the bank, not the shop, wherever the router speaks of it', () => {
    const notCaptured = getContactStep('en', 'knet-message', 'not-captured');
    const refund = getContactStep('en', 'refund');
    if (notCaptured?.kind !== 'outcome' || refund?.kind !== 'outcome') throw new Error('expected results');
    expect(notCaptured.channels.map((channel) => channel.id)).toEqual(['bank']);
    expect(notCaptured.summary).toMatch(/left your account all the same, call your bank, not the shop/);
    expect(refund.summary).toMatch(/NOT CAPTURED but the amount left your account, ask your bank instead/);
    expect(en.contact.channels.bank.when).toMatch(/NOT CAPTURED/);
  });

  it('routes each order and payment problem readers had no route for to its own article, with an answer of its own', () => {
    const routes: [string, string, string, string[]][] = [
      ['payment-failed', 'revise', 'revise-a-failed-payment', ['bank', 'amazon']],
      ['payment-failed', 'email', 'revise-a-failed-payment', ['amazon', 'bank']],
      ['charge', 'pending-or-twice', 'pending-charge-or-charged-twice', ['amazon', 'bank']],
      ['charge', 'amount-differs', 'statement-amount-differs', ['bank', 'amazon']],
      ['order', 'not-arrived', 'order-not-arrived-or-wrong-item', ['amazon']],
      ['order', 'return', 'return-an-item', ['amazon']],
      ['order', 'cancel-or-change', 'cancel-or-change-an-order', ['amazon']],
    ];
    const sentences = (text: string) => text.split(/(?<=[.:;])\s+/).filter((sentence) => sentence.length > 25);
    const others = contactStepPaths('en', problems)
      .map((url) => url.split('/').slice(3))
      .filter((parts) => parts.length > 0 && !routes.some(([problem, answer]) => parts[0] === problem && parts[1] === answer))
      .map(([problem, answer]) => getContactStep('en', problem!, answer))
      .flatMap((step) => (step?.kind === 'outcome' ? [step.summary] : []));
    const seen = new Set<string>();
    for (const [problem, answer, article, channelIds] of routes) {
      const step = getContactStep('en', problem, answer);
      if (step?.kind !== 'outcome') throw new Error(`${problem}/${answer}`);
      expect(step.articles[0]?.slug, step.title).toBe(article);
      expect(step.channels.map((channel) => channel.id), step.title).toEqual(channelIds);
      expect(findForbiddenClaims(step.summary), step.title).toEqual([]);
      for (const sentence of sentences(step.summary)) {
        expect(others.some((summary) => summary.includes(sentence)), `${step.title}: "${sentence}" is another route's`).toBe(false);
        expect(seen.has(sentence), `${step.title}: "${sentence}" repeats`).toBe(false);
        seen.add(sentence);
      }
    }
  });

  it('keeps an order problem with the store: a chargeback ends the A-to-z Guarantee, so the bank is no step', () => {
    const step = getContactStep('en', 'order', 'not-arrived');
    if (step?.kind !== 'outcome') throw new Error('expected a result');
    expect(step.channels.map((channel) => channel.id)).not.toContain('bank');
    expect(step.summary).toMatch(/chargeback through your bank ends that guarantee/);
    expect(step.summary).toMatch(/three days after the latest estimated delivery date/);
  });

  it('checks a "payment failed" email in Your Orders and offers the message check; a hold is not paid twice', () => {
    const email = getContactStep('en', 'payment-failed', 'email');
    const pending = getContactStep('en', 'charge', 'pending-or-twice');
    if (email?.kind !== 'outcome' || pending?.kind !== 'outcome') throw new Error('expected results');
    expect(email.checkMessage).toBe(true);
    expect(email.security.map((note) => note.id)).toContain('offAmazon');
    expect(email.summary).toMatch(/open Your Orders/);
    expect(pending.checkMessage).toBe(false);
    expect(pending.summary).toMatch(/Don't pay a second time/);
    expect(pending.summary).not.toMatch(/\d+ (business )?days/);
  });

  it('tells a reader of a fee message what to do whether or not they tapped the link', () => {
    const step = getContactStep('en', 'fee-message');
    if (step?.kind !== 'outcome') throw new Error('expected a result');
    expect(step.summary).toMatch(/If you did not tap the link, leave it: delete the message/);
    expect(step.summary).toMatch(/You need not call anyone/);
    expect(step.summary).toMatch(/If you typed card details or a code on the page, call your bank now/);
  });

  it('gives the channels and security notes only sentences that hold in every result that shows them', () => {
    // The bank's note is shown beside fee scams, refunds and complaints too, not only beside declines.
    expect(en.contact.channels.bank.note).not.toMatch(/^Only the bank/);
    expect(en.contact.security.reportFast).toMatch(/^If your card, a code or a payment is involved/);
    const complaint = getContactStep('en', 'complaint');
    if (complaint?.kind !== 'outcome') throw new Error('expected a result');
    expect(complaint.security.map((note) => note.id)).not.toContain('reportFast');
  });

  it('does not suggest that Amazon takes KNET on the contact page', () => {
    expect(en.contact.intro).not.toMatch(/KNET/);
    expect(en.contact.intro).toMatch(/declined card payment is decided by your bank, not by the shop or Amazon/);
  });

  it('answers a problem without a follow-up on its own page, and asks the follow-up where there is one', () => {
    expect(getContactStep('en', 'not-accepted')?.kind).toBe('outcome');
    expect(getContactStep('en', 'sign-in')?.kind).toBe('outcome');
    const question = getContactStep('en', 'declined');
    expect(question?.kind).toBe('question');
    if (question?.kind === 'question') expect(question.answers.map((answer) => answer.href)).toEqual(['/en/contact/declined/knet-page', '/en/contact/declined/card-on-amazon']);
  });

  it('has no page for an unknown problem or answer', () => {
    expect(getContactStep('en', 'nope')).toBeUndefined();
    expect(getContactStep('en', 'declined', 'nope')).toBeUndefined();
    expect(getContactStep('en', 'not-accepted', 'knet-page')).toBeUndefined();
  });

  it('gives no channel a phone number, and official addresses only for Amazon Pay and KNET', () => {
    const urls = channels.flatMap((channel) => ('url' in channel ? [channel.url] : []));
    expect(urls.sort()).toEqual(['https://pay.amazon.com/help', 'https://www.knet.com.kw/']);
  });
});

describe('checking the router', () => {
  it('names the route and field of an article that does not exist', () => {
    const broken = copy(problems);
    broken[0]!.answers![0]!.outcome.articles[1] = 'no-such-article';
    expect(messages(checkContactRouter({ channels, problems: broken }, context))).toEqual([
      'lib/contact/routes.ts: declined/knet-page → articles.1 — no published article "no-such-article" in en',
    ]);
  });

  it('names the route and field of a channel that does not exist', () => {
    const broken = copy(problems);
    broken[1]!.outcome!.channels = ['amazon', 'paypal'];
    expect(messages(checkContactRouter({ channels, problems: broken }, context))).toEqual([
      'lib/contact/routes.ts: not-accepted → channels.1 — no channel "paypal" in lib/contact/channels.ts (known: bank, amazon, amazonPay, shop, knet)',
    ]);
  });

  it('fails when an article is unpublished or missing in a locale, as content:check and the build do', () => {
    const withoutDeclined = { en: { ...english, articles: english.articles.filter((article) => article.slug !== 'transaction-declined') } };
    const found = checkSiteContactRouter(withoutDeclined).problems.map(formatProblem);
    expect(found).toContain('lib/contact/routes.ts: declined/card-on-amazon → articles.0 — no published article "transaction-declined" in en');
    expect(found).toContain('lib/contact/channels.ts: bank → articles.0 — no published article "transaction-declined" in en');
  });

  it('rejects an outcome with fewer than 2 articles, an unknown checklist item and a mistyped key, naming the route', () => {
    const broken = copy(problems) as unknown as Record<string, unknown>[];
    const signIn = broken[at('sign-in')] as { outcome: Record<string, unknown> };
    signIn.outcome.articles = ['cant-sign-in'];
    signIn.outcome.ready = ['password'];
    signIn.outcome.chanels = ['amazon'];
    const found = messages(checkContactRouter({ channels, problems: broken }, context));
    expect(found).toEqual(
      expect.arrayContaining([
        'lib/contact/routes.ts: sign-in → articles — must list 2 or 3 articles',
        expect.stringMatching(/^lib\/contact\/routes\.ts: sign-in → ready\.0 — Invalid option/),
        expect.stringMatching(/^lib\/contact\/routes\.ts: sign-in — Unrecognized key: "chanels"/),
      ]),
    );
  });

  it('rejects a problem with both a result and a follow-up question, and a repeated slug', () => {
    const broken = copy(problems);
    (broken[1] as { answers?: unknown }).answers = broken[0]!.answers;
    broken.push(copy(broken[at('sign-in')]!));
    const found = messages(checkContactRouter({ channels, problems: broken }, context));
    expect(found).toContain('lib/contact/routes.ts: not-accepted — needs either an outcome or answers to a follow-up question, not both and not neither');
    const fixed = copy(problems);
    fixed.push(copy(fixed[at('sign-in')]!));
    expect(messages(checkContactRouter({ channels, problems: fixed }, context))).toEqual(['lib/contact/routes.ts: sign-in → slug — problem "sign-in" is listed twice']);
  });

  it('rejects a route without texts in a dictionary, and texts without a route', () => {
    const broken = copy(problems);
    broken[0]!.answers![1]!.slug = 'at-checkout';
    expect(messages(checkContactRouter({ channels, problems: broken }, context))).toEqual([
      'lib/i18n/dictionaries/en.ts: contact.problems.declined.answers.at-checkout — the route "declined/at-checkout" needs a label, a title and an answer',
      'lib/i18n/dictionaries/en.ts: contact.problems.declined.answers.card-on-amazon — texts for an answer that lib/contact/routes.ts does not have',
    ]);
  });

  it('rejects a channel with an address that is not https', () => {
    const broken = copy(channels) as unknown as { id: string; url?: string }[];
    broken[0]!.url = 'http://example.com';
    expect(messages(checkContactRouter({ channels: broken, problems }, context))).toEqual(['lib/contact/channels.ts: 0.url — must be a full https:// address']);
  });
});

describe('the pages\' accessor', () => {
  it('stops the build with a ContactRouterError that lists every broken route', async () => {
    vi.resetModules();
    vi.doMock('@/lib/content', async (importOriginal) => {
      const original = await importOriginal<typeof import('@/lib/content')>();
      return { ...original, getArticles: () => original.getArticles('en').filter((article) => article.slug !== 'cant-sign-in') };
    });
    try {
      const { contactProblemParams } = await import('@/lib/contact');
      expect(() => contactProblemParams()).toThrow(
        expect.objectContaining({
          name: 'ContactRouterError',
          message: expect.stringContaining('lib/contact/routes.ts: sign-in → articles.0 — no published article "cant-sign-in" in en'),
        }),
      );
    } finally {
      vi.doUnmock('@/lib/content');
      vi.resetModules();
    }
  });
});

describe('the contact texts', () => {
  /** Every string in the contact block, functions called with sample arguments. */
  function strings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)('Sample', 2))];
    if (Array.isArray(value)) return value.flatMap(strings);
    if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  }

  it('make none of the claims FACTS.md forbids: no phone number, no "Amazon accepts KNET"', () => {
    for (const text of strings(en.contact)) expect(findForbiddenClaims(text), text).toEqual([]);
  });

  it('never tell the reader to share a PIN, OTP or CVV, and say so where the channels are', () => {
    expect(en.contact.neverShareTitle).toMatch(/never share/i);
    expect(en.contact.channels.bank.note).toMatch(/never ask for your PIN, OTP or CVV/);
  });

  it('explain which of call-back, chat and email suits what for Amazon', () => {
    expect(en.contact.channels.amazon.ways.map((way) => way.name)).toEqual(['Call-back', 'Chat', 'Email']);
    expect(en.contact.channels.amazon.how.join(' ')).toContain('Contact Us');
  });
});
