import Link from 'next/link';
import { getDictionary, type Locale } from '@/lib/i18n';
import { contactPath, homePath } from '@/lib/paths';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search/search-box';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <header className="sticky top-0 z-20 border-b border-[var(--border)] bg-[var(--page-bg)]/95 backdrop-blur supports-[backdrop-filter]:bg-[var(--page-bg)]/85">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href={homePath(locale)} className="flex min-h-11 items-center gap-2 font-bold text-[var(--page-fg)] no-underline">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
            <rect width="32" height="32" rx="7" className="fill-brand-700 dark:fill-brand-300" />
            <path d="M8 12h16v10a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2z M8 15h16" className="fill-none stroke-white stroke-2 dark:stroke-[#0b1120]" />
            <path d="M12 12V10a4 4 0 0 1 8 0v2" className="fill-none stroke-white stroke-2 dark:stroke-[#0b1120]" />
          </svg>
          <span>{t.site.name}</span>
        </Link>
        <nav aria-label={t.nav.mainLabel} className="ms-auto sm:order-last">
          <ul className="flex items-center gap-1">
            <li>
              <Link href={homePath(locale, 'topics')} className="inline-flex min-h-11 items-center rounded px-2 no-underline hover:bg-[var(--surface)] hover:underline">
                {t.nav.categories}
              </Link>
            </li>
            <li>
              <Link href={contactPath(locale)} className="inline-flex min-h-11 items-center rounded px-2 no-underline hover:bg-[var(--surface)] hover:underline">
                {t.nav.contact}
              </Link>
            </li>
            <li>
              <LanguageSwitch locale={locale} />
            </li>
          </ul>
        </nav>
        <div className="w-full sm:w-auto sm:flex-1 sm:max-w-md">
          <SearchBox locale={locale} variant="header" />
        </div>
      </div>
    </header>
  );
}
