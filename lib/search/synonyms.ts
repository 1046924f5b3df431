import type { Locale } from '../i18n/config';
import { maxQueryLength, normalizeWords, queryFromWords, type NormalizedQuery } from './normalize';
import type { LexiconTranslation, SearchLexicon } from './words';

/**
 * Other ways of writing a query that are searched besides the words as typed: phrases of the other
 * script translated ("كي نت" → "knet" on English pages, "gift card" → "بطاقة هدايا" on Arabic ones),
 * and readers' phrases put in the articles' words ("hotline" → "phone number"). The tables are
 * editors' data (`content/search-translations.json`, `content/<locale>/search-words.json`), carried
 * by the index and compiled into a `SearchLexicon` (`words.ts`).
 *
 * Expanded at query time, not at index time: the query is searched as typed, and again with its
 * phrases rewritten; each article keeps the better of its scores, a match through a translation
 * counting half and one through a reader's phrase 0.8. That way the index stays the articles' own
 * words (no bigger, and highlighting marks only what is there), an article is never credited with a
 * word it does not contain, the words as typed outrank their translation, and a change to the words
 * needs no new index records. Spelling variants within one script (أمازون/امازون, كينت/كي نت) are
 * not listed: normalisation makes them one word.
 */

/** The script each site's articles are written in, which a query's synonyms are translated into. */
const siteScript: Record<Locale, 'latin' | 'arabic'> = { en: 'latin', ar: 'arabic' };

interface Occurrence {
  start: number;
  length: number;
  /** The other script's usual form, which replaces the words. */
  translation: readonly string[];
}

/**
 * Phrases of the table in the query's words that are to be translated, longest first, without
 * overlaps: those in the other script than the site's, and KNET messages in either script.
 */
function occurrences(words: readonly string[], table: readonly LexiconTranslation[], locale: Locale): Occurrence[] {
  const found: Occurrence[] = [];
  for (let start = 0; start < words.length; ) {
    let best: (Occurrence & { translate: boolean }) | undefined;
    for (const group of table) {
      for (const script of ['latin', 'arabic'] as const) {
        const translation = group[script === 'latin' ? 'arabic' : 'latin'][0];
        for (const phrase of group[script]) {
          if (!translation || phrase.length <= (best?.length ?? 0)) continue;
          if (phrase.every((word, offset) => words[start + offset] === word)) {
            best = { start, length: phrase.length, translation, translate: group.message || script !== siteScript[locale] };
          }
        }
      }
    }
    if (best?.translate) found.push(best);
    start += best?.length ?? 1;
  }
  return found;
}

/** A way of writing the query that is searched. */
export interface QueryVariant extends NormalizedQuery {
  /** The phrases put in place of typed ones ("بطاقه هدايا" for "gift card"); none for the query as typed. */
  translations: string[];
}

/**
 * The query as typed, then (when it holds a phrase to translate) the same query with each such
 * phrase in the site's script: "gift card balance" → "بطاقه هدايا balance" on Arabic pages.
 */
export function queryVariants(query: string, lexicon: SearchLexicon): QueryVariant[] {
  return variantsOfWords(normalizeWords(query.slice(0, maxQueryLength), lexicon.locale), lexicon);
}

/** Each reader phrase of the editors' synonyms in the query's words: longest first, without overlaps. */
function readerPhrases(words: readonly string[], lexicon: SearchLexicon): { start: number; length: number; article: string[] }[] {
  const found: { start: number; length: number; article: string[] }[] = [];
  for (let start = 0; start < words.length; ) {
    let best: { start: number; length: number; article: string[] } | undefined;
    for (const entry of lexicon.synonyms) {
      for (const phrase of entry.reader) {
        if (phrase.length <= (best?.length ?? 0)) continue;
        if (phrase.every((word, offset) => words[start + offset] === word)) best = { start, length: phrase.length, article: entry.article };
      }
    }
    if (best) found.push(best);
    start += best?.length ?? 1;
  }
  return found;
}

/**
 * The query's normalised words with each reader phrase (longest first, without overlaps) put in
 * the articles' words: "knet hotline" → "knet phone number". Undefined when none occurs.
 */
export function rewordQuery(words: readonly string[], lexicon: SearchLexicon): string[] | undefined {
  const phrases = readerPhrases(words, lexicon);
  if (phrases.length === 0) return undefined;
  const reworded: string[] = [];
  let next = 0;
  for (const phrase of phrases) {
    reworded.push(...words.slice(next, phrase.start), ...phrase.article);
    next = phrase.start + phrase.length;
  }
  return [...reworded, ...words.slice(next)];
}

/**
 * Positions of the query's normalised words that the editors' tables read: inside a reader's phrase
 * (`rewordQuery`) or a phrase to translate (`variantsOfWords`). Such a word is understood even when
 * no article holds it as typed ("ريفند", "payment declined" on an Arabic page).
 */
export function tablePositions(words: readonly string[], lexicon: SearchLexicon): Set<number> {
  const positions = new Set<number>();
  for (const occurrence of [...readerPhrases(words, lexicon), ...occurrences(words, lexicon.translations, lexicon.locale)]) {
    for (let at = 0; at < occurrence.length; at++) positions.add(occurrence.start + at);
  }
  return positions;
}

/**
 * Words in the other script that the Arabizi step may produce on English pages, so they can be
 * translated: the Arabic phrases of the cross-script table, normalised as the query is.
 */
export function crossScriptArabicWords(lexicon: SearchLexicon): string[] {
  return [...new Set(lexicon.translations.flatMap((group) => group.arabic.flat()))];
}

/**
 * `queryVariants` for words that are already normalised (the query after Arabizi, dialect forms
 * and typo corrections): the words, then the same words with the table's phrases translated.
 */
export function variantsOfWords(words: readonly string[], lexicon: SearchLexicon): QueryVariant[] {
  const typed = { ...queryFromWords(words, lexicon.stopwords), translations: [] };
  const found = occurrences(words, lexicon.translations, lexicon.locale);
  if (found.length === 0) return [typed];
  const translated: string[] = [];
  let position = 0;
  for (const occurrence of found) {
    translated.push(...words.slice(position, occurrence.start), ...occurrence.translation);
    position = occurrence.start + occurrence.length;
  }
  translated.push(...words.slice(position));
  const variant = { ...queryFromWords(translated, lexicon.stopwords), translations: found.map((occurrence) => occurrence.translation.join(' ')) };
  return variant.text === typed.text || variant.terms.length === 0 ? [typed] : [typed, variant];
}
