/**
 * Support channels, in the order a reader with a payment problem should usually try them.
 * Their wording lives in the locale dictionaries (`contact.channels.<id>`); only addresses and
 * the articles to read first live here. No phone number appears anywhere on purpose: FACTS.md
 * has no official one for Amazon or KNET, and a bank's is printed on the reader's own card.
 */
export const channels = [
  { id: 'bank', url: undefined, articles: ['transaction-declined', 'contact-knet-or-your-bank'] },
  { id: 'amazon', url: 'https://www.amazon.com/gp/help/customer/display.html', articles: ['contact-amazon-customer-service', 'prepare-before-contacting-support'] },
  { id: 'amazonPay', url: 'https://pay.amazon.com/help', articles: ['unauthorized-transaction', 'amazon-pay-help-pages'] },
  { id: 'knet', url: 'https://www.knet.com.kw/', articles: ['knet-payment-page-messages', 'contact-knet-or-your-bank'] },
] as const satisfies readonly { id: string; url: string | undefined; articles: readonly string[] }[];

export type ChannelId = (typeof channels)[number]['id'];
