import type { SearchHit } from '@/lib/search/engine';
import { Highlighted } from './highlighted';
import type { SearchText } from './search-text-types';

const styles = {
  dialog: {
    title: 'block font-semibold leading-snug',
    summary: 'mt-1 block line-clamp-2 text-sm text-[var(--muted-fg)]',
  },
  page: {
    title: 'block text-lg leading-snug font-semibold text-[var(--link)] underline decoration-1 underline-offset-4 group-hover:decoration-2',
    summary: 'mt-1 block text-[var(--muted-fg)]',
  },
};

/**
 * One result: the article's title, the section the match is in when it is deep in the article, and
 * the summary, with the query's words marked. `idPrefix` names the parts for aria-labelledby.
 */
export function SearchHitContent({
  hit,
  text: t,
  variant,
  idPrefix,
}: {
  hit: SearchHit;
  text: Pick<SearchText, 'inSection' | 'errorMatch'>;
  variant: 'dialog' | 'page';
  idPrefix?: string;
}) {
  return (
    <>
      <span id={idPrefix && `${idPrefix}-title`} className={styles[variant].title}>
        <Highlighted text={hit.title} ranges={hit.titleRanges} />
      </span>
      {hit.section && (
        <span id={idPrefix && `${idPrefix}-section`} className="mt-0.5 block text-sm font-medium text-[var(--page-fg)]">
          <span className="text-[var(--muted-fg)]">{t.inSection}</span>{' '}
          <Highlighted text={hit.section.heading} ranges={hit.section.headingRanges} />
        </span>
      )}
      <span id={idPrefix && `${idPrefix}-summary`} className={styles[variant].summary}>
        <Highlighted text={hit.summary} ranges={hit.summaryRanges} />
      </span>
      {hit.errorMatch && (
        // A plain label with a tick (globals.css .tag), not a bordered chip: it tells, it is not a control.
        <span className="tag mt-1.5">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current stroke-2">
            <path d="m3 8.5 3 3 7-7" />
          </svg>
          {t.errorMatch}
        </span>
      )}
    </>
  );
}
