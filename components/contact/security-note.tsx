import { getDictionary, type Locale } from '@/lib/i18n';

/** "Never share your PIN, OTP or CVV", always, followed by the notes that matter on this page. */
export function SecurityNote({ locale, notes = [], className = '' }: { locale: Locale; notes?: readonly { id: string; text: string }[]; className?: string }) {
  const c = getDictionary(locale).contact;
  return (
    <div className={`callout callout-warning ${className}`} role="note" aria-label={c.securityTitle}>
      <p className="callout-title">{c.neverShareTitle}</p>
      <p>{c.neverShareText}</p>
      {notes.length > 0 && (
        <ul className="list-disc space-y-1 ps-5">
          {notes.map((note) => (
            <li key={note.id}>{note.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
