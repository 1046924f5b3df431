import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { SearchBox } from '@/components/search/search-box';
import { getArticles, getArticlesBySlug, getCategories, getSiteLists } from '@/lib/content';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { articlePath, categoryPath, homePath, searchPath, searchQueryParam } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale);
  return {
    ...pageMetadata({ locale, path: homePath(locale), title: t.site.name, description: t.site.description }),
    title: { absolute: `${t.site.name}: ${t.site.tagline}` },
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale);
  const shortcuts = getArticlesBySlug(locale, getSiteLists(locale).paymentFailed);

  return (
    <div className="mx-auto max-w-6xl px-4">
      <section className="py-10 sm:py-14" aria-labelledby="home-title">
        <h1 id="home-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {t.home.title}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-[var(--muted-fg)]">{t.home.intro}</p>
        <div className="mt-6 max-w-2xl">
          <SearchBox locale={locale} variant="hero" />
        </div>
      </section>

      <section aria-labelledby="payment-failed" className="rounded-xl border border-[var(--border)] bg-[var(--surface)] p-5 sm:p-6">
        <h2 id="payment-failed" className="text-xl font-bold">
          {t.home.paymentFailedTitle}
        </h2>
        <p className="mt-1 text-[var(--muted-fg)]">{t.home.paymentFailedIntro}</p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {shortcuts.map((article) => (
            <li key={article.slug}>
              <Link
                href={articlePath(locale, article.slug)}
                className="block h-full rounded-lg border border-[var(--border)] bg-[var(--page-bg)] p-4 no-underline hover:border-[var(--link)]"
              >
                <span className="block font-semibold text-[var(--link)] underline decoration-1 underline-offset-4">{article.title}</span>
                <span className="mt-1 block text-sm text-[var(--muted-fg)]">{article.summary}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="topics" className="py-12">
        <h2 id="topics" className="text-2xl font-bold">
          {t.home.browseTitle}
        </h2>
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          {getCategories(locale).map((category) => {
            const articles = getArticles(locale, { category: category.slug });
            return (
              <section key={category.slug} aria-labelledby={`category-${category.slug}`} className="rounded-xl border border-[var(--border)] p-5">
                <h3 id={`category-${category.slug}`} className="text-lg font-bold">
                  <Link href={categoryPath(locale, category.slug)}>{category.title}</Link>
                </h3>
                <p className="mt-1 text-sm text-[var(--muted-fg)]">
                  {category.description} <span className="whitespace-nowrap">({t.home.articleCount(articles.length)})</span>
                </p>
                <ul className="mt-3 space-y-1">
                  {articles.map((article) => (
                    <li key={article.slug}>
                      <Link href={articlePath(locale, article.slug)} className="inline-block py-1.5">
                        {article.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: t.site.name,
          url: absoluteUrl(homePath(locale)),
          inLanguage: locale,
          potentialAction: {
            '@type': 'SearchAction',
            target: `${absoluteUrl(searchPath(locale))}?${searchQueryParam}={search_term_string}`,
            'query-input': 'required name=search_term_string',
          },
        }}
      />
    </div>
  );
}
