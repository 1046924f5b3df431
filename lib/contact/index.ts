import { getArticles, getArticlesBySlug, type Article } from '../content';
import { ContentError } from '../content/problems';
import { getDictionary, locales, type Locale } from '../i18n';
import { contactPath } from '../paths';
import { channels as channelData, type ChannelId } from './channels';
import { formFieldsFor, type FormFieldId } from './form';
import type { Outcome, Problem, ReadyItemId, SecurityNoteId } from './schema';
import { checkSiteContactRouter } from './check';
import { problemTexts, type ContactRouterData } from './validate';

export type { FormFieldId } from './form';

/** Thrown at build time when the router's data points at a missing article, channel or text. */
export class ContactRouterError extends ContentError {
  override name = 'ContactRouterError';
}

let validated: ContactRouterData | undefined;

/** The router's data, validated against the schema, the published articles and the dictionaries once per process. */
function router(): ContactRouterData {
  if (!validated) {
    const result = checkSiteContactRouter(Object.fromEntries(locales.map((locale) => [locale, { articles: getArticles(locale) }])));
    if (!result.data) throw new ContactRouterError(result.problems);
    validated = result.data;
  }
  return validated;
}

export interface ChannelView {
  id: ChannelId;
  name: string;
  when: string;
  how: readonly string[];
  ways: readonly { name: string; text: string }[];
  note: string;
  url?: string;
  /** The URL's host without "www.", to show as the link text. */
  host?: string;
  articles: Article[];
}

export interface ChoiceView {
  slug: string;
  label: string;
  hint: string;
  href: string;
}

export interface QuestionStep {
  kind: 'question';
  path: string;
  problem: ChoiceView;
  question: string;
  answers: ChoiceView[];
}

export interface OutcomeStep {
  kind: 'outcome';
  path: string;
  problem: ChoiceView;
  /** The answer chosen, for a problem with a follow-up question. */
  answer?: ChoiceView;
  question?: string;
  title: string;
  /** The short answer: what is going on and what to do, in two or three sentences. */
  summary: string;
  articles: Article[];
  channels: ChannelView[];
  ready: { id: ReadyItemId; text: string }[];
  security: { id: SecurityNoteId; text: string }[];
  /** What to say to the bank, for a route that has a script. */
  bankScript?: { say: string; then: string };
  formFields: FormFieldId[];
  /** Whether to offer the message check under the answer. */
  checkMessage: boolean;
}

export type ContactStep = QuestionStep | OutcomeStep;

function isChannelId(id: string): id is ChannelId {
  return channelData.some((channel) => channel.id === id);
}

function channelView(locale: Locale, id: string): ChannelView {
  const channel = router().channels.find((candidate) => candidate.id === id);
  if (!channel || !isChannelId(id)) throw new Error(`Unknown contact channel "${id}"`);
  const texts = getDictionary(locale).contact.channels[id];
  const host = channel.url ? new URL(channel.url).hostname.replace(/^www\./, '') : undefined;
  return {
    id,
    name: texts.name,
    when: texts.when,
    how: texts.how,
    ways: texts.ways,
    note: texts.note,
    ...(channel.url && host ? { url: channel.url, host } : {}),
    articles: getArticlesBySlug(locale, channel.articles),
  };
}

/** Every support channel with its texts, for the overview on the first step. */
export function getContactChannels(locale: Locale): ChannelView[] {
  return router().channels.map((channel) => channelView(locale, channel.id));
}

function problemChoice(locale: Locale, problem: Problem): ChoiceView {
  const text = problemTexts(getDictionary(locale))[problem.slug];
  if (!text) throw new Error(`No texts for the contact problem "${problem.slug}"`);
  return { slug: problem.slug, label: text.label, hint: text.hint, href: contactPath(locale, problem.slug) };
}

/** The first question: what went wrong, as links to each problem's page. */
export function getContactProblems(locale: Locale): ChoiceView[] {
  return router().problems.map((problem) => problemChoice(locale, problem));
}

function outcomeStep(locale: Locale, problem: Problem, outcome: Outcome, answerSlug?: string): OutcomeStep {
  const t = getDictionary(locale).contact;
  const problemText = problemTexts(getDictionary(locale))[problem.slug];
  const choice = problemChoice(locale, problem);
  const answerText = answerSlug ? problemText?.answers?.[answerSlug] : undefined;
  const title = answerSlug ? answerText?.title : problemText?.title;
  const summary = answerSlug ? answerText?.answer : problemText?.answer;
  if (!title || !summary || (answerSlug && !answerText)) throw new Error(`No texts for the contact route "${problem.slug}/${answerSlug ?? ''}"`);
  return {
    kind: 'outcome',
    path: contactPath(locale, problem.slug, answerSlug),
    problem: choice,
    ...(answerSlug && answerText
      ? { answer: { slug: answerSlug, label: answerText.label, hint: answerText.hint, href: contactPath(locale, problem.slug, answerSlug) }, question: problemText?.question }
      : {}),
    title,
    summary,
    articles: getArticlesBySlug(locale, outcome.articles),
    channels: outcome.channels.map((id) => channelView(locale, id)),
    ready: outcome.ready.map((id) => ({ id, text: t.ready[id] })),
    security: outcome.security.map((id) => ({ id, text: t.security[id] })),
    ...(outcome.bankScript ? { bankScript: t.bankCall.scripts[outcome.bankScript] } : {}),
    formFields: formFieldsFor(outcome.ready),
    checkMessage: outcome.checkMessage,
  };
}

/**
 * One step of the router: `/<locale>/contact/<problem>` is either the follow-up question or, for a
 * problem without one, the result; `/<locale>/contact/<problem>/<answer>` is always a result.
 * Undefined when no such route exists.
 */
export function getContactStep(locale: Locale, problemSlug: string, answerSlug?: string): ContactStep | undefined {
  const problem = router().problems.find((candidate) => candidate.slug === problemSlug);
  if (!problem) return undefined;
  if (answerSlug === undefined) {
    if (problem.outcome) return outcomeStep(locale, problem, problem.outcome);
    const choice = problemChoice(locale, problem);
    const text = problemTexts(getDictionary(locale))[problem.slug];
    return {
      kind: 'question',
      path: choice.href,
      problem: choice,
      question: text?.question ?? choice.label,
      answers: (problem.answers ?? []).map((answer) => {
        const answerText = text?.answers?.[answer.slug];
        return { slug: answer.slug, label: answerText?.label ?? answer.slug, hint: answerText?.hint ?? '', href: contactPath(locale, problem.slug, answer.slug) };
      }),
    };
  }
  const answer = problem.answers?.find((candidate) => candidate.slug === answerSlug);
  return answer ? outcomeStep(locale, problem, answer.outcome, answer.slug) : undefined;
}

/** `[problem]` params for every problem: the pages at /<locale>/contact/<problem>. */
export function contactProblemParams(): { problem: string }[] {
  return router().problems.map((problem) => ({ problem: problem.slug }));
}

/** `[problem]/[answer]` params for every answer of a follow-up question. */
export function contactAnswerParams(): { problem: string; answer: string }[] {
  return router().problems.flatMap((problem) => (problem.answers ?? []).map((answer) => ({ problem: problem.slug, answer: answer.slug })));
}
