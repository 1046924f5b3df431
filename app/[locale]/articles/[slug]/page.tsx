import type { Metadata } from 'next';
import { IntentLink as Link } from '@/components/intent-link';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { ArticleFeedback } from '@/components/feedback/article-feedback';
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
    <div className="page py-6 sm:py-8">
      <Breadcrumbs
        label={t.nav.breadcrumbLabel}
        items={[
          { name: t.nav.home, href: homePath(locale) },
          ...(category ? [{ name: category.title, href: categoryPath(locale, category.slug) }] : []),
          { name: article.title, href: path },
        ]}
      />
      <div className="article-layout">
        <article className="article-main">
          <header>
            <h1 className="page-title">{article.title}</h1>
            {/* The summary is the short answer: on a phone it comes before the (folded) contents. */}
            <p className="page-lede">{article.summary}</p>
            <p className="article-meta">
              <span>
                {t.article.updated} <time dateTime={article.updated.toISOString().slice(0, 10)}>{updated}</time>
              </span>
              <span aria-hidden="true">·</span>
              <span>{t.article.readingTime(article.readingMinutes)}</span>
            </p>
          </header>

          <div className="no-print">
            <TableOfContents headings={article.headings} title={t.article.tocTitle} variant="fold" />
          </div>

          <div className="article-body" dangerouslySetInnerHTML={{ __html: article.html }} />

          {article.sources.length > 0 && (
            <section aria-labelledby={articlePageIds.sources} className="article-sources mt-12 border-t border-[var(--border)] pt-6">
              <h2 id={articlePageIds.sources} className="text-lg font-bold">
                {t.article.sourcesTitle}
              </h2>
              <p className="mt-1 text-sm text-[var(--muted-fg)]">
                {t.article.sourcesIntro} ({t.article.updated} {updated})
              </p>
              <ul className="mt-3 list-disc space-y-1 ps-6 text-sm">
                {article.sources.map((source) => (
                  <li key={`${source.url ?? ''}${source.title}`}>
                    {source.url ? (
                      <a href={source.url} rel="noopener noreferrer external" target="_blank">
                        {source.title}
                        <span className="sr-only"> {t.article.opensInNewTab}</span>
                      </a>
                    ) : (
                      source.title
                    )}
                    {source.publisher && <span className="text-[var(--muted-fg)]"> — {source.publisher}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ArticleFeedback locale={locale} slug={slug} />
        </article>

        {article.headings.length > 1 && (
          <div className="article-aside no-print">
            <TableOfContents headings={article.headings} title={t.article.tocTitle} variant="side" />
          </div>
        )}

        <div className="article-main article-end no-print">
          <aside aria-labelledby={articlePageIds.stillNeedHelp} className="help-box">
            <h2 id={articlePageIds.stillNeedHelp} className="text-lg font-bold">
              {t.article.stillNeedHelpTitle}
            </h2>
            <p className="mt-1 text-[var(--muted-fg)]">{t.article.stillNeedHelpText}</p>
            <Link href={contactPath(locale)} className="button mt-4">
              {t.article.stillNeedHelpLink}
            </Link>
          </aside>

          {related.length > 0 && (
            <section aria-labelledby={articlePageIds.related}>
              <h2 id={articlePageIds.related} className="mb-3 text-lg font-bold">
                {t.article.relatedTitle}
              </h2>
              <ArticleList articles={related} />
            </section>
          )}
        </div>
      </div>
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
          ...(article.sources.length > 0 ? { citation: article.sources.map((source) => source.url ?? source.title) } : {}),
        }}
      />
    </div>
  );
}
