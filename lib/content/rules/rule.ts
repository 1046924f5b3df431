import type { Locale } from '../../i18n';
import type { ContentProblem } from '../problems';
import type { LocaleSource, ParsedArticle, ReadContent } from '../read';

/** One locale's interface text (lib/i18n/dictionaries/<locale>.ts), for the rules that check it. */
export interface InterfaceText {
  locale: Locale;
  /** Path from the project root, for messages. */
  file: string;
  dictionary: unknown;
}

/** What every rule is given: all content as read, and the site's own data when the caller checks it. */
export interface RuleContext extends ReadContent {
  /** Every locale's dictionary for `npm run content:check`; empty when only content is loaded (the build's loader). */
  interfaceText: readonly InterfaceText[];
  /** Whether the contact router must point at this content: true for the site's own content only. */
  contactRouter: boolean;
  /** Whether to check the editors' search words (content:check), and whether the content must have them (the site's). */
  searchWords: { required: boolean } | undefined;
}

/**
 * One check of content:check. `check` returns every problem it finds, never throws for bad content,
 * and reads only the context: what it needs is read once by the reader.
 */
export interface ContentRule {
  /** Kebab-case, the rule's file name in lib/content/rules/. */
  id: string;
  /** One line for README's list of rules. */
  description: string;
  check(context: RuleContext): ContentProblem[];
}

/** The locales that were read, in the site's order. */
export function localeSources(context: Pick<RuleContext, 'locales'>): LocaleSource[] {
  return Object.values(context.locales).filter((source): source is LocaleSource => source !== undefined);
}

/** A piece of an article's text with where it is: a front-matter field, or the body with the line it starts on. */
export interface ArticleText {
  field: string;
  text: string;
  /** Add to a line within `text` (1-based) for the line in the file; undefined for front matter, whose fields carry no line. */
  lineOffset?: number;
}

/** The prose of an article a reader sees: title, summary, source titles and publishers, then the body. */
export function articleTexts(parsed: ParsedArticle, { sources = true } = {}): ArticleText[] {
  const { article } = parsed;
  return [
    { field: 'title', text: article.title },
    { field: 'summary', text: article.summary },
    ...(sources
      ? article.sources.flatMap((source, index) => [
          { field: `sources.${index}.title`, text: source.title },
          { field: `sources.${index}.publisher`, text: source.publisher ?? '' },
        ])
      : []),
    { field: 'body', text: parsed.body, lineOffset: parsed.bodyOffset },
  ];
}
