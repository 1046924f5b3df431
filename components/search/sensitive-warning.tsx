import type { Dictionary } from '@/lib/i18n';
import type { SecretKind as SensitiveKind } from '@/lib/secrets';

/** The warning's text for each kind of secret, from the `search` block of a dictionary. */
export type SensitiveWarningText = { title: string } & Record<SensitiveKind, string>;

export function sensitiveWarningText(t: Dictionary['search']): SensitiveWarningText {
  const message = (kind: SensitiveKind) => `${t.sensitiveText[kind]} ${t.sensitiveAdvice}`;
  return { title: t.sensitiveTitle, card: message('card'), cvv: message('cvv'), otp: message('otp'), pin: message('pin') };
}

/**
 * Shown instead of results when a query looks like a card number, CVV, OTP or PIN. It takes its text
 * as props so the search box, which every page loads, does not pull in a dictionary.
 */
export function SensitiveWarning({ text, kind, id }: { text: SensitiveWarningText; kind: SensitiveKind; id?: string }) {
  return (
    <div
      id={id}
      role="alert"
      className="rounded-lg border-s-4 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="font-semibold">{text.title}</p>
      <p className="mt-1">{text[kind]}</p>
    </div>
  );
}
