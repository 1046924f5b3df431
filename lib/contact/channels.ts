import type { z } from 'zod';
import type { channelSchema } from './schema';

/**
 * Support channels, in the order the overview on /<locale>/contact lists them. Their wording lives in
 * the locale dictionaries (`contact.channels.<id>`); only addresses and articles live here.
 *
 * No phone number appears anywhere on purpose: FACTS.md has no official one for Amazon or KNET, and a
 * bank's is printed on the reader's own card. Amazon has no address either: its Help and Contact Us
 * are reached from inside the store the reader shops on, and one store's help link would be wrong for
 * the others.
 */
export const channels = [
  { id: 'bank', articles: ['transaction-declined', 'contact-knet-or-your-bank'] },
  { id: 'amazon', articles: ['contact-amazon-customer-service', 'amazon-pay-help-pages', 'prepare-before-contacting-support'] },
  { id: 'amazonPay', url: 'https://pay.amazon.com/help', articles: ['unauthorized-transaction', 'amazon-pay-help-pages'] },
  { id: 'shop', articles: ['knet-payment-page-messages', 'contact-knet-or-your-bank'] },
  { id: 'knet', url: 'https://www.knet.com.kw/', articles: ['what-is-knet', 'contact-knet-or-your-bank'] },
] as const satisfies readonly z.input<typeof channelSchema>[];

export type ChannelId = (typeof channels)[number]['id'];
