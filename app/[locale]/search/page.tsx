import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPage } from '@/components/search/search-page';
import { isLocale } from '@/lib/i18n';
import { searchPageMetadata } from '@/lib/search-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? searchPageMetadata(locale) : {};
}

/**
 * The results page with no query, prerendered once per locale. A search with a query is sent by the
 * proxy to `./answered`, rendered on the server; the address stays `/<locale>/search?q=…`.
 */
export default async function StaticSearchPage({ params }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SearchPage locale={locale} />;
}
