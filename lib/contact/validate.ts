import type { z } from 'zod';
import type { Dictionary } from '../i18n';
import type { ContentProblem } from '../content/problems';
import { channelsSchema, problemsSchema, type Channel, type Outcome, type Problem } from './schema';

/** Where the router's data lives, for messages: `lib/contact/routes.ts: declined/knet-page → articles.1 — …`. */
export const routesFile = 'lib/contact/routes.ts';
export const channelsFile = 'lib/contact/channels.ts';

export interface ContactRouterInput {
  channels: unknown;
  problems: unknown;
}

export interface ContactRouterContext {
  /** Published article slugs per locale: every route must point at articles that exist in every locale. */
  articleSlugs: Readonly<Record<string, readonly string[]>>;
  /** The dictionaries: every problem, answer, channel and note needs its texts in every locale. */
  dictionaries: Readonly<Record<string, Dictionary>>;
}

export interface ContactRouterData {
  channels: Channel[];
  problems: Problem[];
}

export type ContactRouterResult = { data: ContactRouterData; problems: [] } | { data?: undefined; problems: ContentProblem[] };

/** The shape of one problem's texts, loose enough to look up any slug (missing ones are reported). */
export interface ProblemTexts {
  label: string;
  hint: string;
  question?: string;
  title?: string;
  answer?: string;
  answers?: Readonly<Record<string, AnswerTexts>>;
}

export interface AnswerTexts {
  label: string;
  hint: string;
  title: string;
  answer: string;
}

export function problemTexts(dictionary: Dictionary): Readonly<Record<string, ProblemTexts>> {
  return dictionary.contact.problems;
}

function zodProblems(file: string, error: z.ZodError, describe: (path: PropertyKey[]) => string): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: describe(issue.path), message: issue.message }));
}

/** `problems.0.answers.1.outcome.articles.2` → `declined/card-on-amazon → articles.2`, when the slugs are known. */
function routeField(raw: unknown, path: PropertyKey[]): string {
  const at = (value: unknown, key: PropertyKey): unknown =>
    value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const problem = at(raw, path[0] ?? '');
  const problemSlug = at(problem, 'slug');
  if (typeof problemSlug !== 'string') return path.map(String).join('.') || '(the list)';
  let route = problemSlug;
  let rest = path.slice(1);
  if (rest[0] === 'answers' && typeof rest[1] === 'number') {
    const answerSlug = at(at(at(problem, 'answers'), rest[1]), 'slug');
    route += `/${typeof answerSlug === 'string' ? answerSlug : `answers.${rest[1]}`}`;
    rest = rest.slice(2);
  }
  if (rest[0] === 'outcome') rest = rest.slice(1);
  return rest.length > 0 ? `${route} → ${rest.map(String).join('.')}` : route;
}

/**
 * Validates the router's data with its zod schema, then checks it against the site: every article
 * slug must be a published article and every channel id a channel, in every locale, and every
 * route, channel, checklist item and security note must have its texts in every dictionary. Returns
 * every problem found (each naming the route and field), or the parsed data when there is none.
 */
export function checkContactRouter(input: ContactRouterInput, context: ContactRouterContext): ContactRouterResult {
  const found: ContentProblem[] = [];
  const parsedChannels = channelsSchema.safeParse(input.channels);
  const parsedProblems = problemsSchema.safeParse(input.problems);
  if (!parsedChannels.success) found.push(...zodProblems(channelsFile, parsedChannels.error, (path) => path.map(String).join('.')));
  if (!parsedProblems.success) found.push(...zodProblems(routesFile, parsedProblems.error, (path) => routeField(input.problems, path)));
  if (!parsedChannels.success || !parsedProblems.success) return { problems: found };

  const channels = parsedChannels.data;
  const problems = parsedProblems.data;
  const channelIds = channels.map((channel) => channel.id);
  const locales = Object.keys(context.articleSlugs);

  const checkArticles = (file: string, field: string, slugs: readonly string[]) => {
    slugs.forEach((slug, index) => {
      if (slugs.indexOf(slug) !== index) found.push({ file, field: `${field}.${index}`, message: `lists "${slug}" twice` });
      for (const locale of locales) {
        if (!context.articleSlugs[locale]?.includes(slug)) {
          found.push({ file, field: `${field}.${index}`, message: `no published article "${slug}" in ${locale}` });
        }
      }
    });
  };

  channels.forEach((channel, index) => {
    if (channelIds.indexOf(channel.id) !== index) found.push({ file: channelsFile, field: `${index}.id`, message: `channel "${channel.id}" is listed twice` });
    checkArticles(channelsFile, `${channel.id} → articles`, channel.articles);
  });

  const routes: { route: string; outcome: Outcome }[] = [];
  problems.forEach((problem, index) => {
    if (problems.findIndex((other) => other.slug === problem.slug) !== index) {
      found.push({ file: routesFile, field: `${problem.slug} → slug`, message: `problem "${problem.slug}" is listed twice` });
    }
    if (problem.outcome) routes.push({ route: problem.slug, outcome: problem.outcome });
    problem.answers?.forEach((answer, answerIndex) => {
      if (problem.answers?.findIndex((other) => other.slug === answer.slug) !== answerIndex) {
        found.push({ file: routesFile, field: `${problem.slug}/${answer.slug} → slug`, message: `answer "${answer.slug}" is listed twice` });
      }
      routes.push({ route: `${problem.slug}/${answer.slug}`, outcome: answer.outcome });
    });
  });

  for (const { route, outcome } of routes) {
    checkArticles(routesFile, `${route} → articles`, outcome.articles);
    outcome.channels.forEach((id, index) => {
      const field = `${route} → channels.${index}`;
      if (!channelIds.includes(id)) found.push({ file: routesFile, field, message: `no channel "${id}" in ${channelsFile} (known: ${channelIds.join(', ')})` });
      else if (outcome.channels.indexOf(id) !== index) found.push({ file: routesFile, field, message: `lists channel "${id}" twice` });
    });
    outcome.ready.forEach((id, index) => {
      if (outcome.ready.indexOf(id) !== index) found.push({ file: routesFile, field: `${route} → ready.${index}`, message: `lists "${id}" twice` });
    });
  }

  for (const [locale, dictionary] of Object.entries(context.dictionaries)) {
    const file = `lib/i18n/dictionaries/${locale}.ts`;
    const texts = problemTexts(dictionary);
    const channelTexts: Readonly<Record<string, unknown>> = dictionary.contact.channels;
    for (const id of channelIds) {
      if (!channelTexts[id]) found.push({ file, field: `contact.channels.${id}`, message: `no texts for channel "${id}"` });
    }
    for (const problem of problems) {
      const text = texts[problem.slug];
      const field = `contact.problems.${problem.slug}`;
      if (!text) {
        found.push({ file, field, message: `no texts for the route "${problem.slug}"` });
        continue;
      }
      if (problem.answers) {
        if (!text.question) found.push({ file, field: `${field}.question`, message: `"${problem.slug}" has answers, so it needs the question they answer` });
        for (const answer of problem.answers) {
          const answerText = text.answers?.[answer.slug];
          if (!answerText?.label || !answerText.title || !answerText.answer) {
            found.push({ file, field: `${field}.answers.${answer.slug}`, message: `the route "${problem.slug}/${answer.slug}" needs a label, a title and an answer` });
          }
        }
        for (const slug of Object.keys(text.answers ?? {})) {
          if (!problem.answers.some((answer) => answer.slug === slug)) {
            found.push({ file, field: `${field}.answers.${slug}`, message: `texts for an answer that ${routesFile} does not have` });
          }
        }
      } else if (!text.title || !text.answer) {
        found.push({ file, field, message: `the route "${problem.slug}" needs a title and an answer` });
      }
    }
    for (const slug of Object.keys(texts)) {
      if (!problems.some((problem) => problem.slug === slug)) {
        found.push({ file, field: `contact.problems.${slug}`, message: `texts for a problem that ${routesFile} does not have` });
      }
    }
  }

  return found.length > 0 ? { problems: found } : { data: { channels, problems }, problems: [] };
}
