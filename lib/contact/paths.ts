import type { Locale } from '../i18n/config';
import { sitePath, type SitePath } from '../paths';

/** The problems and answers as far as URLs are concerned: raw route data and validated data both fit. */
type RouteSlugs = readonly { slug: string; answers?: readonly { slug: string }[] }[];

/**
 * Every step of the contact router for one locale: the first step, each problem, each answer.
 * Pure, so the proxy can use it on the raw route data without loading any content.
 */
export function contactSteps(locale: Locale, problems: RouteSlugs): SitePath[] {
  return [
    { kind: 'contact', locale },
    ...problems.flatMap((problem): SitePath[] => [
      { kind: 'contact', locale, problem: problem.slug },
      ...(problem.answers ?? []).map((answer): SitePath => ({ kind: 'contact', locale, problem: problem.slug, answer: answer.slug })),
    ]),
  ];
}

/** The same steps as paths: `/en/contact`, `/en/contact/declined`, `/en/contact/declined/knet-page`… */
export function contactStepPaths(locale: Locale, problems: RouteSlugs): string[] {
  return contactSteps(locale, problems).map(sitePath);
}
