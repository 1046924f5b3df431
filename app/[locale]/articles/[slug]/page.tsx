import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { TableOfContents } from '@/components/table-of-contents';
import { articlePageIds, getArticle, getArticles, getArticlesBySlug, getCategory } from '@/lib/content';
import { formatDate, getDictionary, isLocale, locales } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { articlePath, categoryPath, contactPath, homePath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getArticles(locale).map((article) => ({ locale, slug: article.slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = isLocale(locale) ? getArticle(locale, slug) : undefined;
  if (!isLocale(locale) || !article) return {};
  return pageMetadata({
    locale,
    path: articlePath(locale, slug),
    title: article.title,
    description: article.summary,
    type: 'article',
    modifiedTime: article.updated,
  });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  const article = isLocale(locale) ? getArticle(locale, slug) : undefined;
  if (!isLocale(locale) || !article) notFound();
  const t = getDictionary(locale);
  const category = getCategory(locale, article.category);
  const related = getArticlesBySlug(locale, article.related);
  const path = articlePath(locale, slug);
  const updated = formatDate(article.updated, locale);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        label={t.nav.breadcrumbLabel}
        items={[
          { name: t.nav.home, href: homePath(locale) },
          ...(category ? [{ name: category.title, href: categoryPath(locale, category.slug) }] : []),
          { name: article.title, href: path },
        ]}
      />
      <article className="lg:grid lg:grid-cols-[minmax(0,48rem)_16rem] lg:justify-between lg:gap-x-12">
        <header className="lg:col-start-1 lg:row-start-1">
            <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{article.title}</h1>
            <p className="mt-3 text-lg text-[var(--muted-fg)]">{article.summary}</p>
            <p className="mt-3 flex flex-wrap gap-x-3 text-sm text-[var(--muted-fg)]">
              <span>
                {t.article.updated}: <time dateTime={article.updated.toISOString().slice(0, 10)}>{updated}</time>
              </span>
              <span aria-hidden="true">·</span>
              <span>{t.article.readingTime(article.readingMinutes)}</span>
            </p>
        </header>

        {article.headings.length > 1 && (
          <div className="no-print mt-6 rounded-lg border border-[var(--border)] p-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0 lg:border-0 lg:p-0">
            <div className="lg:sticky lg:top-24">
              <TableOfContents headings={article.headings} title={t.article.tocTitle} />
            </div>
          </div>
        )}

        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          <div className="article-body mt-8" dangerouslySetInnerHTML={{ __html: article.html }} />

          {article.sources.length > 0 && (
            <section aria-labelledby={articlePageIds.sources} className="mt-12 border-t border-[var(--border)] pt-6">
              <h2 id={articlePageIds.sources} className="text-lg font-bold">
                {t.article.sourcesTitle}
              </h2>
              <p className="mt-1 text-sm text-[var(--muted-fg)]">
                {t.article.sourcesIntro} ({t.article.updated}: {updated})
              </p>
              <ul className="mt-3 list-disc space-y-1 ps-6 text-sm">
                {article.sources.map((source) => (
                  <li key={`${source.url}${source.title}`}>
                    <a href={source.url} rel="noopener noreferrer external" target="_blank">
                      {source.title}
                      <span className="sr-only"> {t.article.opensInNewTab}</span>
                    </a>
                    {source.publisher && <span className="text-[var(--muted-fg)]"> — {source.publisher}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <aside aria-labelledby={articlePageIds.stillNeedHelp} className="no-print mt-10 rounded-xl bg-[var(--surface)] p-5 border border-[var(--border)]">
            <h2 id={articlePageIds.stillNeedHelp} className="text-lg font-bold">
              {t.article.stillNeedHelpTitle}
            </h2>
            <p className="mt-1 text-[var(--muted-fg)]">{t.article.stillNeedHelpText}</p>
            <Link
              href={contactPath(locale)}
              className="mt-3 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white no-underline hover:bg-brand-800 dark:bg-brand-300 dark:text-[#0b1120] dark:hover:bg-brand-200"
            >
              {t.article.stillNeedHelpLink}
            </Link>
          </aside>

          {related.length > 0 && (
            <section aria-labelledby={articlePageIds.related} className="no-print mt-10">
              <h2 id={articlePageIds.related} className="mb-3 text-lg font-bold">
                {t.article.relatedTitle}
              </h2>
              <ArticleList articles={related} />
            </section>
          )}
        </div>
      </article>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: article.title,
          description: article.summary,
          dateModified: article.updated.toISOString().slice(0, 10),
          inLanguage: locale,
          mainEntityOfPage: absoluteUrl(path),
          isPartOf: { '@type': 'WebSite', name: t.site.name, url: absoluteUrl(homePath(locale)) },
          ...(article.sources.length > 0 ? { citation: article.sources.map((source) => source.url) } : {}),
        }}
      />
    </div>
  );
}
