import { defaultLocale, isLocale, locales, type Locale } from './config';

/** The cookie that remembers a language the reader chose with the language switch. */
export const localeCookie = 'locale';
/** The query parameter the language switch adds, so that choosing a language works without JavaScript. */
export const chooseLocaleParam = 'lang';

/**
 * The reader's language for `/`: an explicit choice first, then the browser's preferences in
 * order of their q-weights ("ar-KW,ar;q=0.9,en;q=0.8"), then the default.
 */
export function pickLocale(chosen: string | undefined, acceptLanguage: string | null): Locale {
  if (chosen && isLocale(chosen)) return chosen;
  const preferences = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((preference) => preference.language && preference.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of preferences) {
    const match = locales.find((locale) => locale === language);
    if (match) return match;
  }
  return defaultLocale;
}
