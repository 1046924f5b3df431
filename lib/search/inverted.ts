import { allowedEdits, editDistance } from './distance';
import { searchKeys, type SearchField } from './options';

/**
 * The candidate filter in front of Fuse. Fuse's Bitap reads every indexed record on every query,
 * which is fine for a few hundred records and takes seconds for a library of thousands. So a query
 * first looks its words up in an inverted index (word → the articles holding it, and in which
 * fields), takes the few articles that hold them best, and only those articles' records are scored
 * by Fuse. The lookup tolerates what Fuse tolerates: partial words, longer forms and typos.
 */

/** One article holding a word, and a bit for each field it is in (bit i = `searchKeys[i]`). */
export interface Posting {
  article: number;
  fields: number;
}

const fieldBits = 1 << searchKeys.length;

export function fieldBit(field: SearchField): number {
  return 1 << searchKeys.findIndex((key) => key.name === field);
}

/** The weight of the weightiest field for every combination of field bits, read once per posting. */
const weightOfFields = Array.from({ length: fieldBits }, (_, fields) =>
  searchKeys.reduce((best, key, index) => (fields & (1 << index) && key.weight > best ? key.weight : best), 0),
);

/** The weight of the weightiest field in a posting's field bits. */
export function fieldWeight(fields: number): number {
  return weightOfFields[fields] ?? 0;
}

/** Word → article → field bits, from each record's normalised field text. */
export class PostingsBuilder {
  readonly words = new Map<string, Map<number, number>>();

  add(article: number, field: SearchField, text: string): void {
    const bit = fieldBit(field);
    for (const word of text.split(/[ |]+/)) {
      if (!word) continue;
      let articles = this.words.get(word);
      if (!articles) this.words.set(word, (articles = new Map()));
      articles.set(article, (articles.get(article) ?? 0) | bit);
    }
  }

  /** The words found in a title, keyword, error or heading. */
  labels(): Set<string> {
    const labelled = new Set<string>();
    for (const [word, articles] of this.words) for (const fields of articles.values()) if (fields & labelFields) labelled.add(word);
    return labelled;
  }

  postings(word: string): Posting[] {
    const articles = this.words.get(word);
    if (!articles) return [];
    return [...articles].sort((a, b) => a[0] - b[0]).map(([article, fields]) => ({ article, fields }));
  }
}

/**
 * Postings as one number each, for JSON: the gap from the previous article times 64, plus the
 * field bits. Sorted article numbers make the gaps small, which keeps the numbers short.
 */
export function encodePostings(postings: readonly Posting[]): number[] {
  let previous = 0;
  return postings.map(({ article, fields }) => {
    const encoded = (article - previous) * fieldBits + fields;
    previous = article;
    return encoded;
  });
}

export function decodePostings(encoded: readonly number[]): Posting[] {
  let article = 0;
  return encoded.map((value) => {
    article += Math.floor(value / fieldBits);
    return { article, fields: value % fieldBits };
  });
}

/** A word of the index a query word stands for, and how sure that is (1 = the word as typed). */
export interface Expansion {
  word: string;
  quality: number;
}

/** How much a partial or longer form counts, and a typo, next to the word as typed. */
export const prefixQuality = 0.75;
export const typoQuality = 0.55;
/** Words a query word may stand for at most (the most frequent partial matches first). */
export const maxExpansions = 24;

/**
 * Every indexed word, sorted, with a rough frequency for each (how many articles hold it, on a
 * log scale), so a query word finds the words it may mean without reading any postings.
 */
export class Vocabulary {
  readonly words: readonly string[];
  private readonly frequencies: readonly number[];
  private byInitial?: Map<string, Map<number, number[]>>;
  private masks?: Int32Array;

  private readonly labels?: Uint8Array;

  /** `labels`: a bit per word (`labelBits`), set when it is in a title, keyword, error or heading somewhere. */
  constructor(words: readonly string[], frequencies: readonly number[], labels?: Uint8Array) {
    this.words = words;
    this.frequencies = frequencies;
    this.labels = labels;
  }

  static fromCounts(counts: ReadonlyMap<string, number>, labelled?: ReadonlySet<string>): Vocabulary {
    const words = [...counts.keys()].sort(compareWords);
    return new Vocabulary(words, words.map((word) => counts.get(word)!), labelled && labelBits(words, labelled));
  }

  /**
   * Whether a word names a topic somewhere (a title, keyword, error or heading holds it) rather than
   * only occurring in body text: what makes it worth keeping among the words of a long query.
   */
  isLabel(word: string): boolean {
    const index = this.indexOf(word);
    return index !== -1 && this.labels !== undefined && (this.labels[index >>> 3]! & (1 << (index & 7))) !== 0;
  }

  frequency(word: string): number {
    const index = this.indexOf(word);
    return index === -1 ? 0 : this.frequencies[index]!;
  }

  has(word: string): boolean {
    return this.indexOf(word) !== -1;
  }

  indexOf(word: string): number {
    const index = this.lowerBound(word);
    return this.words[index] === word ? index : -1;
  }

  /** The first position whose word is not before `word`. */
  lowerBound(word: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareWords(this.words[middle]!, word) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether some word begins with `prefix` and is longer: `startingWith` without collecting them. */
  extends(prefix: string): boolean {
    let index = this.lowerBound(prefix);
    if (this.words[index] === prefix) index++;
    return this.words[index]?.startsWith(prefix) ?? false;
  }

  /** Words that begin with `prefix` (not the prefix itself). */
  startingWith(prefix: string): string[] {
    const found: string[] = [];
    for (let index = this.lowerBound(prefix); index < this.words.length; index++) {
      const word = this.words[index]!;
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) found.push(word);
    }
    return found;
  }

  /**
   * Words within the typo allowance of `word` (a swap of two letters is one edit). Only words with
   * its first or second letter first are read: a typo in the very first letter while the second
   * is right too is rare, and the restriction keeps this fast on a vocabulary of many thousands.
   */
  close(word: string, maxEdits = allowedEdits(word.length)): { word: string; distance: number }[] {
    if (maxEdits === 0) return [];
    const initials = new Set([word[0]!, word[1] ?? word[0]!]);
    const found: { word: string; distance: number }[] = [];
    const byInitial = this.initialIndex();
    const masks = this.masks!;
    const mask = letterMask(word);
    for (const initial of initials) {
      const byLength = byInitial.get(initial);
      for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
        for (const index of byLength?.get(length) ?? []) {
          const candidate = this.words[index]!;
          // Each edit adds at most one letter the other word lacks and removes at most one: a cheap
          // bound that skips most words before the edit distance is computed.
          const other = masks[index]!;
          if (bitCount(mask & ~other) > maxEdits || bitCount(other & ~mask) > maxEdits || candidate === word) continue;
          const distance = editDistance(word, candidate, maxEdits);
          if (distance <= maxEdits) found.push({ word: candidate, distance });
        }
      }
    }
    return found;
  }

  /** Word positions by first letter, then by length. */
  private initialIndex(): Map<string, Map<number, number[]>> {
    if (!this.byInitial) {
      const index = new Map<string, Map<number, number[]>>();
      this.masks = Int32Array.from(this.words, letterMask);
      this.words.forEach((word, position) => {
        let byLength = index.get(word[0]!);
        if (!byLength) index.set(word[0]!, (byLength = new Map()));
        const list = byLength.get(word.length);
        if (list) list.push(position);
        else byLength.set(word.length, [position]);
      });
      this.byInitial = index;
    }
    return this.byInitial;
  }

  /**
   * The indexed words a query word may stand for: itself; the words it begins ("verif" →
   * "verification") and the shorter forms it extends ("scams" → "scam"); and, only when it is not
   * an indexed word itself, the words one or two typos away ("knte" → "knet").
   */
  expand(term: string): Expansion[] {
    const expansions: Expansion[] = [];
    const exact = this.has(term);
    if (exact) expansions.push({ word: term, quality: 1 });
    const partial = term.length >= 3 ? this.startingWith(term) : [];
    for (let cut = 1; cut <= 2 && term.length - cut >= 4; cut++) {
      const shorter = term.slice(0, -cut);
      if (this.has(shorter)) partial.push(shorter);
    }
    const byFrequency = (a: string, b: string) => this.frequency(b) - this.frequency(a);
    for (const word of partial.sort(byFrequency).slice(0, maxExpansions)) expansions.push({ word, quality: prefixQuality });
    if (!exact) {
      const typos = this.close(term)
        .sort((a, b) => a.distance - b.distance || this.frequency(b.word) - this.frequency(a.word))
        .slice(0, maxExpansions);
      for (const { word } of typos) if (!expansions.some((known) => known.word === word)) expansions.push({ word, quality: typoQuality });
    }
    return expansions;
  }
}

/** Fields whose words name an article's topic: `Vocabulary.isLabel`. */
export const labelFields = fieldBit('title') | fieldBit('keywords') | fieldBit('errors') | fieldBit('heading');

/** One bit per word, in order, set for the words in `labelled`. */
export function labelBits(words: readonly string[], labelled: ReadonlySet<string>): Uint8Array {
  const bits = new Uint8Array(Math.ceil(words.length / 8));
  words.forEach((word, index) => {
    if (labelled.has(word)) bits[index >>> 3]! |= 1 << (index & 7);
  });
  return bits;
}

/** The letters of a word as bits (letters beyond 32 share bits, which only lets more words through). */
function letterMask(word: string): number {
  let mask = 0;
  for (let index = 0; index < word.length; index++) mask |= 1 << (word.charCodeAt(index) % 32);
  return mask;
}

function bitCount(value: number): number {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Code-unit order, the same in every JavaScript engine (unlike `localeCompare`). */
export function compareWords(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How many articles hold a word, on a scale of one character ('0' = one article, each step
 * doubling), for the vocabulary shipped to the browser: enough to prefer common words among
 * partial matches and suggestions.
 */
export function frequencyClass(articles: number): string {
  return String.fromCharCode(48 + Math.min(42, Math.floor(Math.log2(Math.max(1, articles)))));
}

export function fromFrequencyClass(code: string): number {
  return 2 ** (code.charCodeAt(0) - 48);
}
