import { getDictionary, type Locale } from '../../i18n';
import type { ContentProblem } from '../problems';
import { articlePageIds } from '../schema';
import { localeSources, type ContentRule } from './rule';

export const sectionHeadings: ContentRule = {
  id: 'section-headings',
  description:
    'sections start at "## " (the title is the only h1), and no heading takes an id of the page\'s own parts (#sources, #related …) or repeats one of its section titles',
  check(context) {
    return localeSources(context).flatMap((source) =>
      source.articles.flatMap(({ article, rendered, bodyOffset }) => [
        ...headingClashes(rendered.html, source.locale, article.file),
        ...rendered.h1Lines.map((line) => ({
          file: article.file,
          field: 'body',
          line: line + bodyOffset,
          message: 'a "# " heading: the title is the page\'s only h1, start sections at "## "',
        })),
      ]),
    );
  },
};

/**
 * Headings that would take an id of the page's own parts (#sources, #related, …) or repeat the title
 * of one of its sections ("Still need help?" above the page's own "Still need help?" box).
 */
function headingClashes(html: string, locale: Locale, file: string): ContentProblem[] {
  const { article } = getDictionary(locale);
  const reservedIds = new Set<string>(Object.values(articlePageIds));
  const sectionTitles = new Map(
    [article.sourcesTitle, article.relatedTitle, article.stillNeedHelpTitle, article.tocTitle].map((title) => [comparable(title), title]),
  );
  const problems: ContentProblem[] = [];
  for (const heading of html.matchAll(/<h[1-6] id="([^"]*)"[^>]*>([\s\S]*?)<\/h[1-6]>/g)) {
    const id = heading[1]!;
    const text = heading[2]!.replace(/<[^>]*>/g, '').trim();
    if (reservedIds.has(id)) {
      problems.push({ file, field: 'body', message: `heading "${text}" gets the id "${id}", which the page already gives its own part around the article: the table of contents and links to #${id} would lead there; rename the heading` });
    } else if (sectionTitles.has(comparable(text))) {
      problems.push({ file, field: 'body', message: `heading "${text}" repeats the title of the page's own "${sectionTitles.get(comparable(text))}" section: rename the heading` });
    }
  }
  return problems;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}
