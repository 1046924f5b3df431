'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { checkMessage, maxMessageLength, type MessageCheck } from '@/lib/message-check';
import type { MessageCheckFormText } from './message-check-text';
import { MessageVerdict } from './message-verdict';

/**
 * The check on /<locale>/check-message: a text box and a button, and the verdict under them. There
 * is no form to submit: the message is read here, in the browser, and goes nowhere. Once checked,
 * any code in it is masked in the box too, so it is not left on screen. The button is disabled
 * until the script runs, so without JavaScript it does nothing (the page's checklist says why).
 */
export function MessageCheckForm({ text }: { text: MessageCheckFormText }) {
  const id = useId();
  const boxId = `${id}-message`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<MessageCheck | undefined>();
  const [empty, setEmpty] = useState(false);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (result) headingRef.current?.focus();
  }, [result]);

  const check = () => {
    if (!message.trim()) {
      setEmpty(true);
      setResult(undefined);
      boxRef.current?.focus();
      return;
    }
    const checked = checkMessage(message);
    setEmpty(false);
    setResult(checked);
    if (checked.hidden > 0) setMessage(checked.masked);
  };

  const clear = () => {
    setMessage('');
    setResult(undefined);
    setEmpty(false);
    boxRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  };

  return (
    <div className="message-check-form">
      <label htmlFor={boxId} className="message-check-label">
        {text.label}
      </label>
      <p id={hintId} className="message-check-hint">
        {text.hint}
      </p>
      <textarea
        ref={boxRef}
        id={boxId}
        rows={7}
        value={message}
        maxLength={maxMessageLength}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={empty ? `${hintId} ${errorId}` : hintId}
        aria-invalid={empty || undefined}
        onChange={(event) => setMessage(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        className="message-check-box"
      />
      {empty && (
        <p id={errorId} className="message-check-error">
          {text.empty}
        </p>
      )}
      <div className="message-check-actions">
        <button type="button" className="button" onClick={check} disabled={!ready}>
          {text.check}
        </button>
        <button type="button" className="button button-quiet" onClick={clear} disabled={!ready}>
          {text.clear}
        </button>
      </div>
      {result && (
        <div className="message-check-result">
          <MessageVerdict text={text} result={result} headingLevel="h2" headingRef={headingRef} />
        </div>
      )}
    </div>
  );
}
