import Fuse from 'fuse.js';
import type { Locale } from '../i18n/config';
import type { QueryPlan } from './plan';
import { normalizeText, type NormalizedQuery } from './normalize';
import { toOneByte } from './one-byte';
import { fuseOptions, searchKeys, type SearchField, type SearchRef } from './options';
import type { SerializedIndex, SerializedRecord } from './records';
import { fieldPhrases, fieldText, type IndexStore } from './stores/store';

/**
 * Scoring and ranking of candidate articles: Fuse over their records, improved for words found as
 * written and for a query that is one of their phrases, with articles listing a pasted error
 * message first.
 */

/** How a query relates to an error message an article lists; higher is stronger. */
export enum ErrorMatch {
  None = 0,
  /** The query is part of the message ("method not accepted"). */
  PartOfMessage = 1,
  /** The query contains the message ("transaction NOT CAPTURED - try again"). */
  ContainsMessage = 2,
  Exact = 3,
}

export function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/**
 * The message's words in the query in order, with one word added inside it at most: "payment
 * method is not accepted" holds "payment method not accepted".
 */
export function containsLoosely(query: string, message: string): boolean {
  if (containsPhrase(query, message)) return true;
  const words = message.split(' ');
  if (words.length < 2) return false;
  const queryWords = query.split(' ');
  for (let start = 0; start < queryWords.length; start++) {
    if (queryWords[start] !== words[0]) continue;
    let added = 0;
    let at = start + 1;
    let matched = 1;
    while (matched < words.length && at < queryWords.length && added <= 1) {
      if (queryWords[at] === words[matched]) matched++;
      else added++;
      at++;
    }
    if (matched === words.length && added <= 1) return true;
  }
  return false;
}

/** Words a query may have at most and still be read as quoting a message of one word ("knet CANCELED"). */
export const maxOneWordMessageQuery = 3;

/** How a normalised query relates to one normalised error message. */
export function errorMatch(query: string, error: string): ErrorMatch {
  if (query === error) return ErrorMatch.Exact;
  // One short word ("otp", "captured") is too common to count as a pasted message.
  const substantial = (phrase: string) => phrase.includes(' ') || phrase.length >= 8;
  // A message of one word inside a sentence is the reader's own word ("a pending charge after I
  // cancelled"), not the page's message pasted: only a query of a few words is taken as quoting it.
  if (substantial(error) && containsLoosely(query, error) && (error.includes(' ') || query.split(' ').length <= maxOneWordMessageQuery)) {
    return ErrorMatch.ContainsMessage;
  }
  if (substantial(query) && query.includes(' ') && containsPhrase(error, query)) return ErrorMatch.PartOfMessage;
  return ErrorMatch.None;
}

/** One candidate article, scored. */
export interface RankedArticle {
  article: number;
  errorMatch: ErrorMatch;
  /** Length of the matched error message: a longer message is a more specific match. */
  errorLength: number;
  /**
   * How much the article is about the matched message, when several list it: 2 when it is named after
   * it (slug "payment-method-not-accepted"), 1 when a heading is the message, 0 when it only lists it.
   */
  errorFocus: number;
  /** Lower is better. */
  score: number;
  /** The best-scoring section record, when one matched. */
  section?: { index: number; score: number };
  /** Score of the article's own record (title, summary, keywords, errors), when it matched. */
  articleScore?: number;
  /** The share of the query's terms the article holds as written or as a longer form, each weighted by its rarity in the library. */
  coverage: number;
}

/** Records of one article beyond its best add a little: an article that matches in many places is a better answer. */
export function combineScores(scores: readonly number[]): number {
  const [best = 1, second, third] = [...scores].sort((a, b) => a - b);
  let combined = best;
  if (second !== undefined) combined *= 0.7 + 0.3 * second;
  if (third !== undefined) combined *= 0.85 + 0.15 * third;
  return combined;
}

/** Rank order: articles listing a pasted error first (the most specific message first), then by score. */
export function compareRanked(a: RankedArticle, b: RankedArticle): number {
  return (
    b.errorMatch - a.errorMatch ||
    b.errorFocus - a.errorFocus ||
    (a.errorMatch !== ErrorMatch.None ? b.errorLength - a.errorLength : 0) ||
    a.score - b.score ||
    a.article - b.article
  );
}

/**
 * One article as found by two ways of writing the query: the stronger error match of the two (the
 * first on a tie, since message lengths in two scripts do not compare) and the better score.
 */
export function mergeRanked(first: RankedArticle, second: RankedArticle): RankedArticle {
  const error = (second.errorMatch - first.errorMatch || second.errorFocus - first.errorFocus) > 0 ? second : first;
  const scored = second.score < first.score ? second : first;
  return {
    ...scored,
    errorMatch: error.errorMatch,
    errorFocus: error.errorFocus,
    errorLength: error.errorLength,
    coverage: Math.max(first.coverage, second.coverage),
  };
}

const maxWeight = Math.max(...searchKeys.map((key) => key.weight));
/** Words found as written improve (lower) Fuse's fuzzy score by up to this share: exact beats fuzzy. */
const exactWeight = 0.7;
/** A query that is one of the article's keyword phrases, or a phrase of its title, counts this much more. */
const phraseFactor = 0.25;
/** Keyword phrases inside a longer query lower its score by up to this share (all of its terms held). */
const partialPhraseWeight = 0.5;

/**
 * `coverage` weighs a term by its rarity as if this many more articles held it: a word that one or
 * two articles happen to use (an Arabic form, a word of one body) is not what a whole question
 * turns on, so its absence from the first result costs no more than a word a few articles hold.
 */
const coveragePrior = 3;
/**
 * A term the article holds only in its body text counts this much in `coverage`; in its title,
 * summary, keywords, messages or headings, fully. Words a question shares with an article's prose
 * in passing ("pay a traffic fine" with a fee article's example) say less than its topic's words.
 */
const bodyHeld = 0.75;

/**
 * A word of the text, the start of one ("verif" → "verification"), or a longer form of one ("scams"
 * → "scam"). The text is normalised words with a space before and after each (`spacedWords`).
 */
export function hasWord(spaced: string, term: string): boolean {
  if (spaced.includes(term.length >= 3 ? ` ${term}` : ` ${term} `)) return true;
  for (let cut = 1; cut <= 2 && term.length - cut >= 4; cut++) if (spaced.includes(` ${term.slice(0, -cut)} `)) return true;
  return false;
}

/** Texts' words with a space before and after each, for finding a whole word with `includes`. */
function spacedWords(texts: readonly string[]): string {
  return ` ${texts.filter(Boolean).join(' ')} `;
}

/**
 * Results scoring worse than this are left out: by then the match is one short word, fuzzily, deep
 * in a body ("charge" matching "change"), which is noise. Articles listing a pasted error always stay.
 */
export const maxScore = 0.85;

const serializedKeys = (Fuse.createIndex(searchKeys.map((key) => ({ ...key })), []).toJSON() as SerializedIndex).keys;

export interface Ranker {
  /** The candidates that match, best first, at most `limit`. Throws when a candidate's records are not loaded. */
  rank(plan: QueryPlan, candidates: readonly number[], limit: number): RankedArticle[];
}

export interface RankerOptions {
  /** Section records of one candidate scored at most: those holding the most query terms. */
  sectionsPerArticle: number;
}

/**
 * A ranker over a store's articles. Per article it keeps, across queries, its error messages, its
 * keyword phrases and its words by field and by record, read once when the article first becomes a
 * candidate.
 */
export function createRanker(store: IndexStore, locale: Locale, { sectionsPerArticle }: RankerOptions): Ranker {
  const articleWords = new Map<number, { byField: Map<SearchField, string>; byRecord: string[] }>();
  const articleRecordOf = (article: number) => {
    const loaded = store.article(article);
    const at = loaded?.sections.indexOf(-1) ?? -1;
    return at >= 0 ? loaded?.records[at] : undefined;
  };
  /** One list field's phrases of each article's own record, read once per article. */
  const phrasesOf = (field: 'errors' | 'keywords') => {
    const known = new Map<number, string[]>();
    return (article: number) => {
      let phrases = known.get(article);
      if (!phrases) known.set(article, (phrases = fieldPhrases(articleRecordOf(article), field)));
      return phrases;
    };
  };
  const errorsFor = phrasesOf('errors');
  const keywordsFor = phrasesOf('keywords');
  const errorFocus = (article: number, error: string) => {
    const { slug, sections } = store.article(article)?.article ?? { slug: '', sections: [] };
    if (normalizeText(slug, locale) === error) return 2;
    return sections.some(([, heading]) => containsPhrase(normalizeText(heading, locale), error)) ? 1 : 0;
  };
  const wordsOf = (article: number) => {
    let words = articleWords.get(article);
    if (!words) {
      const records = store.article(article)?.records ?? [];
      const byField = new Map(searchKeys.map((key) => [key.name, spacedWords(records.map((record) => fieldText(record, key.name)))]));
      const byRecord = records.map((record) => spacedWords(searchKeys.map((key) => fieldText(record, key.name))));
      articleWords.set(article, (words = { byField, byRecord }));
    }
    return words;
  };

  /**
   * How well an article holds the query's words as written (not fuzzily): each word counts by its
   * rarity among the candidates and by the weightiest field it is in. 0 = none, 1 = all in the title.
   */
  const exactScore = (articlesToScore: readonly number[], terms: readonly string[]) => {
    const presence = articlesToScore.map((article) => {
      const profile = wordsOf(article).byField;
      return terms.map((term) => {
        let best = 0;
        for (const key of searchKeys) if (key.weight > best && hasWord(profile.get(key.name)!, term)) best = key.weight;
        return best;
      });
    });
    const idf = terms.map((_, t) => {
      const holding = presence.filter((weights) => weights[t]! > 0).length;
      return Math.log(1 + articlesToScore.length / (1 + holding));
    });
    const total = idf.reduce((sum, value) => sum + value, 0) * maxWeight;
    return new Map(
      articlesToScore.map((article, a) => [
        article,
        total > 0 ? presence[a]!.reduce((sum, weight, t) => sum + weight * idf[t]!, 0) / total : 0,
      ]),
    );
  };
  /**
   * How much of the query the article's own phrases hold: 1 when the query is one of its keyword
   * phrases or a phrase of its title; else the share of the query's terms inside keyword phrases of
   * two words or more that the query contains ("ليش البنك رفض الدفع" holds "البنك رفض" and "رفض
   * الدفع"), which says the article is about what the reader asks, not only that it has the words.
   */
  const phraseCoverage = (article: number, normalized: NormalizedQuery) => {
    const { text, terms } = normalized;
    const keywords = keywordsFor(article);
    if (keywords.includes(text)) return 1;
    if (!text.includes(' ')) return 0;
    if (containsPhrase(fieldText(articleRecordOf(article), 'title'), text)) return 1;
    const covered = new Set<string>();
    for (const phrase of keywords) {
      if (!phrase.includes(' ') || !containsPhrase(text, phrase)) continue;
      for (const word of phrase.split(' ')) covered.add(word);
    }
    return covered.size === 0 ? 0 : terms.filter((term) => covered.has(term)).length / terms.length;
  };

  let lastFuse: { plan: QueryPlan; key: string; fuse: Fuse<SearchRef> } | undefined;
  /**
   * Fuse over each candidate article's own record (title, summary, keywords, errors) and its
   * sections' records that hold the most of the query's terms (as typed, partly or with a typo),
   * from their build-time index records. An article's score counts its three best records only
   * (`combineScores`), so records beyond those, or holding none of the terms, could only add time.
   */
  function fuseOver(plan: QueryPlan, candidates: readonly number[]): Fuse<SearchRef> {
    const key = candidates.join(',');
    if (lastFuse?.plan === plan && lastFuse.key === key) return lastFuse.fuse;
    const terms = plan.expansions.flat().map((expansions) => expansions.map((expansion) => expansion.word));
    const docs: SearchRef[] = [];
    const records: SerializedRecord[] = [];
    const add = (article: number, record: SerializedRecord, section: number) => {
      records.push({ ...record, i: docs.length });
      docs.push({ article, section });
    };
    for (const article of candidates) {
      const loaded = store.article(article);
      if (!loaded) throw new Error('The search index parts for this query are not loaded: await prepare() first');
      const words = wordsOf(article).byRecord;
      const sections: { position: number; held: number }[] = [];
      loaded.fuseRecords.forEach((record, position) => {
        const section = loaded.sections[position] ?? -1;
        if (section === -1) return add(article, record, section);
        const held = terms.filter((forms) => forms.some((word) => words[position]!.includes(` ${word} `))).length;
        if (held > 0) sections.push({ position, held });
      });
      sections.sort((a, b) => b.held - a.held || a.position - b.position);
      for (const { position } of sections.slice(0, sectionsPerArticle)) add(article, loaded.fuseRecords[position]!, loaded.sections[position] ?? -1);
    }
    const fuse = new Fuse<SearchRef>(docs, fuseOptions, Fuse.parseIndex<SearchRef>({ keys: serializedKeys, records }));
    lastFuse = { plan, key, fuse };
    return fuse;
  }

  /**
   * Candidates for one way of writing the query, each with its final score (not yet sorted or cut);
   * with `errorsOnly`, only the articles listing it as an error message, without a Fuse pass.
   */
  function rankVariant(
    fuse: Fuse<SearchRef>,
    candidates: readonly number[],
    normalized: NormalizedQuery,
    fuseLimit: number,
    errorsOnly: boolean,
    heldNowhere: ReadonlySet<string>,
  ): RankedArticle[] {
    const found = new Map<number, RankedArticle & { scores: number[] }>();
    const candidate = (article: number) => {
      let entry = found.get(article);
      if (!entry) {
        entry = { article, errorMatch: ErrorMatch.None, errorLength: 0, errorFocus: 0, score: 1, scores: [], coverage: 0 };
        found.set(article, entry);
      }
      return entry;
    };

    for (const article of candidates) {
      for (const error of errorsFor(article)) {
        const match = errorMatch(normalized.text, error);
        if (match === ErrorMatch.None) continue;
        const entry = candidate(article);
        const focus = errorFocus(article, error);
        if (
          match > entry.errorMatch ||
          (match === entry.errorMatch && (focus - entry.errorFocus || error.length - entry.errorLength) > 0)
        ) {
          entry.errorMatch = match;
          entry.errorLength = error.length;
          entry.errorFocus = focus;
        }
      }
    }

    const { terms } = normalized;
    for (const result of errorsOnly || terms.length === 0 ? [] : fuse.search(toOneByte(terms.join(' ')), { limit: fuseLimit })) {
      const { article, section } = result.item;
      const score = result.score ?? 1;
      const entry = candidate(article);
      entry.scores.push(score);
      if (section === -1) entry.articleScore = score;
      else if (!entry.section || score < entry.section.score) entry.section = { index: section, score };
    }

    const matched = [...found.values()].filter((entry) => entry.scores.length > 0).map((entry) => entry.article);
    const exact = exactScore(matched, terms);
    // A term no article holds (kept only for its typos) says nothing of this article: `understood` counts it.
    const rarity = terms.map((term) =>
      heldNowhere.has(term) ? 0 : Math.log(1 + store.articleCount / (Math.max(1, store.postings(term)?.length ?? 1) + coveragePrior)),
    );
    const allRarity = rarity.reduce((sum, value) => sum + value, 0);
    const coverageOf = (article: number) => {
      const { byField } = wordsOf(article);
      const labels = searchKeys.flatMap((key) => (key.name === 'body' ? [] : [byField.get(key.name)!])).join(' ');
      const body = byField.get('body')!;
      const held = (term: string) => (hasWord(labels, term) ? 1 : hasWord(body, term) ? bodyHeld : 0);
      return allRarity === 0 ? 0 : terms.reduce((sum, term, t) => sum + held(term) * rarity[t]!, 0) / allRarity;
    };
    return [...found.values()].map(({ scores, ...found }) => {
      const entry = { ...found, coverage: coverageOf(found.article) };
      if (scores.length === 0) return { ...entry, score: 1 };
      let score = combineScores(scores) * (1 - exactWeight * (exact.get(entry.article) ?? 0));
      const coverage = phraseCoverage(entry.article, normalized);
      if (coverage === 1) score *= phraseFactor;
      else if (coverage > 0) score *= 1 - partialPhraseWeight * coverage;
      return { ...entry, score };
    });
  }

  function rank(plan: QueryPlan, candidates: readonly number[], limit: number): RankedArticle[] {
    if (candidates.length === 0) return [];
    const fuse = fuseOver(plan, candidates);
    // Each article is ranked by the way of writing the query that suits it best. A query that is a
    // message some article lists is ranked by the articles listing it: its translation then only
    // adds those listing the other form ("NOT CAPTURED" for "لم تتم عملية الدفع"), not a fuzzy pass.
    const best = new Map<number, RankedArticle>();
    for (const [position, variant] of plan.variants.entries()) {
      const errorsOnly = position > 0 && [...best.values()].some((entry) => entry.errorMatch !== ErrorMatch.None);
      for (const ranked of rankVariant(fuse, candidates, variant, Math.max(60, limit * 4), errorsOnly, plan.heldNowhere)) {
        const penalty = plan.penalties[position] ?? 1;
        const entry = penalty === 1 ? ranked : { ...ranked, score: Math.min(1, ranked.score * penalty) };
        const known = best.get(entry.article);
        best.set(entry.article, known ? mergeRanked(known, entry) : entry);
      }
    }
    return [...best.values()]
      .sort(compareRanked)
      .filter((entry) => entry.errorMatch !== ErrorMatch.None || entry.score <= maxScore)
      .slice(0, limit);
  }

  return { rank };
}
