import { Suspense } from 'react';
import { getArticlesBySlug, getSiteLists } from '@/lib/content';
import { getDictionary, type Locale } from '@/lib/i18n';
import { articlePath } from '@/lib/paths';
import { searchIndexLocation } from '@/lib/search-index';
import { SearchNoScript, SecretRemovedNotice } from './search-page-notices';
import { SearchResults, SearchResultsFallback, type PopularArticle, type ServerAnswer } from './search-results';
import { searchText } from './search-text';
import { pageResultLimit } from './search-text-types';

/**
 * The results page. Without `answered` it is the prerendered page: the query is read from `?q=` in
 * the browser. With it, the page a search with a query gets (rendered on the server per request,
 * `app/[locale]/search/answered`): the results are in the HTML, so a reader without JavaScript gets
 * them too, and with JavaScript the browser's search takes over from them.
 */
export function SearchPage({ locale, answered }: { locale: Locale; answered?: ServerAnswer }) {
  const t = getDictionary(locale).search;
  const text = searchText(locale, pageResultLimit);
  const popular: PopularArticle[] = getArticlesBySlug(locale, getSiteLists(locale).popular).map((article) => ({
    href: articlePath(locale, article.slug),
    title: article.title,
    summary: article.summary,
  }));
  const index = searchIndexLocation(locale);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t.label}</h1>
      <SecretRemovedNotice locale={locale} />
      {answered ? (
        <SearchResults locale={locale} text={text} index={index} popular={popular} answered={answered} />
      ) : (
        <Suspense fallback={<SearchResultsFallback locale={locale} text={text} popular={popular} noScript={<SearchNoScript locale={locale} />} />}>
          <SearchResults locale={locale} text={text} index={index} popular={popular} />
        </Suspense>
      )}
    </div>
  );
}
