import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { SearchNoScript, SecretRemovedNotice } from '@/components/search/search-page-notices';
import { SearchResults, SearchResultsFallback, type PopularArticle } from '@/components/search/search-results';
import { searchText } from '@/components/search/search-text';
import { pageResultLimit } from '@/components/search/search-text-types';
import { getArticlesBySlug, getSiteLists } from '@/lib/content';
import { getDictionary, isLocale } from '@/lib/i18n';
import { searchIndexLocation } from '@/lib/search-index';
import { pageMetadata } from '@/lib/metadata';
import { articlePath, searchPath } from '@/lib/paths';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale).search;
  return {
    ...pageMetadata({ locale, path: searchPath(locale), title: t.pageTitle, description: t.pageDescription }),
    // Result pages are for readers, not for search engines.
    robots: { index: false, follow: true },
  };
}

/**
 * The full results page. It is prerendered once per locale; the query is read from `?q=` in the
 * browser, so the URL can be shared, reloaded and gone back to.
 */
export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale).search;
  const text = searchText(locale, pageResultLimit);
  const popular: PopularArticle[] = getArticlesBySlug(locale, getSiteLists(locale).popular).map((article) => ({
    href: articlePath(locale, article.slug),
    title: article.title,
    summary: article.summary,
  }));

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t.label}</h1>
      <SecretRemovedNotice locale={locale} />
      <Suspense fallback={<SearchResultsFallback locale={locale} text={text} popular={popular} noScript={<SearchNoScript locale={locale} />} />}>
        <SearchResults locale={locale} text={text} index={searchIndexLocation(locale)} popular={popular} />
      </Suspense>
    </div>
  );
}
