'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { getDictionary, type Locale } from '@/lib/i18n';
import { maxQueryLength } from '@/lib/search/normalize';
import { detectSensitive, type SensitiveKind } from '@/lib/search/sensitive';
import { useSearchGaps } from '@/components/feedback/use-search-gaps';
import { useSearchEngine, useSearchHits } from './use-search';
import { SearchHitContent } from './search-hit';
import { SensitiveWarning, sensitiveWarningText } from './sensitive-warning';

export interface PopularArticle {
  href: string;
  title: string;
  summary: string;
}

const inputId = 'search-page-q';

function ResultsForm({
  locale,
  query,
  onSubmit,
  warningId,
}: {
  locale: Locale;
  query: string;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  warningId?: string;
}) {
  const t = getDictionary(locale).search;
  return (
    <form role="search" aria-label={t.pageFormLabel} action={`/${locale}/search`} method="get" onSubmit={onSubmit} className="mt-6">
      <label htmlFor={inputId} className="sr-only">
        {t.label}
      </label>
      <div className="flex gap-2">
        <input
          // A new query from the URL (back button, shared link) replaces what is in the box.
          key={query}
          id={inputId}
          name="q"
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

function PopularList({ locale, articles }: { locale: Locale; articles: readonly PopularArticle[] }) {
  const t = getDictionary(locale).search;
  return (
    <>
      <h2 className="mt-8 mb-3 text-xl font-bold">{t.popularTitle}</h2>
      <ul className="divide-y divide-[var(--border)] border-y border-[var(--border)]">
        {articles.map((article) => (
          <li key={article.href}>
            <Link href={article.href} className="group block px-1 py-4 no-underline hover:bg-[var(--surface)]">
              <span className="block text-lg leading-snug font-semibold text-[var(--link)] underline decoration-1 underline-offset-4 group-hover:decoration-2">
                {article.title}
              </span>
              <span className="mt-1 block text-[var(--muted-fg)]">{article.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the prerendered page shows before the query is read (and all it shows without JavaScript). */
export function SearchResultsFallback({ locale, popular }: { locale: Locale; popular: readonly PopularArticle[] }) {
  const t = getDictionary(locale).search;
  return (
    <>
      <ResultsForm locale={locale} query="" />
      <noscript>
        <p className="mt-6">{t.noScript}</p>
      </noscript>
      <PopularList locale={locale} articles={popular} />
    </>
  );
}

/**
 * The results for `?q=`: read on the client so the page itself stays static. The query lives only
 * in the URL (shareable, reloadable, back button), except one that looks like a card number, CVV or
 * OTP: that is never searched, and is removed from the address bar and the history entry.
 */
export function SearchResults({ locale, popular }: { locale: Locale; popular: readonly PopularArticle[] }) {
  const t = getDictionary(locale).search;
  const router = useRouter();
  const pathname = usePathname();
  const urlQuery = (useSearchParams().get('q') ?? '').slice(0, maxQueryLength);
  const urlSensitive = detectSensitive(urlQuery);
  const query = urlSensitive ? '' : urlQuery.trim();

  const { engine, failed: engineFailed, retry: retryEngine } = useSearchEngine(locale);
  const [warning, setWarning] = useState<SensitiveKind | undefined>();

  useEffect(() => {
    if (!urlSensitive) return;
    setWarning(urlSensitive);
    window.history.replaceState(null, '', pathname);
  }, [urlSensitive, pathname]);

  const results = useSearchHits(engine, query, 50);
  const answered = Boolean(engine && results.current);
  const failed = engineFailed || results.failed;
  const retry = () => (engineFailed ? retryEngine() : results.retry());
  const hits = answered ? results.hits : [];
  const suggestions = useMemo(() => (engine && query && answered && hits.length === 0 ? engine.suggest(query) : []), [engine, query, answered, hits]);
  const searchHref = (value: string) => `${pathname}?q=${encodeURIComponent(value)}`;
  const searchGaps = useSearchGaps(locale, query, answered && query ? hits.length : undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    const kind = detectSensitive(value);
    setWarning(kind);
    if (kind) return;
    router.push(value ? searchHref(value) : pathname);
  };

  const shownWarning = warning ?? urlSensitive;
  let status = '';
  if (failed) status = t.loadError;
  else if (query && !answered) status = t.loading;
  else if (query) status = t.resultsFor(hits.length, query);

  return (
    <>
      <ResultsForm locale={locale} query={query} onSubmit={onSubmit} warningId={shownWarning ? 'search-page-warning' : undefined} />
      {shownWarning && (
        <div className="mt-4">
          <SensitiveWarning text={sensitiveWarningText(t)} kind={shownWarning} id="search-page-warning" />
        </div>
      )}
      {/* With no results the heading below says the same, so the status is only for screen readers. */}
      <p role="status" className={answered && query && hits.length === 0 ? 'sr-only' : 'mt-6 font-medium text-[var(--muted-fg)]'}>
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
      {!query && !shownWarning && <p className="mt-2">{t.emptyPrompt}</p>}

      {hits.length > 0 && (
        <ol aria-label={t.resultsLabel} className="mt-4 divide-y divide-[var(--border)] border-y border-[var(--border)]">
          {hits.map((hit) => (
            <li key={hit.slug}>
              <Link href={hit.href} onClick={searchGaps.opened} className="group block px-1 py-4 no-underline hover:bg-[var(--surface)]">
                <SearchHitContent hit={hit} locale={locale} variant="page" />
              </Link>
            </li>
          ))}
        </ol>
      )}

      {answered && query && hits.length === 0 && (
        <div className="mt-6">
          <h2 className="text-xl font-bold">{t.noResultsTitle(query)}</h2>
          <p className="mt-2">{t.noResultsText}</p>
          {suggestions.length > 0 && (
            <p className="mt-3 flex flex-wrap items-center gap-x-3">
              <span>{t.didYouMean}</span>
              {suggestions.map((suggestion) => (
                <Link key={suggestion} href={searchHref(suggestion)} prefetch={false} className="inline-flex min-h-11 items-center font-semibold">
                  {suggestion}
                </Link>
              ))}
            </p>
          )}
          <p className="mt-3">
            {t.contactText} <Link href={`/${locale}/contact`}>{t.contactLink}</Link>
          </p>
        </div>
      )}

      {/* Kept while results load too, so they replace it in one step instead of the page collapsing first. */}
      {(!query || !answered || hits.length === 0) && <PopularList locale={locale} articles={popular} />}
    </>
  );
}
