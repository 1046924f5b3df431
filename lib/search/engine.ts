import Fuse from 'fuse.js';
import type { Locale } from '../i18n/config';
import { articlePath } from '../paths';
import { allowedEdits } from './distance';
import { highlightRanges, type HighlightRange } from './highlight';
import { decodePostings, fieldBit, fieldWeight, fromFrequencyClass, PostingsBuilder, Vocabulary, type Expansion, type Posting } from './inverted';
import { normalizeText, normalizeWords, type NormalizedQuery } from './normalize';
import { toOneByte, toOneByteRecord } from './one-byte';
import { fuseOptions, searchKeys, type SearchField, type SearchRef } from './options';
import {
  articleFileName,
  listSeparator,
  postingsFileName,
  scriptLetters,
  type ArticleFragment,
  type InlinePayload,
  type PostingsFile,
  type SearchArticle,
  type SearchPayload,
  type SerializedIndex,
  type SerializedRecord,
  type ShardedPayload,
} from './records';
import { queryVariants, type QueryVariant } from './synonyms';

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
  /**
   * Fetches what `search` needs for this query: the postings of its words and the records of its
   * candidate articles. Resolves at once for an inline index, where everything is already here.
   */
  prepare(query: string, options?: { limit?: number }): Promise<void>;
  /**
   * Results in rank order: articles listing the pasted error first, then fuzzy matches. On a
   * sharded index, throws unless `prepare` has resolved for the same query and limit.
   */
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

/**
 * A word of the text, the start of one ("verif" → "verification"), or a longer form of one ("scams"
 * → "scam"). The text is normalised words with a space before and after each (`spacedWords`).
 */
function hasWord(spaced: string, term: string): boolean {
  if (spaced.includes(term.length >= 3 ? ` ${term}` : ` ${term} `)) return true;
  for (let cut = 1; cut <= 2 && term.length - cut >= 4; cut++) if (spaced.includes(` ${term.slice(0, -cut)} `)) return true;
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

/**
 * Articles of a sharded index whose records Fuse scores for one query, at most: the best of the
 * candidate filter. Enough that the right answer is among them when its words are, few enough that
 * scoring them stays within a frame on a phone whatever the size of the library.
 */
export const candidateLimit = 16;
/** Section records of one candidate of a sharded index scored at most: an article's score counts its three best records. */
const maxSectionRecords = 3;
/** The same for an inline index, which can afford one more: it costs the relevance sets nothing and keeps long questions fast. */
const maxInlineSectionRecords = 4;
/** Candidates scoring below this share of the best one are left out. */
export const minCandidateShare = 0.2;

/** Fetches one of the index's other files by name (`postings-3.json`, `article-12.json`). */
export type FetchSearchFile = (name: string) => Promise<unknown>;

/** One article as the ranker reads it: its result data, and its records (as served, and for Fuse). */
interface LoadedArticle {
  article: SearchArticle;
  sections: number[];
  records: SerializedRecord[];
  /** The same records with Arabic letters in one-byte form, which is what Fuse searches. */
  fuseRecords: SerializedRecord[];
}

/** Where the engine reads the index from: all in memory (inline) or fetched in parts (sharded). */
interface IndexStore {
  articleCount: number;
  vocabulary: Vocabulary;
  popular: { article: number; slug: string; title: string; summary: string }[];
  /** The articles holding a word; undefined while its postings are not loaded. */
  postings(word: string): Posting[] | undefined;
  loadPostings(words: Iterable<string>): Promise<void>;
  /** One article's records; undefined while not loaded. */
  article(article: number): LoadedArticle | undefined;
  loadArticles(articles: Iterable<number>): Promise<void>;
}

/** Texts' words with a space before and after each, for finding a whole word with `includes`. */
function spacedWords(texts: readonly string[]): string {
  return ` ${texts.filter(Boolean).join(' ')} `;
}

/** Where each field sits in an index record: records are built with the keys in `searchKeys` order. */
const fieldPosition = new Map(searchKeys.map((key, position) => [key.name, position]));

function fieldText(record: SerializedRecord | undefined, field: SearchField): string {
  const value = record?.$?.[fieldPosition.get(field)!];
  if (!value) return '';
  return Array.isArray(value) ? value.map((sub) => sub.v).join(listSeparator) : value.v;
}

function loadedArticle(fragment: ArticleFragment): LoadedArticle {
  return { ...fragment, fuseRecords: fragment.records.map(toOneByteRecord) };
}

/** The whole index is in the payload: articles are grouped from its records, postings built from their text. */
function inlineStore(payload: InlinePayload): IndexStore {
  const fragments = payload.articles.map((article): ArticleFragment => ({ article, sections: [], records: [] }));
  const builder = new PostingsBuilder();
  for (const record of payload.index.records) {
    const [article, section] = payload.refs[record.i] ?? [-1, -1];
    const fragment = fragments[article];
    if (!fragment) continue;
    fragment.records.push({ ...record, i: fragment.records.length });
    fragment.sections.push(section);
    for (const key of searchKeys) builder.add(article, key.name, fieldText(record, key.name));
  }
  const articles = fragments.map(loadedArticle);
  const postings = new Map<string, Posting[]>();
  const vocabulary = Vocabulary.fromCounts(new Map([...builder.words].map(([word, holders]) => [word, holders.size])));
  return {
    articleCount: articles.length,
    vocabulary,
    popular: payload.popular.flatMap((position) => {
      const article = payload.articles[position];
      return article ? [{ article: position, slug: article.slug, title: article.title, summary: article.summary }] : [];
    }),
    postings(word) {
      let found = postings.get(word);
      if (!found) postings.set(word, (found = builder.postings(word)));
      return found;
    },
    loadPostings: async () => {},
    article: (article) => articles[article],
    loadArticles: async () => {},
  };
}

/** The core is in the payload; postings files and article files are fetched when a query needs them, once each. */
function shardedStore(payload: ShardedPayload, fetchFile: FetchSearchFile): IndexStore {
  const words = payload.vocabulary ? payload.vocabulary.split(' ') : [];
  const vocabulary = new Vocabulary(words, [...payload.frequencies].map(fromFrequencyClass));
  const postingsFiles = new Map<number, Promise<void>>();
  const encoded = new Map<string, number[]>();
  const decoded = new Map<string, Posting[]>();
  const articleFiles = new Map<number, Promise<void>>();
  const articles = new Map<number, LoadedArticle>();

  /** The file holding a word: the last whose first word is not after it. */
  const fileOf = (word: string) => {
    let low = 0;
    let high = payload.postingsFiles.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (payload.postingsFiles[middle]! <= word) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const once = (files: Map<number, Promise<void>>, file: number, load: () => Promise<void>) => {
    let loading = files.get(file);
    if (!loading) {
      loading = load();
      // A failed fetch is forgotten, so the next query tries again.
      loading.catch(() => files.delete(file));
      files.set(file, loading);
    }
    return loading;
  };

  return {
    articleCount: payload.articleCount,
    vocabulary,
    popular: payload.popular,
    postings(word) {
      if (!vocabulary.has(word)) return [];
      let found = decoded.get(word);
      const raw = encoded.get(word);
      if (!found && raw) decoded.set(word, (found = decodePostings(raw)));
      return found;
    },
    async loadPostings(wanted) {
      const files = new Set([...wanted].filter((word) => vocabulary.has(word)).map(fileOf));
      await Promise.all(
        [...files].map((file) =>
          once(postingsFiles, file, async () => {
            const { postings } = (await fetchFile(postingsFileName(file))) as PostingsFile;
            for (const [word, list] of Object.entries(postings)) encoded.set(word, list);
          }),
        ),
      );
    },
    article: (article) => articles.get(article),
    async loadArticles(wanted) {
      await Promise.all(
        [...wanted].map((article) =>
          once(articleFiles, article, async () => {
            articles.set(article, loadedArticle((await fetchFile(articleFileName(article))) as ArticleFragment));
          }),
        ),
      );
    },
  };
}

/** A query, normalised, in each way of writing it that is searched, with the indexed words each of its terms may stand for. */
interface QueryPlan {
  variants: QueryVariant[];
  /** Per variant, per term (at most `maxQueryTerms`): the words it may stand for. */
  expansions: Expansion[][][];
}

const serializedKeys = (Fuse.createIndex(searchKeys.map((key) => ({ ...key })), []).toJSON() as SerializedIndex).keys;
const errorsBit = fieldBit('errors');

export function createSearchEngine(payload: SearchPayload, fetchFile?: FetchSearchFile): SearchEngine {
  const { locale } = payload;
  if (payload.kind === 'sharded' && !fetchFile) throw new Error('A sharded search index needs a way to fetch its files');
  const store = payload.kind === 'inline' ? inlineStore(payload) : shardedStore(payload, fetchFile!);
  // An inline index is small enough for Fuse to score every article that holds a word of the
  // query; a sharded one is narrowed to its 16 best candidates, which with three sections each
  // costs the Arabic set two first places (MRR 0.980 → 0.967).
  const narrowing =
    payload.kind === 'inline'
      ? { candidates: Infinity, sections: maxInlineSectionRecords, share: 0 }
      : { candidates: candidateLimit, sections: maxSectionRecords, share: minCandidateShare };
  const { vocabulary } = store;

  // A variant in a script the titles and keywords do not use ("لم تتم عملية الدفع" for "NOT CAPTURED" on English pages) finds nothing.
  const absentScripts = (Object.keys(scriptLetters) as (keyof typeof scriptLetters)[])
    .filter((script) => !payload.scripts.includes(script))
    .map((script) => scriptLetters[script]);
  const searchable = (variant: NormalizedQuery) => !absentScripts.some((script) => variant.terms.some((term) => script.test(term)));

  let lastPlan: { query: string; plan: QueryPlan | undefined } | undefined;
  function planFor(query: string): QueryPlan | undefined {
    if (lastPlan?.query === query) return lastPlan.plan;
    const [typed, ...others] = queryVariants(query, locale);
    let plan: QueryPlan | undefined;
    if (typed && typed.terms.length > 0) {
      const variants = [typed, ...others.filter(searchable)];
      plan = { variants, expansions: variants.map((variant) => variant.terms.slice(0, maxQueryTerms).map((term) => vocabulary.expand(term))) };
    }
    lastPlan = { query, plan };
    return plan;
  }

  /** Each plan's candidates by limit: `prepare` and `search` ask for the same ones. */
  const chosen = new WeakMap<QueryPlan, Map<number, number[]>>();
  /**
   * The articles worth scoring, best first: each term counts by the rarity of the word it matched
   * (as typed, partly or with a typo) and the weightiest field holding it. Articles whose error
   * messages hold every word of the query go first, so a pasted message always reaches Fuse.
   * Undefined when a word's postings are not loaded yet.
   */
  function candidatesFor(plan: QueryPlan, limit: number): number[] | undefined {
    const known = chosen.get(plan)?.get(limit);
    if (known) return known;
    const scores = new Map<number, number>();
    /** Articles whose error messages hold every word of a way of writing the query. */
    const listing = new Set<number>();
    for (const [position, variant] of plan.expansions.entries()) {
      const factor = position === 0 ? 1 : 1 / synonymPenalty;
      const errorTerms = new Map<number, number>();
      for (const expansions of variant) {
        const best = new Map<number, number>();
        const inErrors = new Set<number>();
        for (const { word, quality } of expansions) {
          const postings = store.postings(word);
          if (!postings) return undefined;
          const idf = Math.log(1 + store.articleCount / Math.max(1, postings.length));
          for (const { article, fields } of postings) {
            const score = quality * idf * fieldWeight(fields);
            if (score > (best.get(article) ?? 0)) best.set(article, score);
            if (quality === 1 && fields & errorsBit) inErrors.add(article);
          }
        }
        for (const [article, score] of best) scores.set(article, (scores.get(article) ?? 0) + factor * score);
        for (const article of inErrors) errorTerms.set(article, (errorTerms.get(article) ?? 0) + 1);
      }
      for (const [article, count] of errorTerms) if (count === variant.length) listing.add(article);
    }
    // Far behind the best, an article holds only common words or weak partial matches: not worth scoring.
    const floor = Math.max(0, ...scores.values()) * narrowing.share;
    const candidates = [...scores]
      .filter(([article, score]) => listing.has(article) || score >= floor)
      .sort((a, b) => Number(listing.has(b[0])) - Number(listing.has(a[0])) || b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([article]) => article);
    if (!chosen.has(plan)) chosen.set(plan, new Map());
    chosen.get(plan)!.set(limit, candidates);
    return candidates;
  }

  const planWords = (plan: QueryPlan) => plan.expansions.flat(2).map((expansion) => expansion.word);
  const candidatesLimit = (limit: number) => Math.max(narrowing.candidates, limit);

  async function prepare(query: string, { limit = 20 } = {}) {
    const plan = planFor(query);
    if (!plan) return;
    await store.loadPostings(planWords(plan));
    const candidates = candidatesFor(plan, candidatesLimit(limit));
    if (candidates) await store.loadArticles(candidates);
  }

  // Per article, kept across queries: its own record's phrases, and its words by field and by record.
  const errorsOf = new Map<number, string[]>();
  const articleWords = new Map<number, { byField: Map<SearchField, string>; byRecord: string[] }>();
  const articleRecordOf = (article: number) => {
    const loaded = store.article(article);
    const at = loaded?.sections.indexOf(-1) ?? -1;
    return at >= 0 ? loaded?.records[at] : undefined;
  };
  const phrases = (record: SerializedRecord | undefined, field: SearchField) => fieldText(record, field).split(listSeparator).filter(Boolean);
  const errorsFor = (article: number) => {
    let errors = errorsOf.get(article);
    if (!errors) errorsOf.set(article, (errors = phrases(articleRecordOf(article), 'errors')));
    return errors;
  };
  const errorFocus = (article: number, error: string) => {
    const { slug, sections } = store.article(article)?.article ?? { slug: '', sections: [] };
    if (normalizeText(slug, locale) === error) return 2;
    return sections.some(([, heading]) => containsPhrase(normalizeText(heading, locale), error)) ? 1 : 0;
  };
  /**
   * The words of each field of an article and of each of its records, read once, when the article
   * first becomes a candidate: for scoring words found as written, and for picking records to score.
   */
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
  /** The query is one of the article's keyword phrases, or a phrase of its title. */
  const phraseMatch = (article: number, query: string) => {
    const record = articleRecordOf(article);
    if (phrases(record, 'keywords').includes(query)) return true;
    return query.includes(' ') && containsPhrase(fieldText(record, 'title'), query);
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
      for (const { position } of sections.slice(0, narrowing.sections)) add(article, loaded.fuseRecords[position]!, loaded.sections[position] ?? -1);
    }
    const fuse = new Fuse<SearchRef>(docs, fuseOptions, Fuse.parseIndex<SearchRef>({ keys: serializedKeys, records }));
    lastFuse = { plan, key, fuse };
    return fuse;
  }


  /**
   * Candidates for one way of writing the query, each with its final score (not yet sorted or cut);
   * with `errorsOnly`, only the articles listing it as an error message, without a Fuse pass.
   */
  function rank(fuse: Fuse<SearchRef>, candidates: readonly number[], normalized: NormalizedQuery, fuseLimit: number, errorsOnly = false): Candidate[] {
    const found = new Map<number, Candidate & { scores: number[] }>();
    const candidate = (article: number) => {
      let entry = found.get(article);
      if (!entry) {
        entry = { article, errorMatch: ErrorMatch.None, errorLength: 0, errorFocus: 0, score: 1, scores: [] };
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

    const terms = normalized.terms.slice(0, maxQueryTerms);
    for (const result of errorsOnly ? [] : fuse.search(toOneByte(terms.join(' ')), { limit: fuseLimit })) {
      const { article, section } = result.item;
      const score = result.score ?? 1;
      const entry = candidate(article);
      entry.scores.push(score);
      if (section === -1) entry.articleScore = score;
      else if (!entry.section || score < entry.section.score) entry.section = { index: section, score };
    }

    const matched = [...found.values()].filter((entry) => entry.scores.length > 0).map((entry) => entry.article);
    const exact = exactScore(matched, terms);
    return [...found.values()].map(({ scores, ...entry }) => {
      if (scores.length === 0) return { ...entry, score: 1 };
      let score = combineScores(scores) * (1 - exactWeight * (exact.get(entry.article) ?? 0));
      if (phraseMatch(entry.article, normalized.text)) score *= phraseFactor;
      return { ...entry, score };
    });
  }

  const articleHref = (slug: string) => articlePath(locale, slug);

  function search(query: string, { limit = 20 } = {}): SearchHit[] {
    const plan = planFor(query);
    if (!plan) return [];
    const candidates = candidatesFor(plan, candidatesLimit(limit));
    if (!candidates) throw new Error('The search index parts for this query are not loaded: await prepare() first');
    if (candidates.length === 0) return [];
    const fuse = fuseOver(plan, candidates);
    const { variants } = plan;
    const typed = variants[0]!;
    // Each article is ranked by the way of writing the query that suits it best. A query that is a
    // message some article lists is ranked by the articles listing it: its translation then only
    // adds those listing the other form ("NOT CAPTURED" for "لم تتم عملية الدفع"), not a fuzzy pass.
    const best = new Map<number, Candidate>();
    for (const [position, variant] of variants.entries()) {
      const errorsOnly = position > 0 && [...best.values()].some((entry) => entry.errorMatch !== ErrorMatch.None);
      for (const ranked of rank(fuse, candidates, variant, Math.max(60, limit * 4), errorsOnly)) {
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
    const marked = [typed.text, ...variants.flatMap((variant) => variant.translations)];

    return ranked.flatMap((entry): SearchHit[] => {
      const article = store.article(entry.article)?.article;
      if (!article) return [];
      const href = articleHref(article.slug);
      const hit: SearchHit = {
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        href,
        errorMatch: entry.errorMatch !== ErrorMatch.None,
        score: entry.score,
        titleRanges: highlightRanges(article.title, terms, locale, marked),
        summaryRanges: highlightRanges(article.summary, terms, locale, marked),
      };
      // The section is worth showing when the answer is deep in the article: it matched better
      // than the article's own fields, and it has a heading to link to.
      const [id, heading] = entry.section ? (article.sections[entry.section.index] ?? ['', '']) : ['', ''];
      if (entry.section && id && (entry.articleScore === undefined || entry.section.score < entry.articleScore)) {
        hit.section = { id, heading, headingRanges: highlightRanges(heading, terms, locale, marked) };
        hit.href = articlePath(locale, article.slug, id);
      }
      return [hit];
    });
  }

  /** Queries built from the closest indexed words (by edits, then by how common they are). */
  function suggest(query: string, { limit = 3 } = {}): string[] {
    const words = normalizeWords(query, locale);
    if (words.length === 0) return [];
    const alternatives = words.map((word) => {
      if (vocabulary.has(word) || word.length < 3 || /^\d+$/.test(word)) return [word];
      const edits = Math.max(allowedEdits(word.length), 1) + (word.length >= 8 ? 1 : 0);
      const close = vocabulary
        .close(word, edits)
        .filter((entry) => entry.word.length > 1)
        .sort((a, b) => a.distance - b.distance || vocabulary.frequency(b.word) - vocabulary.frequency(a.word));
      return close.length > 0 ? close.slice(0, limit).map((entry) => entry.word) : [word];
    });
    const typed = words.join(' ');
    const suggestions: string[] = [];
    for (let option = 0; option < limit; option++) {
      const suggestion = alternatives.map((choices) => choices[Math.min(option, choices.length - 1)]!).join(' ');
      if (suggestion !== typed && !suggestions.includes(suggestion)) suggestions.push(suggestion);
    }
    return suggestions;
  }

  return {
    locale,
    prepare,
    search,
    suggest,
    popular: () =>
      store.popular.map(({ slug, title, summary }) => ({
        slug,
        title,
        summary,
        href: articleHref(slug),
        errorMatch: false,
        score: 0,
        titleRanges: [],
        summaryRanges: [],
      })),
  };
}
