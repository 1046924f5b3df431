import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { NavigationFeedback } from '@/components/navigation-feedback';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getDictionary, isLocale, localeInfo, locales } from '@/lib/i18n';
import { siteUrl } from '@/lib/site';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale).site;
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t.name, template: `%s | ${t.name}` },
    description: t.description,
    applicationName: t.name,
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1417' },
  ],
};

export default async function RootLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale);
  return (
    // data-scroll-behavior: Next.js turns smooth scrolling off while it changes pages (a long smooth
    // scroll across the new page on a slow phone showed half-painted, blank screens).
    <html lang={locale} dir={localeInfo[locale].dir} data-scroll-behavior="smooth">
      <body className="flex min-h-dvh flex-col antialiased">
        <NavigationFeedback loadingText={t.nav.loading} />
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-[var(--page-bg)] px-4 py-3 font-semibold shadow-lg focus:not-sr-only focus:fixed focus:start-2 focus:top-2"
        >
          {t.nav.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="w-full flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
