import { splitHighlights, type HighlightRange } from '@/lib/search/highlight';

/** Text with the words that matched the query in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  return (
    <>
      {splitHighlights(text, ranges).map((part, index) =>
        part.highlighted ? (
          <mark key={index} className="rounded-sm bg-amber-200 text-[var(--page-fg)] dark:bg-amber-400/30">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
