import type { Locale } from '../i18n/config';
import { contactPath } from '../paths';

/** The problems and answers as far as URLs are concerned: raw route data and validated data both fit. */
type RouteSlugs = readonly { slug: string; answers?: readonly { slug: string }[] }[];

/**
 * Every step of the contact router for one locale: the first step, each problem, each answer.
 * Pure, so the proxy can use it on the raw route data without loading any content.
 */
export function contactStepPaths(locale: Locale, problems: RouteSlugs): string[] {
  return [
    contactPath(locale),
    ...problems.flatMap((problem) => [
      contactPath(locale, problem.slug),
      ...(problem.answers ?? []).map((answer) => contactPath(locale, problem.slug, answer.slug)),
    ]),
  ];
}
