/**
 * Latin phrases inside Arabic text. The Unicode bidirectional algorithm gives punctuation at the edge
 * of a Latin phrase the direction of the Arabic around it, so «Need More Help?» is drawn with its
 * question mark before "Need", and `Your Account ← Login & Security` joins into one left-to-right
 * run that reads backwards. Wrapping the phrase in FSI (U+2068) … PDI (U+2069) keeps it whole. The
 * renderer already isolates bold, italic and code that hold only Latin text; everything else (plain
 * text, summaries, source titles, interface strings) must be isolated by the author.
 */
import { getDictionary, localeInfo, locales } from '../i18n';
import { lineFinder } from './lines';
import type { ContentProblem } from './problems';

export interface UnisolatedLatin {
  kind: 'edge-punctuation' | 'arrow';
  /** The Latin phrase, with the punctuation or arrow that gives it away. */
  text: string;
  /** 1-based line within the text checked. */
  line: number;
}

export const FSI = '\u2068';
export const PDI = '\u2069';

const arabicLetter = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const latinLetter = /[A-Za-z]/;
/** Stands in for text that is already isolated: neither Latin nor punctuation. */
const HIDDEN = '\uFFFC';
const arrow = /[←→⇐⇒⟵⟶➜➔]/;
/** A Latin phrase: starts and ends with a letter or digit, may hold spaces and inner punctuation. */
const latinRun = /[A-Za-z0-9](?:[A-Za-z0-9 '’&.,:/@_+\-?!]*[A-Za-z0-9])?/g;
/** Punctuation that belongs to a Latin phrase when it touches it (brackets and quotes pair up and are drawn right). */
const leadingPunctuation = /[.,:;?!/\-@&+%~#…]/;
const trailingPunctuation = /[?!/\-@&+%~#…]/;
/** A full stop, comma or colon after a Latin phrase ends the Arabic sentence when a space or the line's end follows. */
const sentencePunctuation = /[.,:;]/;
/** Skipped when looking for what an arrow joins: spaces, quotes, brackets and Markdown emphasis marks. */
const besideArrow = /[\s«»"“”'‘’()*_]/;

function hide(text: string, pattern: RegExp, when: (match: RegExpExecArray) => boolean = () => true): string {
  return text.replace(pattern, (...args) => {
    const match = args.slice(0, -2) as unknown as RegExpExecArray;
    return when(match) ? match[0].replace(/[^\n]/g, HIDDEN) : match[0];
  });
}

const latinOnly = (content: string) => latinLetter.test(content) && !arabicLetter.test(content);

/**
 * Text with everything already isolated or not drawn as prose replaced by placeholders, lines kept:
 * isolates, fenced and inline code, link and image addresses, HTML tags and comments, and Latin-only
 * bold or italic spans (the renderer gives those `dir="ltr"`).
 */
function visibleProse(markdown: string): string {
  let text = markdown;
  text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
  text = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  text = text.replace(/^(\s*>\s*)\[![A-Z]+\]/gm, (marker) => marker.replace(/[^\n]/g, ' '));
  text = hide(text, /[\u2066\u2067\u2068][^\u2069\n]*\u2069/g);
  text = text.replace(/\]\([^)\n]*\)/g, (destination) => `]${' '.repeat(destination.length - 1)}`);
  text = text.replace(/<https?:[^>\s]*>/g, (link) => ' '.repeat(link.length));
  // Raw HTML tags are markup, not prose (and are sanitized away or drawn by the browser).
  text = text.replace(/<(script|style|textarea|template|iframe|object|noscript)\b[\s\S]*?<\/\1\s*>/gi, (element) => element.replace(/[^\n]/g, ' '));
  text = text.replace(/<\/?[A-Za-z][^<>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, (markup) => markup.replace(/[^\n]/g, ' '));
  text = hide(text, /`[^`\n]+`/g, (match) => latinOnly(match[0]));
  text = hide(text, /\*\*([^*\n]+)\*\*/g, (match) => latinOnly(match[1]!));
  text = hide(text, /(?<![*\w])\*(?![\s*])([^*\n]+?)\*(?![*\w])/g, (match) => latinOnly(match[1]!));
  text = hide(text, /(?<![_\w])_(?![\s_])([^_\n]+?)_(?![_\w])/g, (match) => latinOnly(match[1]!));
  return text;
}

/** Latin phrases in Arabic `markdown` (or plain text) that will be drawn in the wrong order. */
export function findUnisolatedLatin(markdown: string): UnisolatedLatin[] {
  const text = visibleProse(markdown);
  // Lines by binary search over where they start: counting the text before each phrase is quadratic in a long article.
  const lineAt = lineFinder(text);
  const found: UnisolatedLatin[] = [];

  for (const match of text.matchAll(latinRun)) {
    if (!latinLetter.test(match[0])) continue;
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    // Markdown emphasis marks are not drawn: what follows them decides whether the sentence ends.
    const afterNext = text.slice(end + 1).replace(/^[*_~]+/, '')[0] ?? '';
    const sentenceEnd = sentencePunctuation.test(after) && (afterNext === '' || /\s/.test(afterNext) || arabicLetter.test(afterNext));
    if (leadingPunctuation.test(before)) {
      found.push({ kind: 'edge-punctuation', text: before + match[0], line: lineAt(start) });
    } else if (trailingPunctuation.test(after) || (sentencePunctuation.test(after) && !sentenceEnd)) {
      found.push({ kind: 'edge-punctuation', text: match[0] + after, line: lineAt(start) });
    }
  }

  for (const match of text.matchAll(new RegExp(arrow.source, 'g'))) {
    const neighbour = (step: -1 | 1) => {
      let index = match.index + step;
      while (index >= 0 && index < text.length && besideArrow.test(text[index]!)) index += step;
      return text[index] ?? '';
    };
    const left = neighbour(-1);
    const right = neighbour(1);
    if (/[A-Za-z0-9?!.]/.test(left) || /[A-Za-z0-9?!.]/.test(right)) {
      const from = Math.max(0, match.index - 20);
      const snippet = markdown.slice(from, match.index + 21).split('\n').find((part) => part.includes(match[0])) ?? match[0];
      found.push({ kind: 'arrow', text: snippet.trim(), line: lineAt(match.index) });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

export function unisolatedLatinMessage(found: UnisolatedLatin): string {
  return found.kind === 'arrow'
    ? `"${found.text}": a Latin phrase beside an arrow outside an isolate reads backwards in Arabic; wrap each Latin phrase in U+2068 … U+2069 (FSI … PDI), leaving the arrow outside`
    : `"${found.text}": a Latin phrase with punctuation at its edge outside an isolate is drawn in the wrong order in Arabic; wrap it, punctuation included, in U+2068 … U+2069 (FSI … PDI)`;
}

/** Every string in a value (a dictionary, a category list), with its dotted path; functions are called with sample arguments. */
export function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    try {
      return stringsOf((value as (...args: unknown[]) => unknown)(2, 'س'), path);
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => stringsOf(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The problems of one Arabic article: title, summary, source titles and publishers, and the body. */
export function articleIsolationProblems(
  file: string,
  article: { title: string; summary: string; sources: { title: string; publisher?: string }[] },
  body: string,
  bodyOffset: number,
): ContentProblem[] {
  const fields = [
    ['title', article.title],
    ['summary', article.summary],
    ...article.sources.flatMap((source, index) => [
      [`sources.${index}.title`, source.title],
      [`sources.${index}.publisher`, source.publisher ?? ''],
    ]),
  ] as const;
  return [
    ...fields.flatMap(([field, text]) => findUnisolatedLatin(text).map((found) => ({ file, field, message: unisolatedLatinMessage(found) }))),
    ...findUnisolatedLatin(body).map((found) => ({ file, field: 'body', line: found.line + bodyOffset, message: unisolatedLatinMessage(found) })),
  ];
}

/** The problems of every string in `value` (a right-to-left dictionary or category list), by dotted path. */
export function stringIsolationProblems(file: string, value: unknown): ContentProblem[] {
  return stringsOf(value).flatMap(({ path, text }) =>
    findUnisolatedLatin(text).map((found) => ({ file, field: path || '(text)', message: unisolatedLatinMessage(found) })),
  );
}

/** Every right-to-left locale's interface text, for `npm run content:check`. */
export function dictionaryIsolationProblems(): ContentProblem[] {
  return locales
    .filter((locale) => localeInfo[locale].dir === 'rtl')
    .flatMap((locale) => stringIsolationProblems(`lib/i18n/dictionaries/${locale}.ts`, getDictionary(locale)));
}
