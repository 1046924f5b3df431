import type { Article } from '@/lib/content';
import { articlePageIds } from '@/lib/content/schema';
import { sectionHash } from '@/lib/paths';

/** Links to the article's sections; level-3 headings are nested under their level-2 heading. */
export function TableOfContents({ headings, title }: { headings: Article['headings']; title: string }) {
  if (headings.length < 2) return null;
  return (
    <nav aria-labelledby={articlePageIds.tableOfContents} className="text-sm">
      <h2 id={articlePageIds.tableOfContents} className="font-semibold">
        {title}
      </h2>
      <ol className="mt-2 space-y-1 border-s border-[var(--border)]">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'ps-6' : 'ps-3'}>
            <a href={sectionHash(heading.id)} className="inline-block py-1 no-underline hover:underline">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
