/** The problems and answers as far as URLs are concerned: raw route data and validated data both fit. */
type RouteSlugs = readonly { slug: string; answers?: readonly { slug: string }[] }[];

/**
 * Every step of the contact router for one locale: the first step, each problem, each answer.
 * Pure, so the proxy can use it on the raw route data without loading any content.
 */
export function contactStepPaths(locale: string, problems: RouteSlugs): string[] {
  const base = `/${locale}/contact`;
  return [
    base,
    ...problems.flatMap((problem) => [
      `${base}/${problem.slug}`,
      ...(problem.answers ?? []).map((answer) => `${base}/${problem.slug}/${answer.slug}`),
    ]),
  ];
}
