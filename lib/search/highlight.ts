import type { Locale } from '../i18n/config';
import { allowedEdits, editDistance } from './distance';
import { normalizeWords, textRules } from './normalize';

/** [start, end) offsets into the original text. */
export type HighlightRange = [start: number, end: number];

/**
 * The word is the term, starts with it ("verif" → "verification") or is a shorter form of it
 * ("declined" → "decline"). A term shorter than `minPrefix` letters only marks itself.
 */
function wordMatchesAsWritten(word: string, term: string, minPrefix = 2): boolean {
  if (word === term) return true;
  if (term.length >= minPrefix && word.startsWith(term)) return true;
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
export function wordMatchesTerm(word: string, term: string, minPrefix = 2): boolean {
  return wordMatchesAsWritten(word, term, minPrefix) || wordMatchesFuzzily(word, term);
}

const displayWord = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

interface Token {
  start: number;
  end: number;
  /** The normalised words of this display word (usually one; "giftcard" gives two). */
  words: string[];
}

const tokenCache = new Map<string, Token[]>();

/** Neighbouring words the locale joins into one ("كي نت" → "كينت") become one token, marked together. */
function joinTokens(text: string, tokens: Token[], locale: Locale): Token[] {
  const { joinedPairs } = textRules(locale);
  if (!joinedPairs) return tokens;
  const joined: Token[] = [];
  for (const token of tokens) {
    const previous = joined[joined.length - 1];
    const pair = previous && joinedPairs.get(`${previous.words[previous.words.length - 1]} ${token.words[0]}`);
    if (previous && pair && /^[\s\-\u2010-\u2013]*$/.test(text.slice(previous.end, token.start))) {
      joined[joined.length - 1] = { start: previous.start, end: token.end, words: [...previous.words.slice(0, -1), pair, ...token.words.slice(1)] };
    } else joined.push(token);
  }
  return joined;
}

/** The words of a text with their offsets, normalised as the index was; titles and summaries recur, so kept. */
function tokenize(text: string, locale: Locale): Token[] {
  const key = `${locale}\u0000${text}`;
  let tokens = tokenCache.get(key);
  if (!tokens) {
    tokens = joinTokens(
      text,
      [...text.matchAll(displayWord)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        words: normalizeWords(match[0], locale),
      })),
      locale,
    );
    if (tokenCache.size > 2000) tokenCache.clear();
    tokenCache.set(key, tokens);
  }
  return tokens;
}

/**
 * Where the query's words occur in a text as readers see it. Each word of the text is normalised the
 * way the index was, so "unauthorised" is marked for "unauthorized" and "gift card" for "giftcard".
 * A term is marked fuzzily only where the text does not hold it as written, so "charge" does not also
 * mark "change". Each of `phrases` (the whole normalised query, and its synonyms in the other script)
 * is marked where it occurs word for word, so a pasted "NOT CAPTURED" is marked whole even though
 * "not" alone is not searched for. Marks cover whole words, so an Arabic word is never cut in two.
 */
export function highlightRanges(
  text: string,
  terms: readonly string[],
  locale: Locale,
  phrases?: string | readonly string[],
): HighlightRange[] {
  const phraseList = typeof phrases === 'string' ? [phrases] : (phrases ?? []);
  if (terms.length === 0 && phraseList.length === 0) return [];
  const tokens = tokenize(text, locale);
  const marked = tokens.map(() => false);
  const { minPrefix } = textRules(locale);
  for (const term of terms) {
    let found = false;
    tokens.forEach((token, index) => {
      if (token.words.some((word) => wordMatchesAsWritten(word, term, minPrefix))) found = marked[index] = true;
    });
    if (found) continue;
    tokens.forEach((token, index) => {
      if (token.words.some((word) => wordMatchesFuzzily(word, term))) marked[index] = true;
    });
  }
  const flat = tokens.flatMap((token, index) => token.words.map((word) => ({ word, index })));
  for (const phrase of phraseList) {
    const phraseWords = phrase.split(' ').filter(Boolean);
    if (phraseWords.length === 0) continue;
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
