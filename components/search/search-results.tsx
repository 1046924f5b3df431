'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchIndexLocation } from '@/lib/search-index';
import type { ServerAnswer } from '@/lib/search-page';
import { maxQueryLength } from '@/lib/search/normalize';
import { contactPath, searchPath, searchQueryParam } from '@/lib/paths';
import { stripSecrets, type SecretKind } from '@/lib/secrets';
import { useSearchGaps } from '@/components/feedback/use-search-gaps';
import { IntentLink } from '@/components/intent-link';
import { useSearchAnswer, useSearchClient } from './use-search';
import { SearchHitContent } from './search-hit';
import { SearchMessageVerdict } from './search-message-verdict';
import { SensitiveWarning } from './sensitive-warning';
import { SearchLoading } from './search-loading';
import { failureText, fillQuery, loadingText, pageResultLimit, resultsFor, type SearchText } from './search-text-types';

export type { ServerAnswer } from '@/lib/search-page';

export interface PopularArticle {
  href: string;
  title: string;
  summary: string;
}

const inputId = 'search-page-q';

function ResultsForm({
  locale,
  text: t,
  query,
  onSubmit,
  onFocus,
  warningId,
}: {
  locale: Locale;
  text: SearchText;
  query: string;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** The reader is about to search again: the browser's search can start loading. */
  onFocus?: () => void;
  warningId?: string;
}) {
  return (
    <form role="search" aria-label={t.pageFormLabel} action={searchPath(locale)} method="get" onSubmit={onSubmit} onFocus={onFocus} className="mt-6">
      <label htmlFor={inputId} className="sr-only">
        {t.label}
      </label>
      <div className="flex gap-2">
        <input
          // A new query from the URL (back button, shared link) replaces what is in the box.
          key={query}
          id={inputId}
          name={searchQueryParam}
          type="search"
          defaultValue={query}
          placeholder={t.placeholder}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={maxQueryLength}
          aria-describedby={warningId}
          className="min-h-12 w-full min-w-0 flex-1 rounded-lg border border-[var(--border)] bg-[var(--page-bg)] px-3 text-lg text-[var(--page-fg)] placeholder:text-[var(--muted-fg)] focus-visible:border-[var(--focus)]"
        />
        <button
          type="submit"
          className="inline-flex min-h-12 shrink-0 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-[#0b1120] dark:hover:bg-brand-200"
        >
          {t.submit}
        </button>
      </div>
    </form>
  );
}

function PopularList({ text: t, articles }: { text: SearchText; articles: readonly PopularArticle[] }) {
  return (
    <>
      <h2 className="mt-8 mb-3 text-xl font-bold">{t.popularTitle}</h2>
      <ul className="divide-y divide-[var(--border)] border-y border-[var(--border)]">
        {articles.map((article) => (
          <li key={article.href}>
            <IntentLink href={article.href} className="group block px-1 py-4 no-underline hover:bg-[var(--surface)]">
              <span className="block text-lg leading-snug font-semibold text-[var(--link)] underline decoration-1 underline-offset-4 group-hover:decoration-2">
                {article.title}
              </span>
              <span className="mt-1 block text-[var(--muted-fg)]">{article.summary}</span>
            </IntentLink>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the prerendered page shows before the query is read (and all it shows without JavaScript). */
export function SearchResultsFallback({
  locale,
  text,
  popular,
  noScript,
}: {
  locale: Locale;
  text: SearchText;
  popular: readonly PopularArticle[];
  /** What a reader without JavaScript is offered instead of results, rendered on the server. */
  noScript: ReactNode;
}) {
  return (
    <>
      <ResultsForm locale={locale} text={text} query="" />
      <noscript>{noScript}</noscript>
      <PopularList text={text} articles={popular} />
    </>
  );
}

/**
 * The results for `?q=`: read on the client so the page itself stays static. The query lives only
 * in the URL (shareable, reloadable, back button). Card numbers, codes and personal numbers in it
 * (`stripSecrets`) are never searched: the rest is, they are removed from the address bar and the
 * history entry, and a notice says so. (A link holding one is stripped by the proxy already, which
 * sends the reader to `secretRemovedPath`, whose notice is prerendered.)
 */
export function SearchResults({
  locale,
  text: t,
  index,
  popular,
  answered: fromServer,
}: {
  locale: Locale;
  text: SearchText;
  index: SearchIndexLocation;
  popular: readonly PopularArticle[];
  /** The query's answer found on the server (a search sent without JavaScript): shown until the browser's own search answers. */
  answered?: ServerAnswer;
}) {
  const urlQuery = (useSearchParams().get(searchQueryParam) ?? '').slice(0, maxQueryLength);
  const fromUrl = useMemo(() => stripSecrets(urlQuery), [urlQuery]);
  const query = fromUrl.text.trim();

  // The exact words asked for ("search instead for …") are the browser's to answer.
  const [exactFor, setExactFor] = useState<string | undefined>();
  // While the server's answer is the page's, the browser's search (its worker and index) waits until
  // the reader turns to the box or asks for something else: it would only answer the same again, and
  // a reader who only reads the answer need not download it.
  const [turnedToBox, setTurnedToBox] = useState(false);
  const serverAnswersQuery = fromServer !== undefined && fromServer.query === query && exactFor !== query;
  const { client, failure, progress, retry: retryEngine } = useSearchClient(locale, index, !serverAnswersQuery || turnedToBox);
  const [removed, setRemoved] = useState<readonly SecretKind[]>([]);

  useEffect(() => {
    if (fromUrl.kinds.length === 0) return;
    setRemoved(fromUrl.kinds);
    window.history.replaceState(null, '', searchPath(locale, fromUrl.text.trim()));
  }, [fromUrl, locale]);

  const browserResults = useSearchAnswer(client, query, pageResultLimit, exactFor === query);
  const browserAnswered = Boolean(client && browserResults.current);
  // The server's answer stands for the browser's until that arrives, for the query it answered.
  const serverResults = !browserAnswered && serverAnswersQuery ? fromServer?.answer : undefined;
  const results = serverResults ?? browserResults;
  const answered = browserAnswered || serverResults !== undefined;
  const why = serverResults ? undefined : (failure ?? browserResults.failure);
  const failed = why !== undefined;
  const retry = () => (failure ? retryEngine() : browserResults.retry());
  const hits = answered ? results.hits : [];
  // Articles found, none of which search is sure answers the query: shown as the closest, after a plain "no article answers this".
  const noAnswer = answered && hits.length > 0 && !results.confident;
  const suggestions = answered && hits.length === 0 ? results.suggestions : [];
  // A new query is a new history entry of the same page, not a navigation: Next.js follows
  // history.pushState, so the results change without a request, offline too.
  const showQuery = (value: string) => window.history.pushState(null, '', searchPath(locale, value));
  // A search with only the closest articles failed, as one with none did: the editors' report counts it.
  const searchGaps = useSearchGaps(locale, query, answered && query ? (noAnswer ? 0 : hits.length) : undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { text, kinds } = stripSecrets(String(new FormData(event.currentTarget).get(searchQueryParam) ?? ''));
    setRemoved(kinds);
    // The box shows what is searched: the secret leaves it too.
    const input = event.currentTarget.elements.namedItem(searchQueryParam);
    if (kinds.length > 0 && input instanceof HTMLInputElement) input.value = text;
    if (text.trim()) showQuery(text.trim());
  };

  const shownWarning = removed.length > 0 ? removed : fromUrl.kinds;
  let status = '';
  if (why) status = failureText(t, why);
  else if (query && !answered) status = loadingText(t, progress);
  else if (query) status = noAnswer ? fillQuery(t.noAnswerTitle, query) : resultsFor(t, hits.length, query);

  return (
    <>
      <ResultsForm locale={locale} text={t} query={query} onSubmit={onSubmit} onFocus={() => setTurnedToBox(true)} warningId={shownWarning.length > 0 ? 'search-page-warning' : undefined} />
      {shownWarning.length > 0 && (
        <div className="mt-4">
          <SensitiveWarning text={t.sensitive} kinds={shownWarning} id="search-page-warning" />
        </div>
      )}
      <SearchMessageVerdict locale={locale} text={t} query={query} headingLevel="h2" className="mt-6" checked={fromServer?.message} />
      {/* With no results the heading below says the same, so the status is only for screen readers. */}
      <p role="status" className={answered && query && (hits.length === 0 || noAnswer) ? 'sr-only' : 'mt-6 font-medium text-[var(--muted-fg)]'}>
        {status}
      </p>
      {failed && (
        <button
          type="button"
          onClick={retry}
          className="mt-2 min-h-11 font-semibold text-[var(--link)] underline underline-offset-4"
        >
          {t.retry}
        </button>
      )}
      {!query && shownWarning.length === 0 && <p className="mt-2">{t.emptyPrompt}</p>}

      {results.corrected && hits.length > 0 && (
        <p className="mt-2">
          {fillQuery(t.showingResultsFor, results.corrected)}{' '}
          <button type="button" onClick={() => setExactFor(query)} className="min-h-11 font-semibold text-[var(--link)] underline underline-offset-4">
            {fillQuery(t.searchInsteadFor, query)}
          </button>
        </p>
      )}
      {noAnswer && (
        <div className="mt-6">
          <h2 className="text-xl font-bold">{fillQuery(t.noAnswerTitle, query)}</h2>
          <p className="mt-2">{t.noAnswerText}</p>
          <p className="mt-3">
            {t.contactText} <IntentLink href={contactPath(locale)}>{t.contactLink}</IntentLink>
          </p>
          <h2 className="mt-8 text-xl font-bold">{t.closestTitle}</h2>
        </div>
      )}
      {hits.length > 0 && (
        <ol aria-label={noAnswer ? t.closestTitle : t.resultsLabel} className="mt-4 divide-y divide-[var(--border)] border-y border-[var(--border)]">
          {hits.map((hit) => (
            <li key={hit.slug}>
              {hit.section ? (
                // A plain link, so the section becomes the page's :target and shows highlighted on arrival.
                <a href={hit.href} onClick={searchGaps.opened} className="group block px-1 py-4 no-underline hover:bg-[var(--surface)]">
                  <SearchHitContent hit={hit} text={t} variant="page" />
                </a>
              ) : (
                <IntentLink href={hit.href} onClick={searchGaps.opened} className="group block px-1 py-4 no-underline hover:bg-[var(--surface)]">
                  <SearchHitContent hit={hit} text={t} variant="page" />
                </IntentLink>
              )}
            </li>
          ))}
        </ol>
      )}

      {answered && query && hits.length === 0 && (
        <div className="mt-6">
          <h2 className="text-xl font-bold">{fillQuery(t.noResultsTitle, query)}</h2>
          <p className="mt-2">{t.noResultsText}</p>
          {suggestions.length > 0 && (
            <p className="mt-3 flex flex-wrap items-center gap-x-3">
              <span>{t.didYouMean}</span>
              {suggestions.map((suggestion) => (
                <a
                  key={suggestion}
                  href={searchPath(locale, suggestion)}
                  onClick={(event) => {
                    event.preventDefault();
                    showQuery(suggestion);
                  }}
                  className="inline-flex min-h-11 items-center font-semibold"
                >
                  {suggestion}
                </a>
              ))}
            </p>
          )}
          <p className="mt-3">
            {t.contactText} <IntentLink href={contactPath(locale)}>{t.contactLink}</IntentLink>
          </p>
        </div>
      )}

      {/* Kept while results load too, so they replace it in one step instead of the page collapsing first. */}
      {(!query || !answered || hits.length === 0) && <PopularList text={t} articles={popular} />}
    </>
  );
}
