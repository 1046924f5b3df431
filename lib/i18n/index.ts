import { localeInfo, type Locale } from './config';
import { ar } from './dictionaries/ar';
import { en, type Dictionary } from './dictionaries/en';

export * from './config';
export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { en, ar };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** A calendar date as readers of `locale` write it ("21 November 2026"). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo[locale].dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
