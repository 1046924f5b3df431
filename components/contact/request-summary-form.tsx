import { useId, useRef, useState } from 'react';
import { formFields, type FormFieldId, type RequestFormText } from '@/lib/contact/form';
import { buildSummary, checkField, type FormValues } from '@/lib/contact/summary';
import './request-summary.css';

const inputClass =
  'block min-h-11 w-full rounded-lg border border-[var(--border)] bg-[var(--page-bg)] px-3 py-2 text-base text-[var(--page-fg)]';
const buttonClass =
  'inline-flex min-h-11 items-center justify-center rounded-lg px-4 font-semibold';
const primaryButton = `${buttonClass} bg-brand-700 text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-[#0b1120] dark:hover:bg-brand-200`;
const secondaryButton = `${buttonClass} border border-[var(--border)] hover:bg-[var(--page-bg)]`;

/**
 * "Prepare your request": a short form that builds a plain-text summary to copy or print. Everything
 * stays in this component's state: no request, no storage, no URL; the inputs have no `name`, so even
 * a form submission could carry nothing. A card number is cut to its last 4 digits and a CVV, PIN or
 * OTP removed from the summary, and the field says why. Loaded by `request-summary-client.tsx` in the
 * browser only; the server-rendered checklist above it is the no-JavaScript version.
 */
export function RequestSummaryForm({ text: t, dateLocale, fields }: { text: RequestFormText; dateLocale: string; fields: readonly FormFieldId[] }) {
  const prefix = useId().replace(/:/g, '');
  const summaryRef = useRef<HTMLPreElement>(null);
  const [values, setValues] = useState<FormValues>({});
  const [status, setStatus] = useState<{ kind: 'copied' | 'fallback'; text: string }>();

  const shown = formFields.filter((field) => fields.includes(field.id));
  const summary = buildSummary({
    heading: t.summaryHeading,
    fields: shown.map((field) => ({ id: field.id, label: t.fields[field.id].label })),
    values,
    dateLocale,
  });
  const statusText = status?.text === summary.text ? (status.kind === 'copied' ? t.copied : t.copyFallback) : '';

  function selectSummary() {
    const element = summaryRef.current;
    const selection = window.getSelection();
    if (!element || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copy(text: string) {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied', text });
    } catch {
      // Clipboard access can be missing or refused (an old browser, a non-secure page): select the text instead.
      selectSummary();
      setStatus({ kind: 'fallback', text });
    }
  }

  function print() {
    // Only the summary goes on paper (request-summary.css), and only when printed from this button.
    const root = document.documentElement;
    root.setAttribute('data-print-summary', '');
    const done = () => {
      root.removeAttribute('data-print-summary');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }

  return (
    <section aria-labelledby={`${prefix}-title`} className="mt-10">
      <h2 id={`${prefix}-title`} className="text-2xl font-bold">
        {t.title}
      </h2>
      <p className="mt-1 text-[var(--muted-fg)]">{t.intro}</p>

      <form autoComplete="off" onSubmit={(event) => event.preventDefault()} className="no-print mt-4 grid gap-4 sm:grid-cols-2">
        {shown.map((field) => {
          const id = `${prefix}-${field.id}`;
          const text = t.fields[field.id];
          const value = values[field.id] ?? '';
          const { kinds } = checkField(field.id, value);
          const hintId = text.hint ? `${id}-hint` : undefined;
          const warningId = kinds.length > 0 ? `${id}-warning` : undefined;
          const describedBy = [hintId, warningId].filter(Boolean).join(' ') || undefined;
          // Full rows for free text; the Payment ID starts a row so it sits beside the Track ID.
          const layout = field.input === 'textarea' || field.id === 'message' ? 'sm:col-span-2' : field.id === 'paymentId' ? 'sm:col-start-1' : undefined;
          const update = (next: string) => setValues((current) => ({ ...current, [field.id]: next }));
          return (
            <div key={field.id} className={layout}>
              <label htmlFor={id} className="block font-semibold">
                {text.label}
              </label>
              {text.hint && (
                <p id={hintId} className="text-sm text-[var(--muted-fg)]">
                  {text.hint}
                </p>
              )}
              {field.input === 'textarea' ? (
                <textarea
                  id={id}
                  rows={4}
                  value={value}
                  onChange={(event) => update(event.target.value)}
                  aria-describedby={describedBy}
                  className={`${inputClass} mt-1`}
                />
              ) : (
                <input
                  id={id}
                  type={field.input}
                  value={value}
                  onChange={(event) => update(event.target.value)}
                  aria-describedby={describedBy}
                  spellCheck={field.context === 'reference' ? false : undefined}
                  inputMode={field.id === 'amount' ? 'decimal' : undefined}
                  className={`${inputClass} mt-1`}
                />
              )}
              {warningId && (
                <p
                  id={warningId}
                  role="alert"
                  className="mt-2 rounded-lg border-s-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-400 dark:bg-red-950/60 dark:text-red-50"
                >
                  <span className="font-semibold">{kinds.map((kind) => t.warning[kind]).join(' ')}</span> {t.warningAdvice}
                </p>
              )}
            </div>
          );
        })}
      </form>

      <section id="request-summary" aria-labelledby={`${prefix}-summary`} className="mt-6 rounded-xl border border-[var(--border)] bg-[var(--surface)] p-5">
        <h3 id={`${prefix}-summary`} className="text-lg font-bold">
          {t.summaryTitle}
        </h3>
        <pre ref={summaryRef} className="mt-2 font-sans text-base break-words whitespace-pre-wrap">
          {summary.text}
        </pre>
        {summary.masked && <p className="no-print mt-2 text-sm text-[var(--muted-fg)]">{t.summaryMasked}</p>}
        <div className="no-print mt-4 flex flex-wrap gap-3">
          <button type="button" className={primaryButton} onClick={() => void copy(summary.text)}>
            {t.copy}
          </button>
          <button type="button" className={secondaryButton} onClick={print}>
            {t.print}
          </button>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              setValues({});
              setStatus(undefined);
            }}
          >
            {t.clear}
          </button>
        </div>
        <p role="status" className="no-print mt-3 min-h-6 text-sm font-semibold">
          {statusText}
        </p>
      </section>
    </section>
  );
}
