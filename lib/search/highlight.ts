import type { Locale } from '../i18n/config';
import { allowedEdits, editDistance } from './distance';
import { normalizeWords } from './normalize';

/** [start, end) offsets into the original text. */
export type HighlightRange = [start: number, end: number];

/** The word is the term, starts with it ("verif" → "verification") or is a shorter form of it ("declined" → "decline"). */
function wordMatchesAsWritten(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length >= 2 && word.startsWith(term)) return true;
  return word.length >= 4 && term.startsWith(word);
}

/** The word is the term with a typo or two, allowing for the term being the start of the word ("verifcat"). */
function wordMatchesFuzzily(word: string, term: string): boolean {
  const edits = allowedEdits(term.length);
  if (edits === 0) return false;
  if (editDistance(word, term, edits) <= edits) return true;
  return word.length > term.length && editDistance(word.slice(0, term.length), term, edits) <= edits;
}

/** Does a (normalised) word of the text answer a (normalised) query term? */
export function wordMatchesTerm(word: string, term: string): boolean {
  return wordMatchesAsWritten(word, term) || wordMatchesFuzzily(word, term);
}

const displayWord = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

interface Token {
  start: number;
  end: number;
  /** The normalised words of this display word (usually one; "giftcard" gives two). */
  words: string[];
}

const tokenCache = new Map<string, Token[]>();

/** The words of a text with their offsets, normalised as the index was; titles and summaries recur, so kept. */
function tokenize(text: string, locale: Locale): Token[] {
  const key = `${locale}\u0000${text}`;
  let tokens = tokenCache.get(key);
  if (!tokens) {
    tokens = [...text.matchAll(displayWord)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      words: normalizeWords(match[0], locale),
    }));
    if (tokenCache.size > 2000) tokenCache.clear();
    tokenCache.set(key, tokens);
  }
  return tokens;
}

/**
 * Where the query's words occur in a text as readers see it. Each word of the text is normalised the
 * way the index was, so "unauthorised" is marked for "unauthorized" and "gift card" for "giftcard".
 * A term is marked fuzzily only where the text does not hold it as written, so "charge" does not also
 * mark "change". `phrase` (the whole normalised query) is marked where it occurs word for word, so a
 * pasted "NOT CAPTURED" is marked whole even though "not" alone is not searched for.
 */
export function highlightRanges(text: string, terms: readonly string[], locale: Locale, phrase?: string): HighlightRange[] {
  if (terms.length === 0 && !phrase) return [];
  const tokens = tokenize(text, locale);
  const marked = tokens.map(() => false);
  for (const term of terms) {
    let found = false;
    tokens.forEach((token, index) => {
      if (token.words.some((word) => wordMatchesAsWritten(word, term))) found = marked[index] = true;
    });
    if (found) continue;
    tokens.forEach((token, index) => {
      if (token.words.some((word) => wordMatchesFuzzily(word, term))) marked[index] = true;
    });
  }
  const phraseWords = phrase?.split(' ').filter(Boolean) ?? [];
  if (phraseWords.length >= 2) {
    const flat = tokens.flatMap((token, index) => token.words.map((word) => ({ word, index })));
    for (let start = 0; start + phraseWords.length <= flat.length; start++) {
      if (phraseWords.every((word, offset) => flat[start + offset]!.word === word)) {
        for (let offset = 0; offset < phraseWords.length; offset++) marked[flat[start + offset]!.index] = true;
      }
    }
  }
  const ranges: HighlightRange[] = [];
  tokens.forEach((token, index) => {
    if (!marked[index]) return;
    const last = ranges[ranges.length - 1];
    // Neighbouring marked words separated only by spaces become one mark.
    if (last && /^\s*$/.test(text.slice(last[1], token.start))) last[1] = token.end;
    else ranges.push([token.start, token.end]);
  });
  return ranges;
}

export interface TextPart {
  text: string;
  highlighted: boolean;
}

/** The text cut at the ranges, ready to render with <mark> around the highlighted parts. */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) parts.push({ text: text.slice(position, start), highlighted: false });
    parts.push({ text: text.slice(start, end), highlighted: true });
    position = end;
  }
  if (position < text.length) parts.push({ text: text.slice(position), highlighted: false });
  return parts;
}
