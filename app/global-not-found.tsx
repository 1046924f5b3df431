import type { Metadata } from 'next';
import { NavigationFeedback } from '@/components/navigation-feedback';
import { NotFoundContent } from '@/components/not-found-content';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { defaultLocale, getDictionary, localeInfo } from '@/lib/i18n';
import './globals.css';

const locale = defaultLocale;

export const metadata: Metadata = { title: `${getDictionary(locale).notFound.title} | ${getDictionary(locale).site.name}` };

/** For addresses outside every locale (e.g. `/help`): the default locale's not-found page, in full. */
export default function GlobalNotFound() {
  return (
    <html lang={locale} dir={localeInfo[locale].dir} data-scroll-behavior="smooth">
      <body className="flex min-h-dvh flex-col antialiased">
        <NavigationFeedback loadingText={getDictionary(locale).nav.loading} />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="w-full flex-1 focus:outline-none">
          <NotFoundContent locale={locale} />
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
