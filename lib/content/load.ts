import type { Locale } from '../i18n';
import { checkContent, type CheckOptions } from './check';
import type { ContentProblem } from './problems';
import { readContent, type LocaleContent, type ReadOptions } from './read';

export { sortArticles, type Article, type LocaleContent } from './read';

export interface LoadedContent {
  locales: Partial<Record<Locale, LocaleContent>>;
  problems: ContentProblem[];
}

export type LoadOptions = ReadOptions & Omit<CheckOptions, 'rules'>;

/**
 * Reads everything under `contentDir` (read.ts), then runs every rule of content:check over it
 * (check.ts, rules/). It never throws for bad content: every problem found is returned, each naming
 * its file and field, so one run shows them all.
 */
export function loadContent(contentDir: string, options: LoadOptions = {}): LoadedContent {
  const read = readContent(contentDir, options);
  const locales: LoadedContent['locales'] = {};
  for (const source of Object.values(read.locales)) if (source) locales[source.locale] = source.content;
  return { locales, problems: [...read.problems, ...checkContent(read, options)] };
}
