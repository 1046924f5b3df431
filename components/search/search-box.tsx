import { getDictionary, type Locale } from '@/lib/i18n';

/**
 * The search form shown in the header (compact) and on the home and not-found pages (large).
 * Without JavaScript it submits to the results page.
 */
export function SearchBox({ locale, variant }: { locale: Locale; variant: 'header' | 'hero' }) {
  const t = getDictionary(locale).search;
  const id = `search-${variant}`;
  return (
    <form role="search" action={`/${locale}/search`} method="get" className={`search-box search-box-${variant}`}>
      <label htmlFor={id} className="sr-only">
        {t.label}
      </label>
      <input id={id} name="q" type="search" placeholder={t.placeholder} autoComplete="off" enterKeyHint="search" />
      <button type="submit">{t.submit}</button>
    </form>
  );
}
