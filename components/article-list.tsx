import { IntentLink as Link } from '@/components/intent-link';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/paths';

/**
 * Articles as a ruled list of links: category pages, not-found, related, contact results. With
 * `summaries={false}` (the home page's shortcuts) only the titles, each with an arrow.
 */
export function ArticleList({
  articles,
  headingLevel = 'h3',
  summaries = true,
}: {
  articles: Article[];
  headingLevel?: 'h2' | 'h3';
  summaries?: boolean;
}) {
  const Heading = headingLevel;
  return (
    <ul className="link-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link href={articlePath(article.locale, article.slug)} className={summaries ? 'link-list-item' : 'link-list-item link-list-compact'}>
            <Heading className="card-title">{article.title}</Heading>
            {summaries ? (
              <p className="card-text">{article.summary}</p>
            ) : (
              <svg aria-hidden="true" viewBox="0 0 20 20" className="card-arrow fill-none stroke-current stroke-2">
                <path d="m8 4 6 6-6 6" />
              </svg>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
