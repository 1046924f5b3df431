'use client';

import Link from 'next/link';
import { useDeferredValue, useMemo } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { checkMessage, looksLikeMessage } from '@/lib/message-check';
import { checkMessagePath } from '@/lib/paths';
import { MessageVerdict } from '@/components/message-check/message-verdict';
import type { SearchText } from './search-text-types';

/**
 * Above the results, when the query looks like a pasted message (`looksLikeMessage`): the message
 * check's verdict. It runs here, in the browser, on what the reader typed; the message is not sent,
 * and any code in it is masked in what is shown. A status line tells screen-reader users that a
 * verdict appeared.
 */
export function SearchMessageVerdict({
  locale,
  text,
  query,
  headingLevel,
  className,
  onNavigate,
}: {
  locale: Locale;
  text: SearchText;
  query: string;
  headingLevel: 'h2' | 'h3';
  /** Spacing around the verdict's box, where it is placed. */
  className?: string;
  /** Called when the reader follows the link to the check's page (the dialog closes). */
  onNavigate?: () => void;
}) {
  const deferred = useDeferredValue(query);
  const result = useMemo(() => (looksLikeMessage(deferred) ? checkMessage(deferred) : undefined), [deferred]);
  const verdictText = text.messageCheck;
  const caution = result?.verdict === 'none' && result.signs.length > 0;
  const title = result ? (caution ? verdictText.verdict.caution.title : verdictText.verdict[result.verdict].title) : '';
  return (
    <>
      <p role="status" className="sr-only">
        {title}
      </p>
      {result && (
        <div className={className}>
          <MessageVerdict text={verdictText} result={result} headingLevel={headingLevel}>
            <Link href={checkMessagePath(locale)} prefetch={false} onClick={onNavigate}>
              {verdictText.openPage}
            </Link>
          </MessageVerdict>
        </div>
      )}
    </>
  );
}
