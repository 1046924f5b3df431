import type { Dictionary } from '../i18n';
import type { ReadyItemId } from './schema';
import type { FieldContext } from '@/lib/secrets';

/**
 * The fields of "Prepare your request", in the order shown. A field appears when the outcome's
 * checklist asks for what it holds (`ready`); "what happened" always does. Labels and hints are in
 * the dictionary (`contact.form.fields.<id>`). Plain data, safe to import in the browser.
 */
export const formFields = [
  { id: 'whatHappened', input: 'textarea', context: 'text', shownFor: undefined },
  { id: 'message', input: 'text', context: 'text', shownFor: 'message' },
  { id: 'date', input: 'date', context: undefined, shownFor: 'dateTime' },
  { id: 'time', input: 'time', context: undefined, shownFor: 'dateTime' },
  { id: 'amount', input: 'text', context: 'amount', shownFor: 'amount' },
  { id: 'orderNumber', input: 'text', context: 'reference', shownFor: 'orderNumber' },
  { id: 'paymentId', input: 'text', context: 'reference', shownFor: 'knetIds' },
  { id: 'trackId', input: 'text', context: 'reference', shownFor: 'knetIds' },
] as const satisfies readonly {
  id: string;
  input: 'textarea' | 'text' | 'date' | 'time';
  /** How card-detail detection reads the field; date and time inputs cannot hold anything else. */
  context: FieldContext | undefined;
  shownFor: ReadyItemId | undefined;
}[];

export type FormField = (typeof formFields)[number];
export type FormFieldId = FormField['id'];

/** The form's fields for an outcome's checklist. */
export function formFieldsFor(ready: readonly ReadyItemId[]): FormFieldId[] {
  return formFields.filter((field) => field.shownFor === undefined || ready.includes(field.shownFor)).map((field) => field.id);
}

/**
 * The form's text in the reader's language only: the server turns the dictionary's block into plain
 * strings (the heading already made from the page's title), so the browser never loads a dictionary.
 */
export type RequestFormText = Omit<Dictionary['contact']['form'], 'summaryHeading'> & { summaryHeading: string };

export function requestFormText(form: Dictionary['contact']['form'], title: string): RequestFormText {
  return { ...form, summaryHeading: form.summaryHeading(title) };
}
