import { contactStepPaths } from '@/lib/contact/paths';
import { problems } from '@/lib/contact/routes';
import { locales } from '@/lib/i18n/config';

export { locales };

/** Every step of the contact router, for one locale. */
export function contactPaths(locale: string): string[] {
  return contactStepPaths(locale, problems);
}

/** One page of each type a reader meets, for one locale. */
export function pageTypes(locale: string): { name: string; path: string }[] {
  return [
    { name: 'home', path: `/${locale}` },
    { name: 'category', path: `/${locale}/categories/troubleshooting` },
    { name: 'article', path: `/${locale}/articles/knet-payment-page-messages` },
    { name: 'article with an illustration', path: `/${locale}/articles/what-is-knet` },
    { name: 'search results', path: `/${locale}/search?q=declined` },
    { name: 'no results', path: `/${locale}/search?q=zzqxv` },
    { name: 'contact', path: `/${locale}/contact` },
    { name: 'privacy', path: `/${locale}/privacy` },
    { name: 'not found', path: `/${locale}/articles/no-such-article` },
  ];
}
