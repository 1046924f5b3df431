import type { Locale } from '../i18n/config';
import { arabiziFunctionWord, ArabiziLexicon, hasArabiziDigit } from './arabizi';
import { attachedForms, dialectForms } from './dialect';
import type { Expansion, Vocabulary } from './inverted';
import { maxQueryLength, normalizeWords, stripArabicSuffix } from './normalize';
import { crossScriptArabicWords, rewordQuery, tablePositions, variantsOfWords, type QueryVariant } from './synonyms';
import type { SearchLexicon } from './words';

/**
 * From what a reader typed to what is searched. The query's words are normalised, then each word
 * the index does not hold is read again, in this order:
 *
 * 1. Arabizi ("daf3", "marfood") becomes the Arabic word it spells (`arabizi.ts`);
 * 2. an Arabic dialect form ("يقبلون", "ماوصلني") becomes the form the index holds (`dialect.ts`);
 * 3. a partial word ("verif") stays as typed: the candidate filter and Fuse read it as a prefix;
 * 4. a typo ("verfiy", "امزاون") becomes the closest indexed word: the query is scored on the
 *    corrected words, and the correction is reported so the page can say so. Dialect words and
 *    stopwords are never corrected, and a word of four letters only for two swapped letters;
 * 5. anything else finds nothing, and is dropped, so the other words still find their article.
 *
 * The query is then searched in up to two ways of writing: as typed (with the readings above), and
 * with readers' phrases in the articles' words ("hotline" → "phone number") and phrases of the other
 * script translated ("كي نت" → "knet"). A long query (a pasted email) searches its rarest words;
 * error messages are matched on its whole text.
 */

/** Query words searched at most: the rarest of a longer query, which carry its meaning. */
export const maxQueryTerms = 8;

/** `understood` of a query naming something no article covers (`notCovered`) is at most this share of what it would be. */
export const notCoveredShare = 0.5;

/** A match through a cross-script synonym ("كي نت" for "knet") scores this much worse than the words as typed. */
export const synonymPenalty = 2;
/** The same for a reader's word put in the articles' words ("hotline" → "phone number"). */
export const rewordPenalty = 1.25;

/** A query, normalised, in each way of writing it that is searched, with the indexed words each of its terms may stand for. */
export interface QueryPlan {
  /** The ways of writing the query; `terms` are the ones searched (found in the index, the rarest at most `maxQueryTerms`). */
  variants: QueryVariant[];
  /** Per variant, per term: the words it may stand for. */
  expansions: Expansion[][][];
  /** Per variant: the factor its scores are multiplied by (1 for the first). */
  penalties: number[];
  /** Typed words that were corrected as typos, and their corrections, in normalised form. */
  corrections: Map<string, string>;
  /**
   * How much of what the reader typed search understood, 0 to 1: the typed words that say something
   * (not stopwords or numbers), each weighted by its rarity, that the index holds or that were read
   * as indexed words (a dialect word, Arabizi, a split, a typo). A word found nowhere counts as the
   * rarest: it names what the query is about (a brand, a service) and no article has it.
   */
  understood: number;
  /**
   * Searched terms no article holds as written or as a longer form (found only as a typo of another
   * word): already counted against `understood`, so the first result's `coverage` leaves them out
   * rather than counting the same word twice.
   */
  heldNowhere: ReadonlySet<string>;
}

export type QueryPlanner = (query: string, options?: { correct?: boolean }) => QueryPlan | undefined;

/**
 * The typed query with each corrected word put in place of the typed token, the rest as typed
 * ("Verfiy my card" → "verify my card", "نسيت الباسرود" → "نسيت الباسورد").
 */
export function correctedQuery(query: string, corrections: ReadonlyMap<string, string>, locale: Locale): string {
  return query
    .split(/(\s+)/)
    .map((token) => {
      const [word, ...rest] = normalizeWords(token, locale);
      const corrected = word !== undefined && rest.length === 0 ? corrections.get(word) : undefined;
      if (!corrected) return token;
      const at = token.toLowerCase().indexOf(word!);
      return at >= 0 ? token.slice(0, at) + corrected + token.slice(at + word!.length) : corrected;
    })
    .join('');
}

const latinWord = /^[a-z0-9']+$/;
/** An Arabic word with the present-tense prefix of a dialect verb ("بتقلي", "بيمشي", "هيرجع"): a verb, not a name. */
const dialectVerb = /^(?:بي|بت|بن|هي|هت|حي|حت)[\u0621-\u064a]{2,}$/;
const arabicWord = /^[\u0621-\u064a]+$/;

/** A word one swap of neighbouring letters away from another. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/** `articleCount`: the library's size, for the rarity of words in `understood` (the vocabulary's size by default). */
export function createQueryPlanner(lexicon: SearchLexicon, vocabulary: Vocabulary, articleCount = vocabulary.words.length): QueryPlanner {
  const { locale, stopwords, dialect } = lexicon;
  let arabizi: ArabiziLexicon | undefined;
  /** On Arabic pages the site's own Arabic words; on English ones those the synonym table can translate. */
  const arabiziLexicon = () =>
    (arabizi ??=
      locale === 'ar'
        ? new ArabiziLexicon(vocabulary.words.filter((word) => arabicWord.test(word)), (word) => vocabulary.frequency(word))
        : new ArabiziLexicon(crossScriptArabicWords(lexicon), () => 1));
  const dialectWords = lexicon.readerWords;
  const hasPartial = (word: string) => {
    if (word.length >= 3 && vocabulary.extends(word)) return true;
    for (let cut = 1; cut <= 2 && word.length - cut >= 4; cut++) if (vocabulary.has(word.slice(0, -cut))) return true;
    return false;
  };
  const fromArabizi = (word: string, short: boolean) => {
    const readings = arabiziLexicon().lookup(word, { short });
    return readings.length === 0 ? undefined : readings.flatMap((arabic) => normalizeWords(arabic, 'ar'));
  };
  // Scored corrections are surer than suggestions: one edit (two from eight letters), and only a swap at four letters.
  const typoFor = (word: string) => {
    if (word.length < 4) return undefined;
    // A dialect verb of four letters with its present-tense prefix ("بيرد", "بتاخد") is not a typo of a word with the same letters ("بريد").
    if (locale === 'ar' && word.length === 4 && dialectVerb.test(word)) return undefined;
    const [best] = vocabulary
      .close(word, word.length >= 8 ? 2 : 1)
      .filter((entry) => word.length > 4 || isSwap(word, entry.word))
      .sort((a, b) => a.distance - b.distance || Number(isSwap(word, b.word)) - Number(isSwap(word, a.word)) || vocabulary.frequency(b.word) - vocabulary.frequency(a.word));
    return best?.word;
  };

  /** A word search knows what to do with: the index holds it, or it is a stopword, a dialect word or a number. */
  const isKnown = (word: string) => vocabulary.has(word) || stopwords.has(word) || dialectWords.has(word) || /^\d+$/.test(word);

  /** Parts a run-together word is split into at most: "giftcardredeemamazon" is four, "howtopayamazonwithknet" six. */
  const maxSplitParts = 6;

  /**
   * A run-together word split into known words ("hosttimeout" → "host timeout", "الدفعمرفوض" → "دفع
   * مرفوض", "amazoncardnotaccepted" → "amazon card not accepted"): two to six parts, each one word of
   * the index or a stopword once normalised, at least one of the index; the fewest parts, then the
   * longest shortest part. Undefined when no split fits.
   */
  function split(word: string): string[] | undefined {
    if (word.length < 6) return undefined;
    const pieces = new Map<string, string | undefined>();
    const part = (from: number, to: number): string | undefined => {
      const key = `${from}:${to}`;
      if (pieces.has(key)) return pieces.get(key);
      const piece = word.slice(from, to);
      const [normalized, ...rest] = normalizeWords(piece, locale);
      let found: string | undefined;
      if (normalized !== undefined && rest.length === 0) {
        if (stopwords.has(normalized)) found = piece.length >= 2 ? normalized : undefined;
        else found = piece.length >= 3 && vocabulary.has(normalized) ? normalized : undefined;
      }
      pieces.set(key, found);
      return found;
    };
    // The best split of word[from..] into exactly `count` parts: its parts and shortest part, with at least one indexed word when `indexed`.
    type Split = { parts: string[]; shortest: number };
    const known = new Map<string, Split | null>();
    const best = (from: number, count: number, indexed: boolean): Split | undefined => {
      const key = `${from}:${count}:${indexed}`;
      if (known.has(key)) return known.get(key) ?? undefined;
      let found: Split | undefined;
      for (let to = from + 2; to <= word.length - 2 * (count - 1); to++) {
        if (count === 1 && to !== word.length) continue;
        const first = part(from, to);
        if (first === undefined) continue;
        const isIndexed = !stopwords.has(first);
        if (count === 1) {
          if (!indexed || isIndexed) found = { parts: [first], shortest: to - from };
          continue;
        }
        const rest = best(to, count - 1, indexed && !isIndexed);
        if (!rest) continue;
        const shortest = Math.min(to - from, rest.shortest);
        if (!found || shortest > found.shortest) found = { parts: [first, ...rest.parts], shortest };
      }
      known.set(key, found ?? null);
      return found;
    };
    for (let count = 2; count <= maxSplitParts; count++) {
      const found = best(0, count, true);
      if (found) return found.parts;
    }
    return undefined;
  }

  /** A known word as it is searched: a dialect word as the articles' words for it. */
  const asSearched = (word: string) => dialect.get(word) ?? [word];

  /** One normalised word as it is searched: itself, its reading (Arabizi, dialect form, split, correction), or nothing. */
  function read(word: string, corrections: Map<string, string> | undefined, arabiziQuery: boolean): string[] {
    // A name of something no article covers is itself, not a typo of a word they hold.
    if (lexicon.notCovered.has(word)) return [word];
    // In an Arabizi query, "el", "ma" and "b" are Arabic even where an article happens to hold them.
    const functionWord = arabiziQuery ? arabiziFunctionWord(word) : undefined;
    if (functionWord !== undefined) return normalizeWords(functionWord, 'ar');
    if (dialect.has(word) || isKnown(word)) return asSearched(word);
    if (latinWord.test(word)) {
      const arabizi = hasArabiziDigit(word) || arabiziFunctionWord(word) !== undefined ? fromArabizi(word, arabiziQuery) : undefined;
      if (arabizi) return arabizi;
      if (hasPartial(word)) return [word];
      const parts = split(word);
      if (parts) return parts;
      if (locale === 'ar' || arabiziQuery) {
        const arabic = fromArabizi(word, arabiziQuery);
        if (arabic) return arabic;
      }
      const corrected = corrections && typoFor(word);
      if (corrected) {
        corrections.set(word, corrected);
        return [corrected];
      }
      return (locale === 'en' && arabiziQuery ? fromArabizi(word, true) : undefined) ?? [word];
    }
    if (locale === 'ar' && arabicWord.test(word)) {
      // A preposition written on the word ("عالبطاقة" = على البطاقة, "هالمسج", "لترجع"): its stem, read again.
      for (const stem of attachedForms(word)) if (dialect.has(stem) || isKnown(stem)) return asSearched(stem);
      // ب of means or و "and" on a dialect word or a filler ("بكارت", "بشوي", "ومش"). Not on an indexed
      // word: that ب is more often the habitual ب of a verb ("بعمل" is "I do", not "work"), which
      // `dialectForms` reads, and the shared normalisation already takes و off the words it knows.
      const attached = word.length >= 3 && /^[بو]/.test(word) ? stripArabicSuffix(word.slice(1)) : undefined;
      if (attached !== undefined && (dialect.has(attached) || stopwords.has(attached))) return asSearched(attached);
      for (const stem of [word, ...attachedForms(word)]) {
        const form = dialectForms(stem).find((candidate) => vocabulary.has(candidate) || dialect.has(candidate));
        if (form) return asSearched(form);
      }
      if (hasPartial(word)) return [word];
      const parts = split(word);
      if (parts) return parts;
      const corrected = corrections && typoFor(word);
      if (corrected) {
        corrections.set(word, corrected);
        return [corrected];
      }
    }
    return [word];
  }

  /**
   * The variant's terms that find something, in query order, with their expansions. From a long
   * query, the `maxQueryTerms` that say most: words in capitals first (a pasted message, "NOT
   * CAPTURED"), then by rarity, a word that names a topic somewhere (`isLabel`) counting as rarer
   * than one found only in body text.
   */
  function searched(variant: QueryVariant, capitals: ReadonlySet<string>): { variant: QueryVariant; expansions: Expansion[][] } {
    const found = variant.terms.map((term) => ({ term, expansions: vocabulary.expand(term) })).filter((entry) => entry.expansions.length > 0);
    let kept = found;
    if (found.length > maxQueryTerms) {
      const weight = (entry: (typeof found)[number]) =>
        Math.max(
          ...entry.expansions.map((expansion) => {
            const idf = Math.log(1 + vocabulary.words.length / Math.max(1, vocabulary.frequency(expansion.word)));
            return idf * expansion.quality * (vocabulary.isLabel(expansion.word) ? 2 : 1);
          }),
        ) *
          // A number (an order or reference number) says nothing about the topic.
          (/^\d+$/.test(entry.term) ? 0 : 1) +
        (capitals.has(entry.term) ? 1000 : 0);
      const chosen = new Set([...found].sort((a, b) => weight(b) - weight(a)).slice(0, maxQueryTerms));
      kept = found.filter((entry) => chosen.has(entry));
    }
    // The text loses the words found nowhere too, so "knet zzqxv" is still the keyword "knet".
    const foundTerms = new Set(found.map((entry) => entry.term));
    const text = variant.text
      .split(' ')
      .filter((word) => foundTerms.has(word) || stopwords.has(word))
      .join(' ');
    return { variant: { ...variant, text, terms: kept.map((entry) => entry.term) }, expansions: kept.map((entry) => entry.expansions) };
  }

  return (query, { correct = true } = {}) => {
    const corrections = new Map<string, string>();
    const clipped = query.slice(0, maxQueryLength);
    const typedWords = normalizeWords(clipped, locale);
    // Words in capitals inside a longer text in lower case: what a pasted email or receipt quotes from the KNET page.
    const capitals = new Set(clipped === clipped.toUpperCase() ? [] : (clipped.match(/\b[A-Z]{2,}(?:[ -][A-Z]{2,})*\b/g) ?? []).flatMap((caps) => normalizeWords(caps, locale)));
    // A pasted text is read as written: no typos corrected, no Arabizi guessed in it.
    const pasted = typedWords.length > 2 * maxQueryTerms;
    // Arabizi in the query ("el", "ma", a letter-digit) lets its two-consonant words be read as Arabizi too ("el sir").
    const arabiziQuery = typedWords.some(
      (word) =>
        latinWord.test(word) &&
        (hasArabiziDigit(word) ||
          (!vocabulary.has(word) && (arabiziFunctionWord(word) !== undefined || (locale === 'ar' && !hasPartial(word) && fromArabizi(word, false) !== undefined)))),
    );
    const readings = pasted ? typedWords.map((word) => [word]) : typedWords.map((word) => read(word, correct ? corrections : undefined, arabiziQuery));
    const words = readings.flat();
    if (words.length === 0) return undefined;
    // Frequencies rounded down to a power of two, as a sharded core holds them, so both shapes agree.
    const rarity = (word: string) => Math.log(1 + articleCount / 2 ** Math.floor(Math.log2(Math.max(1, vocabulary.frequency(word)))));
    let knownWeight = 0;
    let typedWeight = 0;
    let knownCount = 0;
    let typedCount = 0;
    // Words inside a reader's phrase or a phrase translated from the other script are understood: the editors' tables read them.
    const inTables = tablePositions(words, lexicon);
    let position = 0;
    typedWords.forEach((typedWord, index) => {
      const reading = readings[index] ?? [];
      const at = position;
      position += reading.length;
      if (stopwords.has(typedWord) || /^\d+$/.test(typedWord)) return;
      const read = reading.length > 0 && reading.every((_, offset) => inTables.has(at + offset));
      const found = reading.filter((word) => vocabulary.has(word) || hasPartial(word) || read);
      // A word found nowhere names something no article covers; a short Latin one (an initialism, chat
      // shorthand) or a dialect verb says less.
      const weaker = (typedWord.length < 4 && latinWord.test(typedWord)) || dialectVerb.test(typedWord);
      const weight = found.length > 0 ? Math.min(...found.map(rarity)) : Math.log(1 + articleCount) / (weaker ? 2 : 1);
      typedCount++;
      typedWeight += weight;
      if (found.length > 0 || reading.every((word) => stopwords.has(word))) {
        knownWeight += weight;
        knownCount++;
      }
    });
    // A pasted text is understood once as many of its words are found as a query searches: the rest is its wrapping.
    // A query of stopwords and numbers only ("why", "شو", "how to") names nothing an article could be sure to answer.
    const share = typedWeight === 0 ? 0 : typedCount > maxQueryTerms ? Math.min(1, knownCount / maxQueryTerms) : knownWeight / typedWeight;
    // A question that names another shop or service ("my carrefour order came damaged") is about it, whatever else it holds.
    const understood = !pasted && typedWords.some((word) => lexicon.notCovered.has(word)) ? share * notCoveredShare : share;
    const [typed] = variantsOfWords(words, lexicon);
    const reworded = rewordQuery(words, lexicon);
    const other = variantsOfWords(reworded ?? words, lexicon).at(-1)!;
    const first = searched(typed!, capitals);
    const heldNowhere = new Set<string>();
    const plan: QueryPlan = { variants: [first.variant], expansions: [first.expansions], penalties: [1], corrections, understood, heldNowhere };
    if (other.text !== typed!.text) {
      const second = searched(other, capitals);
      if (second.variant.terms.length > 0) {
        const penalty = second.variant.terms.length > first.variant.terms.length ? 1 : other.translations.length > 0 ? synonymPenalty : rewordPenalty;
        plan.variants.push(second.variant);
        plan.expansions.push(second.expansions);
        plan.penalties.push(penalty);
      }
    }
    for (const variant of plan.variants) for (const term of variant.terms) if (!vocabulary.has(term) && !hasPartial(term)) heldNowhere.add(term);
    // Nothing of the query is in the index: no results (the page offers suggestions).
    if (plan.variants.every((variant) => variant.terms.length === 0)) return undefined;
    return plan;
  };
}
