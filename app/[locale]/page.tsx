import type { Metadata } from 'next';
import { IntentLink as Link } from '@/components/intent-link';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { ArticleList } from '@/components/article-list';
import { getArticle, getArticles, getArticlesBySlug, getCategories, getSiteLists } from '@/lib/content';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { articlePath, categoryPath, checkMessagePath, contactPath, homePath, searchPath, searchQueryParam } from '@/lib/paths';
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

/** A topic's card shows one line of its description: the first sentence (the topic page has the rest). */
function firstSentence(text: string): string {
  const end = text.search(/[.!?؟](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/**
 * A task launcher: a payment that just failed first (the KNET messages, each opening its section of
 * the messages article, then the other ways a payment fails), then an order that did not arrive,
 * then a message that may be a scam (the message check), then the topics, then contact.
 */
export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale);
  const lists = getSiteLists(locale);
  const messagesArticle = lists.messagesArticle ? getArticle(locale, lists.messagesArticle) : undefined;
  const messages = messagesArticle?.headings.filter((heading) => heading.depth === 3) ?? [];
  const orderArticle = lists.orderProblem ? getArticle(locale, lists.orderProblem) : undefined;
  const otherFailures = getArticlesBySlug(
    locale,
    lists.paymentFailed.filter((slug) => slug !== messagesArticle?.slug),
  );

  return (
    <div className="page">
      <section aria-labelledby="payment-failed" className="home-task">
        <h1 id="payment-failed" className="page-title">
          {t.home.paymentFailedTitle}
        </h1>
        <div className="home-task-panel">
          {messagesArticle && messages.length > 0 && (
            <div>
              <h2 id="knet-messages" className="home-task-label">
                {t.home.messagesLabel}
              </h2>
              <ul aria-labelledby="knet-messages" className="chips">
                {messages.map((message) => (
                  <li key={message.id} className="max-w-full">
                    <Link href={articlePath(locale, messagesArticle.slug, message.id)} className="chip">
                      <span dir="auto">{message.text}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {otherFailures.length > 0 && (
            <div className="home-other-failures">
              <h2 id="other-failures" className="home-task-label">
                {t.home.otherFailuresLabel}
              </h2>
              <div className="mt-2">
                <ArticleList articles={otherFailures} headingLevel="h3" summaries={false} />
              </div>
            </div>
          )}
        </div>
      </section>

      {orderArticle && (
        <section aria-labelledby="order-problem" className="home-section">
          <div className="home-contact">
            <div className="max-w-2xl">
              <h2 id="order-problem" className="section-title">
                {t.home.orderTitle}
              </h2>
              <p className="section-intro">{t.home.orderText}</p>
            </div>
            <Link href={articlePath(locale, orderArticle.slug)} className="button shrink-0">
              {t.home.orderLink}
            </Link>
          </div>
        </section>
      )}

      <section aria-labelledby="check-message" className="home-section">
        <div className="home-contact">
          <div className="max-w-2xl">
            <h2 id="check-message" className="section-title">
              {t.home.checkMessageTitle}
            </h2>
            <p className="section-intro">{t.home.checkMessageText}</p>
          </div>
          <Link href={checkMessagePath(locale)} className="button shrink-0">
            {t.home.checkMessageLink}
          </Link>
        </div>
      </section>

      <section aria-labelledby="topics" className="home-section">
        <h2 id="topics" className="section-title">
          {t.home.browseTitle}
        </h2>
        <p className="section-intro">{t.home.browseIntro}</p>
        <ul className="card-grid card-grid-3 mt-5">
          {getCategories(locale).map((category) => (
            <li key={category.slug}>
              <Link href={categoryPath(locale, category.slug)} className="card-link">
                <span className="card-link-body">
                  <span className="card-title">{category.title}</span>
                  <span className="card-text">{firstSentence(category.description)}</span>
                  <span className="card-meta">{t.home.articleCount(getArticles(locale, { category: category.slug }).length)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-contact" className="home-section">
        <div className="home-contact">
          <div className="max-w-2xl">
            <h2 id="home-contact" className="section-title">
              {t.home.contactTitle}
            </h2>
            <p className="section-intro">{t.home.contactText}</p>
          </div>
          <Link href={contactPath(locale)} className="button shrink-0">
            {t.home.contactLink}
          </Link>
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
