import { ArticleList } from '@/components/article-list';
import { SearchBox } from '@/components/search/search-box';
import { getArticlesBySlug, getSiteLists } from '@/lib/content';
import { getDictionary, type Locale } from '@/lib/i18n';
import { homePath } from '@/lib/paths';
import Link from 'next/link';

/** The helpful 404: a search box and the articles most readers are looking for. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t.notFound.title}</h1>
      <p className="mt-3 text-lg text-[var(--muted-fg)]">{t.notFound.text}</p>
      <div className="mt-6">
        <SearchBox locale={locale} variant="hero" />
      </div>
      <h2 className="mt-10 mb-3 text-xl font-bold">{t.notFound.popularTitle}</h2>
      <ArticleList articles={getArticlesBySlug(locale, getSiteLists(locale).popular)} />
      <p className="mt-8">
        <Link href={homePath(locale)}>{t.notFound.homeLink}</Link>
      </p>
    </div>
  );
}
