/**
 * A message as the patterns read it: lower case, Arabic-Indic and Persian digits as ASCII, one alef
 * for أ إ آ ٱ, ه for ة, ي for ى, straight quotes, and without tashkeel, tatweel or direction marks.
 * `at` maps each character back to the original, so a sign can quote the message as written and a
 * code be masked where it stands.
 */
export interface FoldedText {
  text: string;
  /** `at[i]`: where the folded text's character `i` is in the original. */
  at: number[];
}

/** Tashkeel, tatweel and the invisible direction and joining marks. */
const isDropped = (code: number) =>
  (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || code === 0x061c || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);

const replaced: Record<string, string> = { '\u066b': '.', '\u066c': ',', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', '’': "'", '‘': "'", '“': '"', '”': '"' };

export function foldText(original: string): FoldedText {
  // Lower-casing the whole text at once is much faster; a character whose lower case is longer ("İ") keeps its length this way too.
  const lower = original.toLowerCase();
  const sameLength = lower.length === original.length;
  const chars: string[] = [];
  const at: number[] = [];
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (isDropped(code)) continue;
    let char: string;
    if (code >= 0x0660 && code <= 0x0669) char = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) char = String(code - 0x06f0);
    else char = replaced[original[index]!] ?? (sameLength ? lower[index]! : original[index]!.toLowerCase().charAt(0));
    chars.push(char);
    at.push(index);
  }
  return { text: chars.join(''), at };
}

const letterOrDigit = String.raw`[\p{L}\p{N}]`;

/** Whole words only: `\b` knows no Arabic letters. */
export const word = (source: string) => String.raw`(?<!${letterOrDigit})(?:${source})(?!${letterOrDigit})`;

/**
 * An Arabic word, with the letters written on its front allowed (و ف ب ل ك, then the article) and
 * its end left open for the endings (ك، ها، كم، ي…).
 */
export const arabic = (source: string) => String.raw`(?<!${letterOrDigit})(?:[وفبلك]?(?:ال)?)(?:${source})`;

/** The same, closed at the end: for short words that are the start of others. */
export const arabicWord = (source: string) => `${arabic(source)}(?!${letterOrDigit})`;

/** Any of these patterns, as one case-insensitive Unicode regular expression. */
export const anyOf = (...sources: string[]) => new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'gu');

/** Up to `max` characters of the same sentence. */
export const near = (max: number) => String.raw`[^.!?؟\n]{0,${max}}?`;

/** Words in the text, Latin or Arabic, digits included. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Where a match is, in the folded text. */
export interface Span {
  start: number;
  end: number;
}

/** Every match of a global pattern. */
export function spans(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
