import { useEffect, useRef } from 'react';
import { startSearchSession, type SearchSession } from '@/lib/feedback/search-gaps-client';

/**
 * Reports a search that failed (see lib/feedback/search-gaps-client.ts). Call it with the query the
 * component shows results for and their count (`undefined` while they load); call `opened()` when
 * the reader opens a result. The search counts when the component goes away or the page is left.
 */
export function useSearchGaps(locale: string, query: string, results: number | undefined): { opened: () => void } {
  const session = useRef<SearchSession | undefined>(undefined);
  useEffect(() => {
    const current = startSearchSession(locale);
    session.current = current;
    return () => current.end();
  }, [locale]);
  useEffect(() => {
    session.current?.show(query, results);
  }, [query, results]);
  return { opened: () => session.current?.opened() };
}
