import { formFields, type FormFieldId } from './form';
import { findSecrets, isPaymentSecret, maskSecrets, secretKinds, type PaymentSecretKind, type SecretMatch } from '@/lib/secrets';

export type FormValues = Partial<Record<FormFieldId, string>>;

export interface SummaryInput {
  /** The first line, e.g. "Support request: Card declined on Amazon". */
  heading: string;
  /** The fields shown, in order, with their labels. */
  fields: readonly { id: FormFieldId; label: string }[];
  values: FormValues;
  /** Language tag for the date, e.g. `en-GB` ("21 November 2026"). */
  dateLocale: string;
}

export interface FieldCheck {
  /** What the field seems to hold that support never needs, for its warning. */
  kinds: PaymentSecretKind[];
  /** The value as the summary shows it. */
  masked: string;
}

/**
 * Looks for card details in one field and masks them. Date and time inputs hold nothing else. The
 * summary is written for a support team, so it keeps the personal numbers the detector also finds
 * (an email address or phone number, an IBAN, a civil ID number): a reader may be asked for them, and
 * the number or address a scammer used is evidence. Only what no support team ever needs is masked.
 */
export function checkField(id: FormFieldId, value: string): FieldCheck {
  const context = formFields.find((field) => field.id === id)?.context;
  if (!context) return { kinds: [], masked: value };
  const matches = findSecrets(value, context).filter((match): match is SecretMatch & { kind: PaymentSecretKind } => isPaymentSecret(match.kind));
  return { kinds: secretKinds(matches), masked: maskSecrets(value, matches) };
}

/** "2026-11-21" from a date input, as readers of the locale write it. Anything else is shown as typed. */
export function formatDateValue(value: string, dateLocale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) return value;
  return new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * The request as plain text: the heading, then one `Label: value` line per filled field, with card
 * numbers cut to their last 4 digits and any CVV, PIN or OTP removed. It is built in the browser and
 * goes nowhere unless the reader copies or prints it.
 */
export function buildSummary({ heading, fields, values, dateLocale }: SummaryInput): { text: string; masked: boolean } {
  let masked = false;
  const lines = fields.flatMap(({ id, label }) => {
    const value = (values[id] ?? '').trim();
    if (!value) return [];
    const check = checkField(id, value);
    if (check.kinds.length > 0) masked = true;
    const shown = id === 'date' ? formatDateValue(check.masked, dateLocale) : check.masked;
    return [`${label}: ${shown}`];
  });
  return { text: [heading, '', ...lines].join('\n').trimEnd(), masked };
}
