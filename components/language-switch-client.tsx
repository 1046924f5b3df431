'use client';

import { usePathname } from 'next/navigation';
import { chooseLocaleParam } from '@/lib/i18n/negotiate';
import { localizedPath } from '@/lib/paths';
import type { Locale } from '@/lib/i18n/config';

/** Links to the page the reader is on, in the other languages; the proxy remembers the choice. */
export function LanguageSwitchLinks({ languages }: { languages: { locale: Locale; name: string }[] }) {
  const pathname = usePathname() ?? '/';
  return languages.map(({ locale, name }) => (
    <a
      key={locale}
      href={`${localizedPath(pathname, locale)}?${chooseLocaleParam}=${locale}`}
      hrefLang={locale}
      lang={locale}
      className="header-link font-semibold"
    >
      {name}
    </a>
  ));
}
