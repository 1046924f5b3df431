'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import './article-feedback.css';

export interface ArticleFeedbackStrings {
  title: string;
  yes: string;
  no: string;
  reasonLegend: string;
  reasons: { value: string; label: string }[];
  commentLabel: string;
  commentHint: string;
  send: string;
  sending: string;
  thanksTitle: string;
  thanksText: string;
  failed: string;
  anonymous: string;
  privacyLink: string;
}

type State = 'ready' | 'sending' | 'sent' | 'failed';

/** Remembered in this tab only (sessionStorage), never sent: one vote per article per visit, without a cookie. */
const votedKey = (locale: string, slug: string) => `help-feedback:${locale}/${slug}`;

/**
 * A plain form that works without JavaScript: it posts to /api/feedback, which answers 303 back to
 * `#feedback-thanks`, shown by CSS (:target). The reasons and the comment appear once "No" is
 * chosen, by CSS too (:has). With JavaScript the same form is sent by fetch and the thank-you
 * replaces it in place.
 */
export function ArticleFeedbackClient({
  locale,
  slug,
  maxCommentLength,
  privacyHref,
  strings: t,
}: {
  locale: string;
  slug: string;
  maxCommentLength: number;
  privacyHref: string;
  strings: ArticleFeedbackStrings;
}) {
  const [state, setState] = useState<State>('ready');
  // Set once the script runs: until then the form posts as a plain form (and tests can tell the two apart).
  const [enhanced, setEnhanced] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  const justSent = useRef(false);

  // Focus moves to the thank-you once it shows, after a vote sent now (not one remembered from before).
  useEffect(() => {
    if (state !== 'sent' || !justSent.current) return;
    justSent.current = false;
    thanksRef.current?.focus();
  }, [state]);

  useEffect(() => {
    setEnhanced(true);
    try {
      if (sessionStorage.getItem(votedKey(locale, slug))) setState('sent');
    } catch {
      // Storage blocked: the reader may vote again, which is all that is lost.
    }
  }, [locale, slug]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state === 'sending') return;
    const fields = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setState('sending');
    try {
      const response = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(fields),
      });
      if (!response.ok) throw new Error(String(response.status));
      try {
        sessionStorage.setItem(votedKey(locale, slug), '1');
      } catch {
        // See above.
      }
      justSent.current = true;
      setState('sent');
    } catch {
      setState('failed');
    }
  };

  const sent = state === 'sent';
  return (
    <section id="feedback" aria-labelledby="feedback-title" className="article-feedback no-print mt-10 rounded-xl border border-[var(--border)] p-5" data-sent={sent || undefined}>
      <div id="feedback-thanks" ref={thanksRef} tabIndex={-1} className="article-feedback-thanks" role={sent ? 'status' : undefined}>
        <h2 className="text-lg font-bold">{t.thanksTitle}</h2>
        <p className="mt-1 text-[var(--muted-fg)]">{t.thanksText}</p>
      </div>
      <form method="post" action="/api/feedback" onSubmit={onSubmit} className="article-feedback-form" hidden={sent} data-enhanced={enhanced || undefined}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="slug" value={slug} />
        <fieldset>
          <legend>
            <h2 id="feedback-title" className="text-lg font-bold">
              {t.title}
            </h2>
          </legend>
          <div className="mt-3 flex flex-wrap gap-3">
            {(['yes', 'no'] as const).map((value) => (
              <label key={value} className="article-feedback-choice">
                <input type="radio" name="helpful" value={value} required className="size-5 accent-brand-700" />
                {value === 'yes' ? t.yes : t.no}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="article-feedback-more mt-5 space-y-5">
          <fieldset>
            <legend className="font-semibold">{t.reasonLegend}</legend>
            <div className="mt-2 space-y-1">
              {t.reasons.map((reason) => (
                <label key={reason.value} className="flex min-h-11 items-center gap-3">
                  <input type="radio" name="reason" value={reason.value} className="size-5 shrink-0 accent-brand-700" />
                  {reason.label}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="feedback-comment" className="block font-semibold">
              {t.commentLabel}
            </label>
            <p id="feedback-comment-hint" className="mt-1 text-sm text-[var(--muted-fg)]">
              {t.commentHint}
            </p>
            <textarea
              id="feedback-comment"
              name="comment"
              rows={3}
              maxLength={maxCommentLength}
              aria-describedby="feedback-comment-hint"
              className="mt-2 w-full rounded-lg border border-[var(--border)] bg-[var(--page-bg)] p-3 text-base text-[var(--page-fg)]"
            />
          </div>
        </div>
        <button
          type="submit"
          disabled={state === 'sending'}
          className="mt-5 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 dark:bg-brand-300 dark:text-[#0b1120] dark:hover:bg-brand-200"
        >
          {state === 'sending' ? t.sending : t.send}
        </button>
        <p role="alert" className="mt-3 font-semibold empty:hidden">
          {state === 'failed' ? t.failed : ''}
        </p>
        <p className="mt-3 text-sm text-[var(--muted-fg)]">
          {t.anonymous} <a href={privacyHref}>{t.privacyLink}</a>
        </p>
      </form>
    </section>
  );
}
