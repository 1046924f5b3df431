import type { Locale } from '../i18n/config';
import { articlePath } from '../paths';
import { planWords, selectCandidates } from './candidates';
import { correctedQuery, createQueryPlanner, type QueryPlan } from './plan';
import { highlightRanges, type HighlightRange } from './highlight';
import { normalizeText } from './normalize';
import { createRanker, ErrorMatch, type RankedArticle } from './rank';
import type { SearchPayload } from './records';
import { inlineStore } from './stores/inline';
import { shardedStore } from './stores/sharded';
import type { FetchSearchFile } from './stores/store';
import { suggestQueries } from './suggest';
import { compileLexicon } from './words';

/**
 * The search engine a page loads: a store holding the index (`stores/inline`, `stores/sharded`),
 * the candidate filter in front of Fuse (`candidates`), and the scoring and ranking of those
 * candidates (`rank`), composed here into results with highlights and section links.
 */

export { maxQueryTerms } from './plan';
export { maxScore } from './rank';
export type { FetchSearchFile } from './stores/store';

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

export interface SearchOptions {
  /** Results at most (20). */
  limit?: number;
  /**
   * Search the words as typed, without correcting typos (`correct` reports what would be
   * corrected): for "Search instead for …". Arabizi and dialect forms are still read.
   */
  exact?: boolean;
}

/** A query whose typos were corrected before it was scored. */
export interface QueryCorrection {
  /** The query as typed with each corrected word replaced ("verfiy my card" → "verify my card"); what the results are for. */
  corrected: string;
}

/** The results of a query, and whether they answer it. */
export interface SearchResults {
  hits: SearchHit[];
  /**
   * How sure search is that the first result answers the query, 0 to 1: 1 for a pasted message an
   * article lists; otherwise how much of the query search understood (`QueryPlan.understood`) times
   * how much of it the first result holds, each word weighted by its rarity.
   */
  confidence: number;
  /**
   * `confidence` reaches `minConfidence`: the page shows the hits as the answer. Otherwise it says
   * that no article answers the query and lists the hits as the closest articles.
   */
  confident: boolean;
}

export interface SearchEngine {
  locale: Locale;
  /** `search` with the confidence of its results. Same preconditions as `search`. */
  answer(query: string, options?: SearchOptions): SearchResults;
  /**
   * Fetches what `search` needs for this query: the postings of its words and the records of its
   * candidate articles. Resolves at once for an inline index, where everything is already here.
   */
  prepare(query: string, options?: SearchOptions): Promise<void>;
  /**
   * Results in rank order: articles listing the pasted error first, then fuzzy matches. Words the
   * index lacks are left out; typos are scored as the words they were meant to be (see `correct`).
   * On a sharded index, throws unless `prepare` has resolved for the same query and options.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * The correction `search` applies to this query, or undefined when it corrects nothing: the page
   * shows "Showing results for {corrected} — search instead for {query}", the second link searching
   * with `exact: true`. Needs no `prepare`, also on a sharded index (the vocabulary is in its core).
   * Valid Arabic dialect words and stopwords are never corrected, nor a pasted text.
   */
  correct(query: string): QueryCorrection | undefined;
  /** Queries close to one that found nothing, built from the index's own words ("knte" → "knet"). */
  suggest(query: string, options?: { limit?: number }): string[];
  /** The articles to offer before a query and when nothing matches, as results without highlights. */
  popular(): SearchHit[];
}

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
/** Candidates of a sharded index scoring below this share of the best one are left out. */
export const minCandidateShare = 0.2;
/**
 * Results whose confidence is below this are shown as the closest articles, under a plain "no
 * article answers this". Set on the tuning half of the blind set (README, "Search figures").
 */
export const minConfidence = 0.55;

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
  const ranker = createRanker(store, locale, { sectionsPerArticle: narrowing.sections });

  const planner = createQueryPlanner(compileLexicon(payload.words, locale), store.vocabulary, store.articleCount);
  let lastPlan: { query: string; exact: boolean; plan: QueryPlan | undefined } | undefined;
  function planFor(query: string, exact = false): QueryPlan | undefined {
    if (lastPlan?.query !== query || lastPlan.exact !== exact) lastPlan = { query, exact, plan: planner(query, { correct: !exact }) };
    return lastPlan.plan;
  }

  /** Each plan's candidates by limit: `prepare` and `search` ask for the same ones. */
  const chosen = new WeakMap<QueryPlan, Map<number, number[]>>();
  function candidatesFor(plan: QueryPlan, limit: number): number[] | undefined {
    const wanted = Math.max(narrowing.candidates, limit);
    const known = chosen.get(plan)?.get(wanted);
    if (known) return known;
    const candidates = selectCandidates(store, plan, { limit: wanted, share: narrowing.share });
    if (!candidates) return undefined;
    if (!chosen.has(plan)) chosen.set(plan, new Map());
    chosen.get(plan)!.set(wanted, candidates);
    return candidates;
  }

  async function prepare(query: string, { limit = 20, exact = false }: SearchOptions = {}) {
    const plan = planFor(query, exact);
    if (!plan) return;
    await store.loadPostings(planWords(plan));
    const candidates = candidatesFor(plan, limit);
    if (candidates) await store.loadArticles(candidates);
  }

  const articleHref = (slug: string) => articlePath(locale, slug);

  /**
   * The section whose heading is a message the query holds ("### NOT CAPTURED" for "Transaction NOT
   * CAPTURED, try again"): the longest such heading, so "NOT CAPTURED" wins over "CAPTURED". Headings
   * of one short word are too common to count, as for error messages.
   */
  const sectionNamedIn = (sections: readonly (readonly [string, string])[], normalizedQuery: string) => {
    let best: readonly [string, string] | undefined;
    let bestLength = 0;
    for (const section of sections) {
      const heading = normalizeText(section[1], locale);
      if (!heading || (!heading.includes(' ') && heading.length < 8)) continue;
      if (` ${normalizedQuery} `.includes(` ${heading} `) && heading.length > bestLength) {
        best = section;
        bestLength = heading.length;
      }
    }
    return best;
  };

  function answer(query: string, { limit = 20, exact = false }: SearchOptions = {}): SearchResults {
    const plan = planFor(query, exact);
    if (!plan) return { hits: [], confidence: 0, confident: false };
    const candidates = candidatesFor(plan, limit);
    if (!candidates) throw new Error('The search index parts for this query are not loaded: await prepare() first');
    const ranked = ranker.rank(plan, candidates, limit);
    const hits = toHits(plan, ranked);
    const [top] = ranked;
    const confidence = !top ? 0 : top.errorMatch !== ErrorMatch.None ? 1 : plan.understood * top.coverage;
    return { hits, confidence, confident: hits.length > 0 && confidence >= minConfidence };
  }

  function toHits(plan: QueryPlan, ranked: readonly RankedArticle[]): SearchHit[] {
    // Marked: the words as typed, and a translation only where it occurs whole ("بطاقة هدايا" for
    // "gift card", not every "بطاقة").
    const typed = plan.variants[0]!;
    const { terms } = typed;
    const marked = [typed.text, ...plan.variants.flatMap((variant) => variant.translations)];
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
      // A pasted message opens its answer: the section headed by the message, when there is one.
      const messageSection = entry.errorMatch !== ErrorMatch.None ? sectionNamedIn(article.sections, typed.text) : undefined;
      if (messageSection) {
        const [sectionId, sectionHeading] = messageSection;
        hit.section = { id: sectionId, heading: sectionHeading, headingRanges: highlightRanges(sectionHeading, terms, locale, marked) };
        hit.href = articlePath(locale, article.slug, sectionId);
      }
      return [hit];
    });
  }

  return {
    locale,
    prepare,
    answer,
    search: (query, options) => answer(query, options).hits,
    correct(query) {
      const corrections = planFor(query)?.corrections;
      return corrections && corrections.size > 0 ? { corrected: correctedQuery(query, corrections, locale) } : undefined;
    },
    suggest: (query, { limit = 3 } = {}) => suggestQueries(store.vocabulary, query, locale, limit),
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
