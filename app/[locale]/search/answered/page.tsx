import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPage } from '@/components/search/search-page';
import { pageResultLimit } from '@/components/search/search-text-types';
import { isLocale } from '@/lib/i18n';
import { answerSearchOnServer, searchPageMetadata } from '@/lib/search-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/search/answered'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? searchPageMetadata(locale) : {};
}

/**
 * A search with a query, answered on the server (the proxy rewrites `/<locale>/search?q=…` here; the
 * address is never shown): the same results the browser would find, in the HTML, so search works
 * without JavaScript. Rendered per request, reading the query; its scripts carry the request's nonce.
 */
export default async function AnsweredSearchPage({ params, searchParams }: PageProps<'/[locale]/search/answered'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const answered = await answerSearchOnServer(locale, (await searchParams).q, pageResultLimit);
  return <SearchPage locale={locale} answered={answered} />;
}
