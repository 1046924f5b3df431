import type { SearchLoadProgress } from './search-protocol';
import { loadingText, type SearchText } from './search-text-types';

/**
 * What is loading and how far it has come, seen: a bar of the index's bytes received of its total.
 * Hidden from screen readers, which hear the same through the search's polite status line.
 */
export function SearchLoading({ text, progress, className }: { text: SearchText; progress: SearchLoadProgress | undefined; className?: string }) {
  return (
    <div aria-hidden="true" className={className}>
      <p className="text-[var(--muted-fg)]">{loadingText(text, progress)}</p>
      {progress && progress.total > 0 && (
        <progress max={progress.total} value={Math.min(progress.received, progress.total)} className="mt-2 block h-2 w-full max-w-xs accent-brand-700" />
      )}
    </div>
  );
}
