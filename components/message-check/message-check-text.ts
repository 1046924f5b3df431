import { getDictionary, type Dictionary, type Locale } from '@/lib/i18n';

/** What a verdict says, in one locale: for search (inside `SearchText`) and for the check's page. */
export type MessageVerdictText = Pick<
  Dictionary['messageCheck'],
  'verdict' | 'signsTitle' | 'evidence' | 'signs' | 'adviceTitle' | 'advice' | 'codeFor' | 'hidden' | 'openPage'
>;

/** The page's form: the verdict's text and the form's own. */
export type MessageCheckFormText = MessageVerdictText & Pick<Dictionary['messageCheck'], 'label' | 'hint' | 'check' | 'clear' | 'empty'>;

/**
 * Plain strings for client components, in the page's language only: the dictionary's block is
 * already strings and lists, so this picks the keys the client needs and leaves the page's own
 * (the checklist, the introduction) on the server.
 */
export function messageVerdictText(locale: Locale): MessageVerdictText {
  const { verdict, signsTitle, evidence, signs, adviceTitle, advice, codeFor, hidden, openPage } = getDictionary(locale).messageCheck;
  return { verdict, signsTitle, evidence, signs, adviceTitle, advice, codeFor, hidden, openPage };
}

export function messageCheckFormText(locale: Locale): MessageCheckFormText {
  const { label, hint, check, clear, empty } = getDictionary(locale).messageCheck;
  return { ...messageVerdictText(locale), label, hint, check, clear, empty };
}
