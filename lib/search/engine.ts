import Fuse from 'fuse.js';
import type { Locale } from '../i18n/config';
import { allowedEdits, editDistance } from './distance';
import { highlightRanges, type HighlightRange } from './highlight';
import { normalizeText, normalizeWords, type NormalizedQuery } from './normalize';
import { toOneByte, toOneByteIndex } from './one-byte';
import { fuseOptions, searchKeys, type SearchField, type SearchRef } from './options';
import { listSeparator, type SearchArticle, type SearchPayload } from './records';
import { queryVariants } from './synonyms';

export interface SearchHitSection {
  id: string;
  heading: string;
  headingRanges: HighlightRange[];
}

/** One article in the results, with the best section when the match is deep in it. */
export interface SearchHit {
  slug: string;
  title: string;
  summary: string;
  /** The article, or the section's heading when `section` is set. */
  href: string;
  section?: SearchHitSection;
  /** True when the query is (or contains) an error message the article lists. */
  errorMatch: boolean;
  /**
   * Rank score, lower is better: Fuse's score for the article's best records, improved for words found
   * as written and for a query that is one of its phrases; 1 for an error match Fuse did not find.
   */
  score: number;
  titleRanges: HighlightRange[];
  summaryRanges: HighlightRange[];
}

export interface SearchEngine {
  locale: Locale;
  /** Results in rank order: articles listing the pasted error first, then fuzzy matches. */
  search(query: string, options?: { limit?: number }): SearchHit[];
  /** Queries close to one that found nothing, built from the index's own words ("knte" → "knet"). */
  suggest(query: string, options?: { limit?: number }): string[];
  /** The articles to offer before a query and when nothing matches, as results without highlights. */
  popular(): SearchHit[];
}

/** How a query relates to an error message an article lists; higher is stronger. */
const enum ErrorMatch {
  None = 0,
  /** The query is part of the message ("method not accepted"). */
  PartOfMessage = 1,
  /** The query contains the message ("transaction NOT CAPTURED - try again"). */
  ContainsMessage = 2,
  Exact = 3,
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

function errorMatch(query: string, error: string): ErrorMatch {
  if (query === error) return ErrorMatch.Exact;
  // One short word ("otp", "captured") is too common to count as a pasted message.
  const substantial = (phrase: string) => phrase.includes(' ') || phrase.length >= 8;
  if (substantial(error) && containsPhrase(query, error)) return ErrorMatch.ContainsMessage;
  if (substantial(query) && query.includes(' ') && containsPhrase(error, query)) return ErrorMatch.PartOfMessage;
  return ErrorMatch.None;
}

interface Candidate {
  article: number;
  errorMatch: ErrorMatch;
  /** Length of the matched error message: a longer message is a more specific match. */
  errorLength: number;
  /**
   * How much the article is about the matched message, when several list it: 2 when it is named after
   * it (slug "payment-method-not-accepted"), 1 when a heading is the message, 0 when it only lists it.
   */
  errorFocus: number;
  score: number;
  /** The best-scoring section record, when one matched. */
  section?: { index: number; score: number };
  /** Score of the article's own record (title, summary, keywords, errors), when it matched. */
  articleScore?: number;
}

/** Records of one article beyond its best add a little: an article that matches in many places is a better answer. */
function combineScores(scores: number[]): number {
  const [best = 1, second, third] = [...scores].sort((a, b) => a - b);
  let combined = best;
  if (second !== undefined) combined *= 0.7 + 0.3 * second;
  if (third !== undefined) combined *= 0.85 + 0.15 * third;
  return combined;
}

/** Rank order: articles listing a pasted error first (the most specific message first), then by score. */
function compareCandidates(a: Candidate, b: Candidate): number {
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
function mergeCandidates(first: Candidate, second: Candidate): Candidate {
  const error = (second.errorMatch - first.errorMatch || second.errorFocus - first.errorFocus) > 0 ? second : first;
  const scored = second.score < first.score ? second : first;
  return { ...scored, errorMatch: error.errorMatch, errorFocus: error.errorFocus, errorLength: error.errorLength };
}

const maxWeight = Math.max(...searchKeys.map((key) => key.weight));
/** Words found as written improve (lower) Fuse's fuzzy score by up to this share: exact beats fuzzy. */
const exactWeight = 0.7;
/** A query that is one of the article's keyword phrases, or a phrase of its title, counts this much more. */
const phraseFactor = 0.25;

/** A word of the field, the start of one ("verif" → "verification"), or a longer form of one ("scams" → "scam"). */
function hasWord(words: ReadonlySet<string>, term: string): boolean {
  if (words.has(term)) return true;
  for (const word of words) {
    if (term.length >= 3 && word.startsWith(term)) return true;
    if (word.length >= 4 && term.length - word.length <= 2 && term.startsWith(word)) return true;
  }
  return false;
}

/**
 * Results scoring worse than this are left out: by then the match is one short word, fuzzily, deep
 * in a body ("charge" matching "change"), which is noise. Articles listing a pasted error always stay.
 */
export const maxScore = 0.85;

/** A match through a cross-script synonym ("كي نت" for "knet") scores this much worse than the words as typed. */
const synonymPenalty = 2;

/** Query words searched at most: a pasted paragraph is matched as an error message, not word by word. */
export const maxQueryTerms = 8;

export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const { locale, articles } = payload;
  const docs: SearchRef[] = payload.refs.map(([article, section]) => ({ article, section }));
  const fuse = new Fuse<SearchRef>(docs, fuseOptions, Fuse.parseIndex<SearchRef>(toOneByteIndex(payload.index)));

  type IndexRecord = (typeof payload.index.records)[number];
  const keyPosition = new Map(payload.index.keys.map((key, position) => [key.id, position]));
  const fieldValue = (record: IndexRecord | undefined, field: SearchField): string => {
    const value = record?.$?.[keyPosition.get(field) ?? -1];
    if (!value) return '';
    return Array.isArray(value) ? value.map((sub) => sub.v).join(listSeparator) : value.v;
  };
  const phrases = (record: IndexRecord | undefined, field: SearchField) =>
    fieldValue(record, field).split(listSeparator).filter(Boolean);

  // The text lives once, in the index: read titles, keywords and errors back rather than ship them twice.
  const recordsOf = new Map<number, IndexRecord[]>();
  const articleRecord = new Map<number, IndexRecord>();
  for (const record of payload.index.records) {
    const ref = docs[record.i];
    if (!ref) continue;
    const own = recordsOf.get(ref.article);
    if (own) own.push(record);
    else recordsOf.set(ref.article, [record]);
    if (ref.section === -1) articleRecord.set(ref.article, record);
  }
  const errorFocus = (article: number, error: string) => {
    const { slug, sections } = articles[article] ?? { slug: '', sections: [] };
    if (normalizeText(slug, locale) === error) return 2;
    return sections.some(([, heading]) => containsPhrase(normalizeText(heading, locale), error)) ? 1 : 0;
  };
  const errorsByArticle = new Map([...articleRecord].map(([article, record]) => [article, phrases(record, 'errors')]));

  const profiles = new Map<number, Map<SearchField, Set<string>>>();
  /** The words of each field of an article, built when the article first becomes a candidate. */
  const profileOf = (article: number) => {
    let profile = profiles.get(article);
    if (!profile) {
      profile = new Map(searchKeys.map((key) => [key.name, new Set<string>()]));
      for (const record of recordsOf.get(article) ?? []) {
        for (const key of searchKeys) {
          const words = profile.get(key.name)!;
          for (const word of fieldValue(record, key.name).split(/[ |]+/)) if (word) words.add(word);
        }
      }
      profiles.set(article, profile);
    }
    return profile;
  };
  /**
   * How well an article holds the query's words as written (not fuzzily): each word counts by its
   * rarity among the candidates and by the weightiest field it is in. 0 = none, 1 = all in the title.
   */
  const exactScore = (articlesToScore: readonly number[], terms: readonly string[]) => {
    const presence = articlesToScore.map((article) => {
      const profile = profileOf(article);
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
  /** The query is one of the article's keyword phrases, or a phrase of its title. */
  const phraseMatch = (article: number, query: string) => {
    const record = articleRecord.get(article);
    if (phrases(record, 'keywords').includes(query)) return true;
    return query.includes(' ') && containsPhrase(fieldValue(record, 'title'), query);
  };

  let vocabulary: Map<string, number> | undefined;
  /** Every indexed word and in how many records it occurs; built on the first search that finds nothing. */
  const getVocabulary = () => {
    if (!vocabulary) {
      vocabulary = new Map();
      for (const record of payload.index.records) {
        const words = new Set(searchKeys.flatMap((key) => fieldValue(record, key.name).split(/[ |]+/)));
        for (const word of words) if (word.length > 1) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
      }
    }
    return vocabulary;
  };

  const articleHref = (article: SearchArticle) => `/${locale}/articles/${article.slug}`;

  // A variant in a script the index does not hold ("لم تتم عملية الدفع" for "NOT CAPTURED" on English pages) finds nothing.
  const shallowText = [...articleRecord.values()].map((record) => `${fieldValue(record, 'title')} ${fieldValue(record, 'keywords')}`).join(' ');
  const absentScripts = [/[a-z]/, /[\u0621-\u064a]/].filter((script) => !script.test(shallowText));
  const searchable = (variant: NormalizedQuery) => !absentScripts.some((script) => variant.terms.some((term) => script.test(term)));

  /**
   * Candidates for one way of writing the query, each with its final score (not yet sorted or cut);
   * with `errorsOnly`, only the articles listing it as an error message, without a Fuse pass.
   */
  function rank(normalized: NormalizedQuery, fuseLimit: number, errorsOnly = false): Candidate[] {
    const candidates = new Map<number, Candidate & { scores: number[] }>();
    const candidate = (article: number) => {
      let found = candidates.get(article);
      if (!found) {
        found = { article, errorMatch: ErrorMatch.None, errorLength: 0, errorFocus: 0, score: 1, scores: [] };
        candidates.set(article, found);
      }
      return found;
    };

    for (const [article, errors] of errorsByArticle) {
      for (const error of errors) {
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

    const terms = normalized.terms.slice(0, maxQueryTerms);
    for (const result of errorsOnly ? [] : fuse.search(toOneByte(terms.join(' ')), { limit: fuseLimit })) {
      const { article, section } = result.item;
      const score = result.score ?? 1;
      const entry = candidate(article);
      entry.scores.push(score);
      if (section === -1) entry.articleScore = score;
      else if (!entry.section || score < entry.section.score) entry.section = { index: section, score };
    }

    const found = [...candidates.values()].filter((entry) => entry.scores.length > 0).map((entry) => entry.article);
    const exact = exactScore(found, terms);
    return [...candidates.values()].map(({ scores, ...entry }) => {
      if (scores.length === 0) return { ...entry, score: 1 };
      let score = combineScores(scores) * (1 - exactWeight * (exact.get(entry.article) ?? 0));
      if (phraseMatch(entry.article, normalized.text)) score *= phraseFactor;
      return { ...entry, score };
    });
  }

  function search(query: string, { limit = 20 } = {}): SearchHit[] {
    const [typed, ...others] = queryVariants(query, locale);
    if (!typed || typed.terms.length === 0) return [];
    const variants = [typed, ...others.filter(searchable)];
    // Each article is ranked by the way of writing the query that suits it best. A query that is a
    // message some article lists is ranked by the articles listing it: its translation then only
    // adds those listing the other form ("NOT CAPTURED" for "لم تتم عملية الدفع"), not a fuzzy pass.
    const best = new Map<number, Candidate>();
    for (const [position, variant] of variants.entries()) {
      const errorsOnly = position > 0 && [...best.values()].some((entry) => entry.errorMatch !== ErrorMatch.None);
      for (const ranked of rank(variant, Math.max(60, limit * 4), errorsOnly)) {
        const entry = position === 0 ? ranked : { ...ranked, score: Math.min(1, ranked.score * synonymPenalty) };
        const known = best.get(entry.article);
        best.set(entry.article, known ? mergeCandidates(known, entry) : entry);
      }
    }
    const ranked = [...best.values()]
      .sort(compareCandidates)
      .filter((entry) => entry.errorMatch !== ErrorMatch.None || entry.score <= maxScore)
      .slice(0, limit);
    // Marked: the words as typed, and a translation only where it occurs whole ("بطاقة هدايا" for
    // "gift card", not every "بطاقة").
    const terms = typed.terms.slice(0, maxQueryTerms);
    const phrases = [typed.text, ...variants.flatMap((variant) => variant.translations)];

    return ranked.flatMap((entry): SearchHit[] => {
      const article = articles[entry.article];
      if (!article) return [];
      const href = articleHref(article);
      const hit: SearchHit = {
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        href,
        errorMatch: entry.errorMatch !== ErrorMatch.None,
        score: entry.score,
        titleRanges: highlightRanges(article.title, terms, locale, phrases),
        summaryRanges: highlightRanges(article.summary, terms, locale, phrases),
      };
      // The section is worth showing when the answer is deep in the article: it matched better
      // than the article's own fields, and it has a heading to link to.
      const [id, heading] = entry.section ? (article.sections[entry.section.index] ?? ['', '']) : ['', ''];
      if (entry.section && id && (entry.articleScore === undefined || entry.section.score < entry.articleScore)) {
        hit.section = { id, heading, headingRanges: highlightRanges(heading, terms, locale, phrases) };
        hit.href = `${href}#${id}`;
      }
      return [hit];
    });
  }

  function suggest(query: string, { limit = 3 } = {}): string[] {
    const words = normalizeWords(query, locale);
    if (words.length === 0) return [];
    const known = getVocabulary();
    const alternatives = words.map((word) => {
      if (known.has(word) || word.length < 3 || /^\d+$/.test(word)) return [word];
      const edits = Math.max(allowedEdits(word.length), 1) + (word.length >= 8 ? 1 : 0);
      const close: { word: string; distance: number; count: number }[] = [];
      for (const [candidate, count] of known) {
        const distance = editDistance(word, candidate, edits);
        if (distance <= edits) close.push({ word: candidate, distance, count });
      }
      close.sort((a, b) => a.distance - b.distance || b.count - a.count);
      return close.length > 0 ? close.slice(0, limit).map((entry) => entry.word) : [word];
    });
    const suggestions: string[] = [];
    for (let option = 0; option < limit; option++) {
      const words = alternatives.map((choices) => choices[Math.min(option, choices.length - 1)]!);
      const suggestion = words.join(' ');
      if (suggestion !== normalizeWords(query, locale).join(' ') && !suggestions.includes(suggestion) && search(suggestion, { limit: 1 }).length > 0) {
        suggestions.push(suggestion);
      }
    }
    return suggestions;
  }

  return {
    locale,
    search,
    suggest,
    popular: () =>
      payload.popular.flatMap((position): SearchHit[] => {
        const article = articles[position];
        if (!article) return [];
        const { slug, title, summary } = article;
        return [{ slug, title, summary, href: articleHref(article), errorMatch: false, score: 0, titleRanges: [], summaryRanges: [] }];
      }),
  };
}
