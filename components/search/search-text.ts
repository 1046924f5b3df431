import { getDictionary, type Locale } from '@/lib/i18n';
import type { SearchText } from './search-text-types';
import { messageVerdictText } from '@/components/message-check/message-check-text';
import { sensitiveWarningText } from './sensitive-warning';

export type { SearchText } from './search-text-types';

/** Stands for the query in a template the client fills in (`fillQuery`). */
const queryMark = '{query}';

const cache = new Map<string, SearchText>();

/**
 * The search interface's text in one locale, as plain strings a server component can hand to the
 * client ones: the dictionary's functions become templates (`{query}`) and, for a count, one
 * template per possible count. Client code never imports a dictionary, so a page only ever ships
 * its own language. Cached, so the header's and the hero's boxes pass the same object.
 */
export function searchText(locale: Locale, maxResults: number): SearchText {
  const key = `${locale}:${maxResults}`;
  let text = cache.get(key);
  if (!text) {
    const t = getDictionary(locale).search;
    text = {
      label: t.label,
      placeholder: t.placeholder,
      submit: t.submit,
      dialogTitle: t.dialogTitle,
      close: t.close,
      loading: t.loading,
      loadingProgress: t.loadingProgress('{received}', '{total}'),
      loadError: t.loadError,
      offline: t.offline,
      stalled: t.stalled,
      retry: t.retry,
      resultsLabel: t.resultsLabel,
      resultsFor: Array.from({ length: maxResults + 1 }, (_, count) => t.resultsFor(count, queryMark)),
      inSection: t.inSection,
      errorMatch: t.errorMatch,
      seeAll: t.seeAll(queryMark),
      keysMove: t.keysMove,
      keysOpen: t.keysOpen,
      keysClose: t.keysClose,
      emptyPrompt: t.emptyPrompt,
      noResultsTitle: t.noResultsTitle(queryMark),
      noResultsText: t.noResultsText,
      noAnswerTitle: t.noAnswerTitle(queryMark),
      noAnswerText: t.noAnswerText,
      closestTitle: t.closestTitle,
      didYouMean: t.didYouMean,
      showingResultsFor: t.showingResultsFor(queryMark),
      searchInsteadFor: t.searchInsteadFor(queryMark),
      popularTitle: t.popularTitle,
      contactText: t.contactText,
      contactLink: t.contactLink,
      pageFormLabel: t.pageFormLabel,
      sensitive: sensitiveWarningText(t),
      messageCheck: messageVerdictText(locale),
    };
    cache.set(key, text);
  }
  return text;
}
