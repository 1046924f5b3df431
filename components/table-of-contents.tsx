import type { Article } from '@/lib/content';
import { articlePageIds } from '@/lib/content/schema';
import { sectionHash } from '@/lib/paths';

/**
 * Links to the article's sections; level-3 headings are indented under their level-2 heading.
 * `fold`: in a <details> that starts closed, for phones and tablets, after the answer; `side`: the
 * wide screen's sidebar, always open. Each is hidden where the other shows.
 */
export function TableOfContents({ headings, title, variant }: { headings: Article['headings']; title: string; variant: 'fold' | 'side' }) {
  if (headings.length < 2) return null;
  const titleId = variant === 'side' ? articlePageIds.tableOfContentsSide : articlePageIds.tableOfContentsFold;
  const list = (
    <ol>
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'toc-sub' : undefined}>
          <a href={sectionHash(heading.id)} dir="auto">
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === 'side') {
    return (
      <nav aria-labelledby={titleId} className="toc toc-side">
        <h2 id={titleId} className="toc-title">
          {title}
        </h2>
        {list}
      </nav>
    );
  }
  return (
    <details className="toc toc-fold">
      <summary>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="fill-none stroke-current stroke-2">
          <path d="m6 3 5 5-5 5" />
        </svg>
        <span id={titleId}>{title}</span>
      </summary>
      <nav aria-labelledby={titleId}>{list}</nav>
    </details>
  );
}
