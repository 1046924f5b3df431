import { IntentLink as Link } from '@/components/intent-link';
import { ArticleList } from '@/components/article-list';
import { getArticlesBySlug, getSiteLists } from '@/lib/content';
import { getDictionary, type Locale } from '@/lib/i18n';
import { homePath } from '@/lib/paths';

/** The helpful 404: what happened, the articles most readers are looking for, and the way home. Search is in the header. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <div className="page-narrow py-8 sm:py-12">
      <h1 className="page-title">{t.notFound.title}</h1>
      <p className="page-lede">{t.notFound.text}</p>
      <h2 className="mt-10 mb-3 text-xl font-bold">{t.notFound.popularTitle}</h2>
      <ArticleList articles={getArticlesBySlug(locale, getSiteLists(locale).popular)} />
      <p className="mt-8">
        <Link href={homePath(locale)} className="button button-quiet">
          {t.notFound.homeLink}
        </Link>
      </p>
    </div>
  );
}
