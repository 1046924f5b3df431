import type { knownErrorMessages } from '../content/messages';
import type { MessageHelpLabels } from '../content/message-help';
import { getDictionary, type Locale } from '../i18n';
import { contactPath } from '../paths';
import { problems } from './routes';

type KnownErrorMessage = (typeof knownErrorMessages)[number];

/**
 * The contact router's step for each message an article may list (`errors`), so that the section
 * of an article headed by a message can link straight to who fixes it. `null`: no step fits better
 * than the router's first question. Typed by the list of messages, so a new message needs an entry.
 */
export const messageContactSteps: Record<KnownErrorMessage, readonly [problem: string, answer?: string] | null> = {
  CAPTURED: ['knet-message', 'captured'],
  'NOT CAPTURED': ['knet-message', 'not-captured'],
  CANCELED: ['knet-message', 'canceled'],
  'HOST TIMEOUT': ['knet-message', 'host-timeout'],
  'DENIED BY RISK': ['knet-message', 'denied-by-risk'],
  'session time limit exceeded': ['knet-message', 'session'],
  'payment in progress in another window': ['knet-message', 'session'],
  'invalid OTP': ['knet-message', 'otp'],
  'too many OTP attempts': ['knet-message', 'otp-attempts'],
  'card expired': ['knet-message', 'card-refused'],
  'invalid card number': ['knet-message', 'card-refused'],
  'payment declined': ['declined'],
  'card declined': ['declined', 'card-on-amazon'],
  'payment method not accepted': ['not-accepted'],
  'forgot password': ['sign-in'],
  // A scam call, or an order waiting for the bank (a hold, a second charge, a failed payment):
  // the router's first question lets the reader say which.
  'suspicious Amazon purchase': null,
  "We haven't received payment confirmation from your bank or credit card yet": null,
};

export interface MessageStep {
  href: string;
  /** The step asks for the KNET Payment ID and Track ID: they exist only on the result page, so note them first. */
  noteKnetIds: boolean;
}

/** The step for a message, or undefined for one that is not a known message. Throws when the step is not a route. */
export function messageContactStep(locale: Locale, message: string): MessageStep | undefined {
  const key = (Object.keys(messageContactSteps) as KnownErrorMessage[]).find((known) => known.toLowerCase() === message.trim().toLowerCase());
  if (key === undefined) return undefined;
  const step = messageContactSteps[key];
  if (step === null) return { href: contactPath(locale), noteKnetIds: false };
  const [problemSlug, answerSlug] = step;
  const problem = problems.find((candidate) => candidate.slug === problemSlug);
  const answers: readonly { slug: string; outcome: { ready: readonly string[] } }[] = (problem && 'answers' in problem && problem.answers) || [];
  const answer = answerSlug === undefined ? undefined : answers.find((candidate) => candidate.slug === answerSlug);
  if (!problem || (answerSlug !== undefined && !answer)) {
    throw new Error(`lib/contact/message-steps.ts: "${key}" points to the contact step "${step.join('/')}", which lib/contact/routes.ts does not have`);
  }
  const outcome: { ready: readonly string[] } | undefined = answer ? answer.outcome : 'outcome' in problem ? problem.outcome : undefined;
  const ready = outcome?.ready ?? [];
  return { href: contactPath(locale, problemSlug, answerSlug), noteKnetIds: ready.includes('knetIds') };
}

/** What the Markdown renderer needs to add "what to do first" and "who can help" to a message's section. */
export function messageHelpLabels(locale: Locale): MessageHelpLabels {
  const t = getDictionary(locale).article.messageHelp;
  return {
    step: (message) => messageContactStep(locale, message),
    noteKnetIds: t.noteKnetIds,
    stillStuck: t.stillStuck,
    contactLink: t.contactLink,
  };
}
