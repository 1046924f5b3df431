'use client';

import Link from 'next/link';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { MessageCheck } from '@/lib/message-check';
import { looksLikeMessage } from '@/lib/message-check/pasted';
import { checkMessagePath } from '@/lib/paths';
import { MessageVerdict } from '@/components/message-check/message-verdict';
import type { SearchText } from './search-text-types';

type Check = (message: string) => MessageCheck;
let rules: Promise<Check> | undefined;

/** The check's rules, fetched the first time a query is a message, then kept; a failed fetch is tried again next time. */
function loadRules(): Promise<Check> {
  rules ??= import('@/lib/message-check').then((module) => module.checkMessage);
  rules.catch(() => {
    rules = undefined;
  });
  return rules;
}

/**
 * Above the results, when the query looks like a pasted message (`looksLikeMessage`): the message
 * check's verdict. It runs here, in the browser, on what the reader typed; the message is not sent,
 * and any code in it is masked in what is shown. The rules load only once a query is a message. A
 * live region tells screen-reader users that a verdict appeared.
 */
export function SearchMessageVerdict({
  locale,
  text,
  query,
  headingLevel,
  className,
  onNavigate,
  checked: checkedOnServer,
}: {
  locale: Locale;
  text: SearchText;
  query: string;
  headingLevel: 'h2' | 'h3';
  /** Spacing around the verdict's box, where it is placed. */
  className?: string;
  /** Called when the reader follows the link to the check's page (the dialog closes). */
  onNavigate?: () => void;
  /** The verdict found on the server for a search sent without JavaScript. */
  checked?: { message: string; result: MessageCheck };
}) {
  const deferred = useDeferredValue(query);
  const pasted = useMemo(() => looksLikeMessage(deferred), [deferred]);
  const [checked, setChecked] = useState<{ message: string; result: MessageCheck } | undefined>(checkedOnServer);
  useEffect(() => {
    if (!pasted) return;
    let current = true;
    loadRules().then(
      (check) => current && setChecked({ message: deferred, result: check(deferred) }),
      // Offline before the rules arrived: search still answers, without a verdict.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [pasted, deferred]);

  const result = pasted && checked?.message === deferred ? checked.result : undefined;
  const verdictText = text.messageCheck;
  const caution = result?.verdict === 'none' && result.signs.length > 0;
  const title = result ? (caution ? verdictText.verdict.caution.title : verdictText.verdict[result.verdict].title) : '';
  return (
    <>
      {/* A live region, not a second role="status": the dialog and the results page have their own. */}
      <p aria-live="polite" className="sr-only">
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
