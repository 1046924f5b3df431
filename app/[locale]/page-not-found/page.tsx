import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotFoundContent } from '@/components/not-found-content';
import { getDictionary, isLocale } from '@/lib/i18n';

/**
 * The not-found page, prerendered per locale. `proxy.ts` serves it, with a 404 status, for every
 * address that is not a page of the site.
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/page-not-found'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getDictionary(locale).notFound.title, robots: { index: false } };
}

export default async function PageNotFound({ params }: PageProps<'/[locale]/page-not-found'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <NotFoundContent locale={locale} />;
}
