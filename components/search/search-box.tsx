import { getDictionary, type Locale } from '@/lib/i18n';
import { searchPath } from '@/lib/paths';
import { searchIndexLocation } from '@/lib/search-index';
import { SearchBoxInput } from './search-box-client';
import { searchText } from './search-text';
import { dialogResultLimit } from './search-text-types';

/**
 * The search form in the header (compact) and on the home and not-found pages (large). It is a plain
 * GET form to the results page, so it works without JavaScript; the input is a small client leaf that
 * opens the search dialog, whose code and index load only when a reader first focuses a box.
 */
export function SearchBox({ locale, variant }: { locale: Locale; variant: 'header' | 'hero' }) {
  const t = getDictionary(locale).search;
  const id = `search-${variant}`;
  const hero = variant === 'hero';
  return (
    <form role="search" aria-label={hero ? t.label : t.headerLabel} action={searchPath(locale)} method="get">
      <label htmlFor={id} className="sr-only">
        {t.label}
      </label>
      <SearchBoxInput
        id={id}
        locale={locale}
        variant={variant}
        placeholder={hero ? t.placeholder : t.headerPlaceholder}
        hintId={hero ? undefined : `${id}-hint`}
        text={searchText(locale, dialogResultLimit)}
        index={searchIndexLocation(locale)}
      >
        <button
          type="submit"
          className={`inline-flex shrink-0 items-center justify-center rounded-lg bg-brand-700 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-[#0b1120] dark:hover:bg-brand-200 ${hero ? 'min-h-14 px-5 text-lg' : 'min-h-11 min-w-11 px-3'}`}
        >
          {hero ? (
            t.submit
          ) : (
            <>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
                <circle cx="11" cy="11" r="7" />
                <path d="m20 20-3.5-3.5" />
              </svg>
              <span className="sr-only">{t.submit}</span>
            </>
          )}
        </button>
      </SearchBoxInput>
      {!hero && (
        <p id={`${id}-hint`} className="sr-only">
          {t.shortcutHint}
        </p>
      )}
    </form>
  );
}
