/** Locales the site is published in. The first one is the default for `/`. */
export const locales = ['en', 'ar'] as const;

/** Locales being translated: their content folders exist but are neither published nor checked yet. */
export const pendingLocales: readonly string[] = [];

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** Writing direction and the language tag used for dates and numbers, per locale. */
export const localeInfo: Record<Locale, { dir: 'ltr' | 'rtl'; dateLocale: string; ogLocale: string }> = {
  en: { dir: 'ltr', dateLocale: 'en-GB', ogLocale: 'en_US' },
  // Western digits, as Kuwaiti sites and the articles write them.
  ar: { dir: 'rtl', dateLocale: 'ar-KW-u-nu-latn', ogLocale: 'ar_KW' },
};
