import type { Locale } from '../i18n/config';
import { normalizeWords, textRules } from './normalize';
import type { SearchTranslation, SearchWordsFile } from './words-schema';

/**
 * A locale's search words as its index carries them (`content/<locale>/search-words.json` and the
 * shared translations), and the same words normalised for the engine (`SearchLexicon`). The build
 * validates and embeds them (`words-data.ts`); the browser compiles them once per index.
 */
export interface SearchWords extends SearchWordsFile {
  translations: SearchTranslation[];
}

export const emptySearchWords: SearchWords = { stopwords: [], notCovered: [], dialect: {}, synonyms: [], messages: { scam: [], code: [] }, translations: [] };

/** One translation group in a locale's normalised words. */
export interface LexiconTranslation {
  latin: string[][];
  arabic: string[][];
  message: boolean;
}

/** A locale's search words in normalised form, with the language's own stopwords. */
export interface SearchLexicon {
  locale: Locale;
  /** The language's function words (`normalize.ts`) and the editors' stopwords. */
  stopwords: ReadonlySet<string>;
  /** Names of things no article covers: searched as typed, never corrected, never understood. */
  notCovered: ReadonlySet<string>;
  /** Dialect word → the articles' words for it. */
  dialect: ReadonlyMap<string, string[]>;
  /** Readers' phrases → the articles' phrase. */
  synonyms: { reader: string[][]; article: string[] }[];
  translations: LexiconTranslation[];
  /** Words of readers' phrases and dialect words: valid words of the reader's language, never "corrected" as typos. */
  readerWords: ReadonlySet<string>;
}

const lexicons = new WeakMap<SearchWords, Map<Locale, SearchLexicon>>();

/** The words in a locale's normalised form, built once per words object and locale. */
export function compileLexicon(words: SearchWords, locale: Locale): SearchLexicon {
  let byLocale = lexicons.get(words);
  if (!byLocale) lexicons.set(words, (byLocale = new Map()));
  const known = byLocale.get(locale);
  if (known) return known;
  const normalize = (text: string) => normalizeWords(text, locale);
  const phrases = (list: readonly string[]) => list.map(normalize).filter((phrase) => phrase.length > 0);
  const synonyms = words.synonyms.map((entry) => ({ reader: phrases(entry.readers), article: normalize(entry.articles) }));
  const dialect = new Map<string, string[]>();
  for (const [word, meaning] of Object.entries(words.dialect)) {
    const [key, ...rest] = normalize(word);
    const target = normalize(meaning);
    if (key !== undefined && rest.length === 0 && target.length > 0 && !dialect.has(key)) dialect.set(key, target);
  }
  const lexicon: SearchLexicon = {
    locale,
    stopwords: new Set([...textRules(locale).stopwords, ...words.stopwords.flatMap(normalize)]),
    notCovered: new Set(words.notCovered.flatMap(normalize)),
    dialect,
    synonyms,
    translations: words.translations.map((group) => ({ latin: phrases(group.latin), arabic: phrases(group.arabic), message: group.message === true })),
    readerWords: new Set([...synonyms.flatMap((entry) => entry.reader.flat()), ...dialect.keys()]),
  };
  byLocale.set(locale, lexicon);
  return lexicon;
}
