import type { Metadata } from 'next';
import { locale as rootLocale } from 'next/root-params';
import { NotFoundContent } from '@/components/not-found-content';
import { defaultLocale, getDictionary, isLocale } from '@/lib/i18n';

async function currentLocale() {
  const value = await rootLocale();
  return value && isLocale(value) ? value : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: getDictionary(await currentLocale()).notFound.title };
}

export default async function NotFound() {
  return <NotFoundContent locale={await currentLocale()} />;
}
