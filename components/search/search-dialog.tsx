'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchIndexLocation } from '@/lib/search-index';
import type { SearchHit } from '@/lib/search/engine';
import { maxQueryLength } from '@/lib/search/normalize';
import { contactPath, searchPath, secretRemovedPath } from '@/lib/paths';
import { looksLikeMessage } from '@/lib/message-check/pasted';
import { stripSecrets } from '@/lib/secrets';
import { useSearchGaps } from '@/components/feedback/use-search-gaps';
import { useSearchAnswer, useSearchClient } from './use-search';
import { SearchHitContent } from './search-hit';
import { SearchMessageVerdict } from './search-message-verdict';
import { SensitiveWarning } from './sensitive-warning';
import { SearchLoading } from './search-loading';
import { dialogResultLimit, failureText, fillQuery, loadingText, resultsFor, type SearchText } from './search-text-types';

export interface SearchDialogProps {
  locale: Locale;
  /** The dialog's text in the page's language (`searchText(locale, dialogResultLimit)`). */
  text: SearchText;
  /** Where the locale's index is (`searchIndexLocation`). */
  index: SearchIndexLocation;
  initialQuery: string;
  /**
   * The box the reader was typing in, read again as the dialog takes the focus: keys pressed while
   * the dialog rendered landed there, and would be lost if only `initialQuery` were kept.
   */
  handOver?: () => HTMLInputElement | null;
  /** Called once the dialog has closed, with the query without its secrets; `navigated` when the reader opened a result or page. */
  onClose: (query: string, navigated: boolean) => void;
}

/**
 * The search dialog: a modal <dialog> (the page behind it is inert) holding a combobox that follows
 * the WAI-ARIA pattern. Focus stays in the input; arrow keys move `aria-activedescendant` through the
 * results, Enter opens the active result (or the full results page), Escape closes.
 */
export function SearchDialog({ locale, text: t, index, initialQuery, handOver, onClose }: SearchDialogProps) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const titleId = `${ids}-title`;
  const inputId = `${ids}-input`;
  const listId = `${ids}-list`;
  const warningId = `${ids}-warning`;
  const optionId = (index: number) => `${ids}-option-${index}`;

  const [query, setQuery] = useState(initialQuery);
  const { client: engine, failure, progress, retry: retryEngine } = useSearchClient(locale, index);
  const [active, setActive] = useState(-1);
  const closed = useRef(false);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const input = inputRef.current;
    if (!dialog || !input) return;
    // The box's text and caret move over in the same task as the focus, so no key falls between them.
    const box = handOver?.();
    if (box && box.value !== input.value) {
      input.value = box.value;
      setQuery(box.value);
    }
    const end = input.value.length;
    const start = box && box.value === input.value ? (box.selectionStart ?? end) : end;
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.setSelectionRange(start, box && box.value === input.value ? (box.selectionEnd ?? end) : end);
    // The page behind a full-screen dialog must not scroll under a finger.
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      root.style.overflow = overflow;
    };
  }, []);

  const close = useCallback(
    (navigated = false) => {
      if (closed.current) return;
      closed.current = true;
      dialogRef.current?.close();
      onClose(stripSecrets(inputRef.current?.value ?? '').text, navigated);
    },
    [onClose],
  );

  // What is searched, shown in links and counted: the query without its card numbers, codes and
  // personal numbers, which never leave this input. The notice says what was removed.
  const { text: cleanQuery, kinds: removed } = useMemo(() => stripSecrets(query), [query]);
  const onlySecret = removed.length > 0 && !cleanQuery.trim();
  // A pasted message is checked here and never put in an address: the results page's would carry it to the server.
  const pasted = useMemo(() => looksLikeMessage(query), [query]);
  const deferredQuery = useDeferredValue(cleanQuery);
  const searchedQuery = deferredQuery.trim();
  // The query the reader asked to search as typed ("search instead for …").
  const [exactFor, setExactFor] = useState<string | undefined>();
  const results = useSearchAnswer(engine, searchedQuery, dialogResultLimit, exactFor === searchedQuery);
  const hits = results.hits;
  // Articles found, none of which search is sure answers the query: listed as the closest, under a plain "no article answers this".
  const noAnswer = Boolean(engine && searchedQuery && results.current && hits.length > 0 && !results.confident);
  const why = failure ?? results.failure;
  const failed = why !== undefined;
  const failedText = why ? failureText(t, why) : '';
  const retry = () => (failure ? retryEngine() : results.retry());
  const noResults = Boolean(engine && searchedQuery && results.current && hits.length === 0);
  const suggestions = noResults ? results.suggestions : [];
  const options: SearchHit[] = onlySecret ? [] : hits.length > 0 ? hits : engine && (noResults || !searchedQuery) ? engine.popular : [];
  const showingPopular = options.length > 0 && hits.length === 0;
  // With something removed, a real navigation, so the results page's notice is the page's :target.
  const resultsHref = removed.length > 0 ? secretRemovedPath(locale, cleanQuery.trim()) : searchPath(locale, cleanQuery.trim());
  // A search with only the closest articles failed, as one with none did: the editors' report counts it.
  const searchGaps = useSearchGaps(locale, searchedQuery, engine && results.current && searchedQuery ? (noAnswer ? 0 : hits.length) : undefined);

  useEffect(() => setActive(-1), [deferredQuery]);
  useEffect(() => {
    if (active >= 0) document.getElementById(`${ids}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, ids]);

  const go = (href: string) => {
    searchGaps.opened();
    // A section link is a real navigation: a client-side one would not make the heading the
    // page's :target, which is what highlights it on arrival.
    if (href.includes('#')) window.location.assign(href);
    else router.push(href);
    close(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = options.length;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (count > 0) setActive((index) => (index + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (count > 0) setActive((index) => (index <= 0 ? count - 1 : index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = active >= 0 ? options[active] : undefined;
      if (option) go(option.href);
      else if (cleanQuery.trim() && !pasted) go(resultsHref);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  let status = '';
  if (failed) status = failedText;
  else if (!engine) status = loadingText(t, progress);
  else if (onlySecret) status = '';
  else if (searchedQuery && results.current) {
    status = noAnswer ? fillQuery(t.noAnswerTitle, searchedQuery) : hits.length > 0 ? resultsFor(t, hits.length, searchedQuery) : fillQuery(t.noResultsTitle, searchedQuery);
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget) close();
      }}
      className="fixed inset-0 m-0 h-dvh max-h-none w-full max-w-none overflow-hidden bg-[var(--page-bg)] p-0 text-[var(--page-fg)] backdrop:bg-slate-950/60 sm:mx-auto sm:mt-[8vh] sm:h-auto sm:max-h-[84vh] sm:max-w-2xl sm:rounded-xl sm:border sm:border-[var(--border)] sm:shadow-2xl"
    >
      <div className="flex h-full max-h-[inherit] flex-col">
        <h2 id={titleId} className="sr-only">
          {t.dialogTitle}
        </h2>
        <form
          role="search"
          aria-label={t.dialogTitle}
          className="flex items-center gap-2 border-b border-[var(--border)] p-3"
          onSubmit={(event) => event.preventDefault()}
        >
          <label htmlFor={inputId} className="sr-only">
            {t.label}
          </label>
          <div className="relative flex-1">
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="pointer-events-none absolute start-3 top-1/2 size-5 -translate-y-1/2 fill-none stroke-current stroke-2 text-[var(--muted-fg)]"
            >
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-3.5-3.5" />
            </svg>
            <input
              ref={inputRef}
              id={inputId}
              type="text"
              inputMode="search"
              enterKeyHint="search"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={options.length > 0}
              aria-controls={listId}
              aria-activedescendant={active >= 0 && options[active] ? optionId(active) : undefined}
              aria-describedby={removed.length > 0 ? warningId : undefined}
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              maxLength={maxQueryLength}
              placeholder={t.placeholder}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={onKeyDown}
              className="min-h-12 w-full rounded-lg border border-[var(--border)] bg-[var(--page-bg)] ps-10 pe-3 text-base text-[var(--page-fg)] placeholder:text-[var(--muted-fg)] focus-visible:border-[var(--focus)]"
            />
          </div>
          <button
            type="button"
            onClick={() => close()}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-[var(--muted-fg)] hover:bg-[var(--surface)] hover:text-[var(--page-fg)]"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 fill-none stroke-current stroke-2">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
            <span className="sr-only">{t.close}</span>
          </button>
        </form>

        {/* Focusable so keyboard users can scroll a long list of results (WCAG 2.1.1). */}
        <div className="flex-1 overflow-y-auto overscroll-contain p-3" tabIndex={0} role="region" aria-label={t.resultsLabel}>
          <SearchMessageVerdict locale={locale} text={t} query={query} headingLevel="h3" className="mb-3" onNavigate={() => close(true)} />
          <p role="status" className="sr-only">
            {status}
          </p>
          {removed.length > 0 && (
            <div className="pb-3">
              <SensitiveWarning text={t.sensitive} kinds={removed} id={warningId} />
            </div>
          )}
          {!onlySecret && !engine && !failed && <SearchLoading text={t} progress={progress} className="px-2 py-4" />}
          {failed && (
            <p className="px-2 py-4">
              {failedText}{' '}
              <button
                type="button"
                onClick={retry}
                className="min-h-11 font-semibold text-[var(--link)] underline underline-offset-4"
              >
                {t.retry}
              </button>
            </p>
          )}
          {!onlySecret && engine && !searchedQuery && <p className="px-2 pb-3 text-sm text-[var(--muted-fg)]">{t.emptyPrompt}</p>}
          {noResults && (
            <div className="px-2 pb-3">
              <p className="font-semibold">{fillQuery(t.noResultsTitle, searchedQuery)}</p>
              <p className="mt-1 text-sm text-[var(--muted-fg)]">{t.noResultsText}</p>
              {suggestions.length > 0 && (
                <p className="mt-2 flex flex-wrap items-center gap-x-2">
                  <span>{t.didYouMean}</span>
                  {suggestions.map((suggestion) => (
                    <button
                      key={suggestion}
                      type="button"
                      onClick={() => {
                        setQuery(suggestion);
                        inputRef.current?.focus();
                      }}
                      className="min-h-11 font-semibold text-[var(--link)] underline underline-offset-4"
                    >
                      {suggestion}
                    </button>
                  ))}
                </p>
              )}
            </div>
          )}
          {results.corrected && hits.length > 0 && (
            <p className="px-2 pb-2 text-sm">
              {fillQuery(t.showingResultsFor, results.corrected)}{' '}
              <button
                type="button"
                onClick={() => {
                  setExactFor(searchedQuery);
                  inputRef.current?.focus();
                }}
                className="min-h-11 font-semibold text-[var(--link)] underline underline-offset-4"
              >
                {fillQuery(t.searchInsteadFor, searchedQuery)}
              </button>
            </p>
          )}
          {noAnswer && (
            <div className="px-2 pb-3">
              <p className="font-semibold">{fillQuery(t.noAnswerTitle, searchedQuery)}</p>
              <p className="mt-1 text-sm text-[var(--muted-fg)]">{t.noAnswerText}</p>
              <p className="mt-2 text-sm">
                {t.contactText}{' '}
                <Link href={contactPath(locale)} onClick={() => close(true)} className="font-semibold">
                  {t.contactLink}
                </Link>
              </p>
              <h3 className="mt-3 text-sm font-semibold tracking-wide text-[var(--muted-fg)] uppercase rtl:tracking-normal">{t.closestTitle}</h3>
            </div>
          )}
          {showingPopular && (
            <h3 id={`${listId}-heading`} className="px-2 pb-1 text-sm font-semibold tracking-wide text-[var(--muted-fg)] uppercase rtl:tracking-normal">
              {t.popularTitle}
            </h3>
          )}
          <ul
            role="listbox"
            id={listId}
            aria-label={showingPopular ? t.popularTitle : noAnswer ? t.closestTitle : t.resultsLabel}
            hidden={options.length === 0}
            className="space-y-1"
          >
            {options.map((hit, index) => (
              <li
                key={`${hit.slug}-${hit.href}`}
                id={optionId(index)}
                role="option"
                data-href={hit.href}
                aria-selected={index === active}
                aria-labelledby={`${optionId(index)}-title${hit.section ? ` ${optionId(index)}-section` : ''}`}
                aria-describedby={`${optionId(index)}-summary`}
                onClick={() => go(hit.href)}
                onMouseMove={() => index !== active && setActive(index)}
                className={`block min-h-11 cursor-pointer rounded-lg border px-3 py-2.5 ${
                  index === active
                    ? 'border-[var(--focus)] bg-brand-50 dark:bg-brand-800/40'
                    : 'border-transparent hover:bg-[var(--surface)]'
                }`}
              >
                <SearchHitContent hit={hit} text={t} variant="dialog" idPrefix={optionId(index)} />
              </li>
            ))}
          </ul>
          {noResults && (
            <p className="px-2 pt-4 text-sm">
              {t.contactText}{' '}
              <Link href={contactPath(locale)} onClick={() => close(true)} className="font-semibold">
                {t.contactLink}
              </Link>
            </p>
          )}
        </div>

        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-[var(--border)] px-3 py-2 text-sm">
          {cleanQuery.trim() && !pasted && removed.length > 0 ? (
            <a href={resultsHref} onClick={() => close(true)} className="inline-flex min-h-11 items-center font-semibold">
              {fillQuery(t.seeAll, cleanQuery.trim())}
            </a>
          ) : cleanQuery.trim() && !pasted ? (
            <Link
              href={resultsHref}
              // A prefetch would send the query, keystroke by keystroke, in a request.
              prefetch={false}
              onClick={() => close(true)}
              className="inline-flex min-h-11 items-center font-semibold"
            >
              {fillQuery(t.seeAll, cleanQuery.trim())}
            </Link>
          ) : (
            <span />
          )}
          <p aria-hidden="true" className="hidden gap-3 text-[var(--muted-fg)] sm:flex">
            <span>
              <kbd className="rounded border border-[var(--border)] px-1 font-sans">↑</kbd>{' '}
              <kbd className="rounded border border-[var(--border)] px-1 font-sans">↓</kbd> {t.keysMove}
            </span>
            <span>
              <kbd className="rounded border border-[var(--border)] px-1 font-sans">Enter</kbd> {t.keysOpen}
            </span>
            <span>
              <kbd className="rounded border border-[var(--border)] px-1 font-sans">Esc</kbd> {t.keysClose}
            </span>
          </p>
        </div>
      </div>
    </dialog>
  );
}
