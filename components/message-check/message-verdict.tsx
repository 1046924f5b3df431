import { Fragment, useId, type ReactNode, type Ref } from 'react';
import type { MessageCheck } from '@/lib/message-check';
import type { MessageVerdictText } from './message-check-text';
import './message-verdict.css';

/** "It is for {amount} at {merchant}": the template with the message's own words isolated, as they are often Latin in Arabic text. */
function fillCodeFor(text: MessageVerdictText, code: NonNullable<MessageCheck['code']>): ReactNode {
  const template = code.amount && code.merchant ? text.codeFor.both : code.amount ? text.codeFor.amount : code.merchant ? text.codeFor.merchant : undefined;
  if (!template) return undefined;
  return template.split(/(\{amount\}|\{merchant\})/).map((part, index) => {
    const value = part === '{amount}' ? code.amount : part === '{merchant}' ? code.merchant : undefined;
    return value === undefined ? <Fragment key={index}>{part}</Fragment> : <bdi key={index} className="message-verdict-quote">{value}</bdi>;
  });
}

/**
 * A verdict of the message check (lib/message-check): its headline, each sign found with what in
 * the message showed it, then what to do. `data-message-check` carries the verdict for tests and
 * monitors. Nothing of the message is shown but those quotes, and any code in them is masked.
 */
export function MessageVerdict({
  text,
  result,
  headingLevel,
  headingRef,
  children,
}: {
  text: MessageVerdictText;
  result: MessageCheck;
  headingLevel: 'h2' | 'h3';
  /** To move focus to the headline when the verdict appears. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** After the advice: a link, on the page that holds the verdict. */
  children?: ReactNode;
}) {
  const Heading = headingLevel;
  const titleId = useId();
  const caution = result.verdict === 'none' && result.signs.length > 0;
  const said = result.verdict === 'none' ? (caution ? text.verdict.caution : text.verdict.none) : text.verdict[result.verdict];
  const advice = text.advice[result.verdict];
  const codeFor = result.verdict === 'code' && result.code ? fillCodeFor(text, result.code) : undefined;
  return (
    <section data-message-check={result.verdict} data-caution={caution ? '' : undefined} aria-labelledby={titleId} className="message-verdict">
      <Heading id={titleId} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="message-verdict-title">
        {said.title}
      </Heading>
      <p className="message-verdict-text">{said.text}</p>
      {codeFor && <p className="message-verdict-text">{codeFor}</p>}
      {result.verdict !== 'code' && result.signs.length > 0 && (
        <>
          <p className="message-verdict-label">{text.signsTitle}</p>
          <ul className="message-verdict-signs">
            {result.signs.map((sign) => (
              <li key={sign.kind} data-sign={sign.kind}>
                <span>{text.signs[sign.kind]}</span>
                {sign.evidence.length > 0 && (
                  <span className="message-verdict-evidence">
                    <span className="sr-only">{text.evidence} </span>
                    {sign.evidence.map((quote) => (
                      <bdi key={quote} className="message-verdict-quote">
                        {quote}
                      </bdi>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.hidden > 0 && <p className="message-verdict-note">{text.hidden}</p>}
      <p className="message-verdict-label">{text.adviceTitle}</p>
      <ul className="message-verdict-advice">
        {advice.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
