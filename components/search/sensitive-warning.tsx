import type { Dictionary } from '@/lib/i18n';
import { isPaymentSecret, type SecretKind } from '@/lib/secrets';

/** The notice's text for each kind of secret, from the `search` block of a dictionary. */
export type SensitiveWarningText = { title: string; advice: string; paymentAdvice: string } & Record<SecretKind, string>;

export function sensitiveWarningText(t: Dictionary['search']): SensitiveWarningText {
  return { title: t.sensitiveTitle, advice: t.sensitiveAdvice, paymentAdvice: t.sensitivePaymentAdvice, ...t.sensitiveText };
}

/**
 * Shown with the results when a query held a card number, a code or a personal number
 * (`stripSecrets`): what was removed, that it was never sent, and, for payment secrets, never to
 * share them. It takes its text as props so search code does not pull in a dictionary.
 */
export function SensitiveWarning({ text, kinds, id }: { text: SensitiveWarningText; kinds: readonly SecretKind[]; id?: string }) {
  return (
    <div
      id={id}
      role="alert"
      className="rounded-lg border-s-4 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="font-semibold">{text.title}</p>
      <p className="mt-1">
        {[...kinds.map((kind) => text[kind]), text.advice, ...(kinds.some(isPaymentSecret) ? [text.paymentAdvice] : [])].join(' ')}
      </p>
    </div>
  );
}
