'use client';

import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { feedbackApiPath } from '@/lib/paths';
import { moreId, moreTitleId } from './feedback-ids';
import './article-feedback.css';

type State = 'ready' | 'sending' | 'sent' | 'failed';

/** Remembered in this tab only (sessionStorage), never sent: one vote per article per visit, without a cookie. */
const votedKey = (locale: string, slug: string) => `help-feedback:${locale}/${slug}`;

/**
 * The script half of "Was this article helpful?" (the markup is rendered on the server and passed
 * in, so it costs no JavaScript). Without JavaScript both forms post to /api/feedback, which answers
 * 303 back to `#feedback-thanks`, shown by CSS (:target), and "No" opens the second step by :target.
 * With it, "No" opens the second step in place and moves focus to it, the forms are sent by fetch
 * and the thank-you replaces them.
 */
export function ArticleFeedbackClient({
  locale,
  slug,
  failed,
  thanks,
  ask,
  more,
  note,
}: {
  locale: string;
  slug: string;
  /** Said when sending failed. */
  failed: string;
  thanks: ReactNode;
  /** The question, "Yes" (a submit button) and "No" (a link to the second step). */
  ask: ReactNode;
  /** The second step after "No": the reasons, the comment and Send. */
  more: ReactNode;
  note: ReactNode;
}) {
  const [state, setState] = useState<State>('ready');
  const [askingMore, setAskingMore] = useState(false);
  // Set once the script runs: until then the forms post as plain forms (and tests can tell the two apart).
  const [enhanced, setEnhanced] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLFormElement>(null);
  const justSent = useRef(false);

  useEffect(() => {
    setEnhanced(true);
    try {
      if (sessionStorage.getItem(votedKey(locale, slug))) setState('sent');
    } catch {
      // Storage blocked: the reader may vote again, which is all that is lost.
    }
  }, [locale, slug]);

  // Focus moves to what just appeared: the thank-you after a vote sent now (not one remembered), the second step after "No".
  useEffect(() => {
    if (state !== 'sent' || !justSent.current) return;
    justSent.current = false;
    thanksRef.current?.focus();
  }, [state]);
  useEffect(() => {
    if (askingMore) moreRef.current?.focus();
  }, [askingMore]);

  const onAskClick = (event: MouseEvent<HTMLFormElement>) => {
    if (!(event.target instanceof Element) || !event.target.closest(`a[href="#${moreId}"]`)) return;
    event.preventDefault();
    setAskingMore(true);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state === 'sending') return;
    const fields = Object.fromEntries(new FormData(event.currentTarget));
    setState('sending');
    try {
      const response = await fetch(feedbackApiPath, {
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
    <section
      id="feedback"
      aria-labelledby="feedback-title"
      className="article-feedback no-print mt-10 rounded-xl border border-[var(--border)] p-5"
      data-sent={sent || undefined}
      data-asking-more={askingMore || undefined}
    >
      <div id="feedback-thanks" ref={thanksRef} tabIndex={-1} className="article-feedback-thanks" role={sent ? 'status' : undefined}>
        {thanks}
      </div>
      <form method="post" action={feedbackApiPath} onSubmit={onSubmit} onClick={onAskClick} className="article-feedback-form" hidden={sent} data-enhanced={enhanced || undefined}>
        <fieldset disabled={state === 'sending'}>{ask}</fieldset>
      </form>
      <form
        id={moreId}
        ref={moreRef}
        tabIndex={-1}
        aria-labelledby={moreTitleId}
        method="post"
        action={feedbackApiPath}
        onSubmit={onSubmit}
        className="article-feedback-form article-feedback-more"
        hidden={sent}
      >
        <fieldset disabled={state === 'sending'}>{more}</fieldset>
      </form>
      <p role="alert" className="mt-3 font-semibold empty:hidden">
        {state === 'failed' ? failed : ''}
      </p>
      {!sent && note}
    </section>
  );
}
