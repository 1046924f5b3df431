import { contactStepPaths } from '@/lib/contact/paths';
import { problems } from '@/lib/contact/routes';
import { locales, type Locale } from '@/lib/i18n/config';
import { articlePath, categoryPath, checkMessagePath, contactPath, homePath, searchPath } from '@/lib/paths';

export { locales };

/** Every step of the contact router, for one locale. */
export function contactPaths(locale: Locale): string[] {
  return contactStepPaths(locale, problems);
}

/** One page of each type a reader meets, for one locale. */
export function pageTypes(locale: Locale): { name: string; path: string }[] {
  return [
    { name: 'home', path: homePath(locale) },
    { name: 'category', path: categoryPath(locale, 'troubleshooting') },
    { name: 'article', path: articlePath(locale, 'knet-payment-page-messages') },
    { name: 'article with an illustration', path: articlePath(locale, 'what-is-knet') },
    { name: 'article with a table, in orders and refunds', path: articlePath(locale, 'get-a-refund') },
    { name: 'search results', path: searchPath(locale, 'declined') },
    { name: 'no results', path: searchPath(locale, 'zzqxv') },
    { name: 'contact', path: contactPath(locale) },
    { name: 'message check', path: checkMessagePath(locale) },
    { name: 'not found', path: articlePath(locale, 'no-such-article') },
  ];
}

/** The articles added on 7 December (orders, returns, holds, payment notices, currency, parcels). */
export const newerArticleSlugs = [
  'order-not-arrived-or-wrong-item',
  'return-an-item',
  'cancel-or-change-an-order',
  'pay-a-real-customs-or-delivery-fee',
  'use-a-parcel-forwarder',
  'pending-charge-or-charged-twice',
  'revise-a-failed-payment',
  'statement-amount-differs',
] as const;

/** Their pages, for one locale. */
export function newerArticlePaths(locale: Locale): string[] {
  return newerArticleSlugs.map((slug) => articlePath(locale, slug));
}
