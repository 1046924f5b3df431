import type { z } from 'zod';
import type { outcomeSchema, problemsSchema } from './schema';

/**
 * The contact router: what can be wrong (`/<locale>/contact/<problem>`), the follow-up question where
 * the answer changes who to contact (`/<locale>/contact/<problem>/<answer>`), and for each outcome the
 * articles to try, the channels in order and what to have ready. Texts are in the dictionaries under
 * `contact.problems`; `checkContactRouter` (validate.ts) rejects a route that names a missing article,
 * channel or text, both in `npm run content:check` and in the build.
 */

type OutcomeInput = z.input<typeof outcomeSchema>;

/** Card number or expiry refused on the KNET page: reached from two questions, so written once. */
const refusedOnKnetPage: OutcomeInput = {
  articles: ['incorrect-card-details', 'knet-payment-page-messages', 'what-is-knet'],
  channels: ['bank'],
  ready: ['message', 'dateTime', 'knetIds', 'shopName', 'lastFour'],
  security: ['fakePaymentPage'],
  bankScript: 'declined',
};

export const problems = [
  {
    slug: 'declined',
    answers: [
      {
        slug: 'knet-page',
        outcome: {
          // KNET runs the page but does not decide the payment: it is something to read, not a contact step.
          articles: ['knet-payment-page-messages', 'transaction-declined', 'what-is-knet'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'amount', 'knetIds', 'shopName', 'lastFour'],
          security: ['fakePaymentPage'],
          bankScript: 'declined',
        },
      },
      {
        slug: 'card-on-amazon',
        outcome: {
          articles: ['transaction-declined', 'pay-with-visa-or-mastercard', 'incorrect-card-details'],
          channels: ['bank', 'amazon'],
          ready: ['message', 'dateTime', 'amount', 'orderNumber', 'lastFour', 'tried'],
          security: ['fakeSupport'],
          bankScript: 'declined',
        },
      },
    ],
  },
  {
    slug: 'not-accepted',
    outcome: {
      articles: ['payment-method-not-accepted', 'pay-with-visa-or-mastercard', 'buy-amazon-gift-cards-with-knet'],
      channels: ['amazon', 'bank'],
      ready: ['store', 'cardBrands', 'message', 'screenshot'],
      security: ['offAmazon', 'fakeSupport'],
    },
  },
  {
    slug: 'card-details',
    answers: [
      {
        slug: 'on-amazon',
        outcome: {
          articles: ['incorrect-card-details', 'add-knet-card-to-amazon', 'payment-method-not-accepted'],
          channels: ['amazon', 'bank'],
          ready: ['message', 'store', 'lastFour', 'screenshot', 'tried'],
          security: ['fakeSupport'],
        },
      },
      { slug: 'knet-page', outcome: refusedOnKnetPage },
    ],
  },
  {
    slug: 'knet-message',
    answers: [
      {
        slug: 'captured',
        outcome: {
          articles: ['knet-payment-page-messages', 'get-a-refund', 'contact-knet-or-your-bank'],
          channels: ['shop', 'bank'],
          ready: ['knetIds', 'dateTime', 'amount', 'shopName', 'message', 'screenshot'],
          security: ['fakeSupport'],
        },
      },
      {
        slug: 'not-captured',
        outcome: {
          articles: ['knet-payment-page-messages', 'transaction-declined', 'verify-payment-method'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'amount', 'knetIds', 'lastFour', 'tried'],
          security: ['fakePaymentPage'],
          bankScript: 'declined',
        },
      },
      {
        slug: 'canceled',
        outcome: {
          articles: ['knet-payment-page-messages', 'what-is-knet'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'amount', 'knetIds'],
          security: ['fakePaymentPage'],
        },
      },
      {
        slug: 'host-timeout',
        outcome: {
          articles: ['knet-payment-page-messages', 'contact-knet-or-your-bank', 'monitor-account-activity'],
          channels: ['shop', 'bank'],
          ready: ['knetIds', 'dateTime', 'amount', 'shopName', 'message'],
          security: ['fakeSupport'],
        },
      },
      {
        slug: 'denied-by-risk',
        outcome: {
          articles: ['knet-payment-page-messages', 'transaction-declined', 'contact-knet-or-your-bank'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'amount', 'knetIds', 'lastFour'],
          security: ['fakePaymentPage'],
          bankScript: 'declined',
        },
      },
      {
        slug: 'otp',
        outcome: {
          articles: ['verify-payment-method', 'knet-payment-page-messages', 'recognize-phishing-and-scams'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'knetIds', 'lastFour', 'tried'],
          security: ['fakePaymentPage'],
        },
      },
      {
        slug: 'otp-attempts',
        outcome: {
          articles: ['verify-payment-method', 'knet-payment-page-messages', 'contact-knet-or-your-bank'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'knetIds', 'lastFour', 'tried'],
          security: ['fakePaymentPage'],
        },
      },
      {
        slug: 'session',
        outcome: {
          articles: ['knet-payment-page-messages', 'what-is-knet'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'amount', 'knetIds'],
          security: ['fakePaymentPage'],
        },
      },
      { slug: 'card-refused', outcome: refusedOnKnetPage },
      {
        slug: 'other',
        outcome: {
          articles: ['knet-payment-page-messages', 'contact-knet-or-your-bank'],
          channels: ['bank'],
          ready: ['message', 'dateTime', 'amount', 'knetIds', 'shopName', 'screenshot'],
          security: ['fakePaymentPage'],
        },
      },
    ],
  },
  {
    slug: 'payment-failed',
    answers: [
      {
        slug: 'revise',
        outcome: {
          // Only the bank knows why a card was refused; Amazon can change the payment method on an open order.
          articles: ['revise-a-failed-payment', 'transaction-declined', 'cancel-or-change-an-order'],
          channels: ['bank', 'amazon'],
          ready: ['orderNumber', 'store', 'message', 'dateTime', 'amount', 'lastFour', 'tried'],
          security: ['offAmazon', 'fakeSupport'],
          bankScript: 'declined',
        },
      },
      {
        slug: 'email',
        outcome: {
          articles: ['revise-a-failed-payment', 'recognize-phishing-and-scams', 'suspect-a-security-issue'],
          channels: ['amazon', 'bank'],
          ready: ['contactedBy', 'screenshot', 'store', 'orderNumber', 'dateTime'],
          security: ['offAmazon', 'reportFast'],
          checkMessage: true,
        },
      },
    ],
  },
  {
    slug: 'charge',
    answers: [
      {
        slug: 'pending-or-twice',
        outcome: {
          articles: ['pending-charge-or-charged-twice', 'statement-amount-differs', 'monitor-account-activity'],
          channels: ['amazon', 'bank'],
          ready: ['orderNumber', 'store', 'dateTime', 'amount', 'lastFour', 'message', 'notes'],
          security: ['fakeSupport'],
        },
      },
      {
        slug: 'amount-differs',
        outcome: {
          articles: ['statement-amount-differs', 'pending-charge-or-charged-twice', 'customs-and-import-fees'],
          channels: ['bank', 'amazon'],
          ready: ['amount', 'dateTime', 'orderNumber', 'store', 'lastFour', 'cardBrands'],
          security: ['fakeSupport'],
        },
      },
    ],
  },
  {
    slug: 'unauthorized',
    answers: [
      {
        slug: 'amazon-order',
        outcome: {
          articles: ['unauthorized-transaction', 'suspect-a-security-issue', 'secure-your-amazon-account'],
          channels: ['bank', 'amazon'],
          ready: ['dateTime', 'amount', 'orderNumber', 'lastFour', 'notes'],
          security: ['reportFast', 'suspiciousCall', 'fakeSupport'],
        },
      },
      {
        slug: 'amazon-pay',
        outcome: {
          articles: ['unauthorized-transaction', 'amazon-pay-help-pages', 'suspect-a-security-issue'],
          channels: ['amazonPay', 'bank'],
          ready: ['dateTime', 'amount', 'shopName', 'lastFour', 'notes'],
          security: ['reportFast', 'suspiciousCall'],
        },
      },
      {
        slug: 'card-statement',
        outcome: {
          articles: ['unauthorized-transaction', 'monitor-account-activity', 'suspect-a-security-issue'],
          channels: ['bank', 'amazon'],
          ready: ['dateTime', 'amount', 'shopName', 'lastFour', 'notes'],
          security: ['reportFast', 'suspiciousCall'],
        },
      },
    ],
  },
  {
    slug: 'sign-in',
    outcome: {
      articles: ['cant-sign-in', 'secure-your-amazon-account', 'recognize-phishing-and-scams'],
      channels: ['amazon'],
      ready: ['accountEmail', 'message', 'tried', 'screenshot'],
      security: ['fakeSupport'],
    },
  },
  {
    slug: 'order',
    answers: [
      {
        slug: 'not-arrived',
        outcome: {
          articles: ['order-not-arrived-or-wrong-item', 'return-an-item', 'get-a-refund'],
          channels: ['amazon'],
          ready: ['orderNumber', 'store', 'dateTime', 'screenshot', 'notes'],
          security: ['fakeSupport', 'offAmazon'],
        },
      },
      {
        slug: 'return',
        outcome: {
          articles: ['return-an-item', 'get-a-refund', 'order-not-arrived-or-wrong-item'],
          channels: ['amazon'],
          ready: ['orderNumber', 'store', 'screenshot', 'notes'],
          security: ['fakeSupport', 'offAmazon'],
        },
      },
      {
        slug: 'cancel-or-change',
        outcome: {
          articles: ['cancel-or-change-an-order', 'revise-a-failed-payment', 'contact-amazon-customer-service'],
          channels: ['amazon'],
          ready: ['orderNumber', 'store', 'dateTime', 'message', 'tried'],
          security: ['fakeSupport'],
        },
      },
    ],
  },
  {
    slug: 'gift-card',
    answers: [
      {
        slug: 'redeem',
        outcome: {
          articles: ['redeem-amazon-gift-card', 'buy-amazon-gift-cards-with-knet'],
          channels: ['amazon'],
          ready: ['giftCard', 'store', 'message', 'screenshot'],
          security: ['giftCardPayment'],
        },
      },
      {
        slug: 'vendor',
        outcome: {
          articles: ['buy-amazon-gift-cards-with-knet', 'get-a-refund', 'contact-knet-or-your-bank'],
          channels: ['shop', 'bank'],
          ready: ['shopName', 'knetIds', 'dateTime', 'amount', 'message'],
          security: ['fakePaymentPage'],
        },
      },
      {
        slug: 'scam',
        outcome: {
          articles: ['recognize-phishing-and-scams', 'suspect-a-security-issue', 'redeem-amazon-gift-card'],
          channels: ['amazon', 'bank'],
          ready: ['contactedBy', 'giftCard', 'dateTime', 'amount'],
          security: ['giftCardPayment', 'suspiciousCall', 'reportFast'],
        },
      },
    ],
  },
  {
    slug: 'refund',
    outcome: {
      articles: ['get-a-refund', 'contact-knet-or-your-bank', 'take-a-complaint-further'],
      channels: ['amazon', 'shop', 'bank'],
      ready: ['orderNumber', 'knetIds', 'dateTime', 'amount', 'shopName', 'notes'],
      security: ['fakeSupport'],
    },
  },
  {
    slug: 'fee-message',
    outcome: {
      articles: ['fake-delivery-and-fee-messages', 'recognize-phishing-and-scams', 'suspect-a-security-issue'],
      channels: ['bank'],
      ready: ['contactedBy', 'screenshot', 'dateTime', 'amount', 'lastFour'],
      security: ['fakePaymentPage', 'reportFast'],
      checkMessage: true,
    },
  },
  {
    slug: 'complaint',
    outcome: {
      articles: ['take-a-complaint-further', 'prepare-before-contacting-support', 'contact-knet-or-your-bank'],
      channels: ['bank'],
      ready: ['dateTime', 'amount', 'knetIds', 'shopName', 'notes'],
      security: ['fakeSupport'],
    },
  },
  {
    slug: 'other',
    outcome: {
      articles: ['amazon-pay-help-pages', 'contact-amazon-customer-service', 'prepare-before-contacting-support'],
      channels: ['amazon', 'bank'],
      ready: ['message', 'dateTime', 'amount', 'orderNumber', 'screenshot', 'notes'],
      security: ['fakeSupport'],
    },
  },
] satisfies z.input<typeof problemsSchema>;
