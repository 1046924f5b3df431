import Link from 'next/link';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/paths';

/** Articles as a list of links with their summaries: category pages, home, not-found, related. */
export function ArticleList({ articles, headingLevel = 'h3' }: { articles: Article[]; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <ul className="divide-y divide-[var(--border)] border-y border-[var(--border)]">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link
            href={articlePath(article.locale, article.slug)}
            className="group block px-1 py-4 no-underline hover:bg-[var(--surface)]"
          >
            <Heading className="text-lg leading-snug font-semibold text-[var(--link)] underline decoration-1 underline-offset-4 group-hover:decoration-2">
              {article.title}
            </Heading>
            <p className="mt-1 text-[var(--muted-fg)]">{article.summary}</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
