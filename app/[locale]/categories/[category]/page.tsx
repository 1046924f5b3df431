import type { Metadata } from 'next';
import { IntentLink as Link } from '@/components/intent-link';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getArticles, getCategories, getCategory } from '@/lib/content';
import { getDictionary, isLocale, locales } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { categoryPath, homePath } from '@/lib/paths';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getCategories(locale).map((category) => ({ locale, category: category.slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/categories/[category]'>): Promise<Metadata> {
  const { locale, category: slug } = await params;
  const category = isLocale(locale) ? getCategory(locale, slug) : undefined;
  if (!isLocale(locale) || !category) return {};
  return pageMetadata({ locale, path: categoryPath(locale, slug), title: category.title, description: category.description });
}

export default async function CategoryPage({ params }: PageProps<'/[locale]/categories/[category]'>) {
  const { locale, category: slug } = await params;
  const category = isLocale(locale) ? getCategory(locale, slug) : undefined;
  if (!isLocale(locale) || !category) notFound();
  const t = getDictionary(locale);
  const others = getCategories(locale).filter((other) => other.slug !== slug);

  return (
    <div className="page-narrow py-6 sm:py-8">
      <Breadcrumbs
        label={t.nav.breadcrumbLabel}
        items={[
          { name: t.nav.home, href: homePath(locale) },
          { name: category.title, href: categoryPath(locale, slug) },
        ]}
      />
      <h1 className="page-title">{category.title}</h1>
      <p className="page-lede">{category.description}</p>
      <h2 className="sr-only">{t.category.articlesTitle}</h2>
      <div className="mt-8">
        <ArticleList articles={getArticles(locale, { category: slug })} />
      </div>
      <nav aria-labelledby="other-categories" className="no-print mt-12">
        <h2 id="other-categories" className="text-lg font-bold">
          {t.category.otherCategories}
        </h2>
        <ul className="chips">
          {others.map((other) => (
            <li key={other.slug}>
              <Link
                href={categoryPath(locale, other.slug)}
                className="chip"
              >
                {other.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
