'use client';

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { feedbackApiPath } from '@/lib/paths';
import './article-feedback.css';

type State = 'ready' | 'sending' | 'sent' | 'failed';

/** Remembered in this tab only (sessionStorage), never sent: one vote per article per visit, without a cookie. */
const votedKey = (locale: string, slug: string) => `help-feedback:${locale}/${slug}`;

/**
 * The script half of "Was this article helpful?" (the markup is rendered on the server and passed
 * in, so it costs no JavaScript). Without JavaScript the form posts to /api/feedback, which answers
 * 303 back to `#feedback-thanks`, shown by CSS (:target). With it, the same fields are sent by fetch
 * and the thank-you replaces the form in place.
 */
export function ArticleFeedbackClient({
  locale,
  slug,
  failed,
  thanks,
  children,
}: {
  locale: string;
  slug: string;
  /** Said when sending failed. */
  failed: string;
  thanks: ReactNode;
  /** The form's fields, its submit button and its note. */
  children: ReactNode;
}) {
  const [state, setState] = useState<State>('ready');
  // Set once the script runs: until then the form posts as a plain form (and tests can tell the two apart).
  const [enhanced, setEnhanced] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  const justSent = useRef(false);

  useEffect(() => {
    setEnhanced(true);
    try {
      if (sessionStorage.getItem(votedKey(locale, slug))) setState('sent');
    } catch {
      // Storage blocked: the reader may vote again, which is all that is lost.
    }
  }, [locale, slug]);

  // Focus moves to the thank-you once it shows, after a vote sent now (not one remembered from before).
  useEffect(() => {
    if (state !== 'sent' || !justSent.current) return;
    justSent.current = false;
    thanksRef.current?.focus();
  }, [state]);

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
    <section id="feedback" aria-labelledby="feedback-title" className="article-feedback no-print mt-10 rounded-xl border border-[var(--border)] p-5" data-sent={sent || undefined}>
      <div id="feedback-thanks" ref={thanksRef} tabIndex={-1} className="article-feedback-thanks" role={sent ? 'status' : undefined}>
        {thanks}
      </div>
      <form method="post" action={feedbackApiPath} onSubmit={onSubmit} className="article-feedback-form" hidden={sent} data-enhanced={enhanced || undefined}>
        <fieldset disabled={state === 'sending'}>{children}</fieldset>
        <p role="alert" className="mt-3 font-semibold empty:hidden">
          {state === 'failed' ? failed : ''}
        </p>
      </form>
    </section>
  );
}
