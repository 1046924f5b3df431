import type { Locale } from '../i18n/config';
import { fieldBit, fieldWeight, type Expansion, type Vocabulary } from './inverted';
import type { NormalizedQuery } from './normalize';
import { scriptLetters, type Script } from './records';
import type { IndexStore } from './stores/store';
import { queryVariants, type QueryVariant } from './synonyms';

/** Query words searched at most: a pasted paragraph is matched as an error message, not word by word. */
export const maxQueryTerms = 8;

/** A match through a cross-script synonym ("كي نت" for "knet") scores this much worse than the words as typed. */
export const synonymPenalty = 2;

/** A query, normalised, in each way of writing it that is searched, with the indexed words each of its terms may stand for. */
export interface QueryPlan {
  variants: QueryVariant[];
  /** Per variant, per term (at most `maxQueryTerms`): the words it may stand for. */
  expansions: Expansion[][][];
}

/**
 * The plan for a query: its ways of writing (as typed, then translated), leaving out a variant in a
 * script the site's titles and keywords do not use ("لم تتم عملية الدفع" for "NOT CAPTURED" on
 * English pages finds nothing). Undefined when the query has no words.
 */
export function planQuery(query: string, locale: Locale, vocabulary: Vocabulary, scripts: readonly Script[]): QueryPlan | undefined {
  const absent = (Object.keys(scriptLetters) as Script[]).filter((script) => !scripts.includes(script)).map((script) => scriptLetters[script]);
  const searchable = (variant: NormalizedQuery) => !absent.some((script) => variant.terms.some((term) => script.test(term)));
  const [typed, ...others] = queryVariants(query, locale);
  if (!typed || typed.terms.length === 0) return undefined;
  const variants = [typed, ...others.filter(searchable)];
  return { variants, expansions: variants.map((variant) => variant.terms.slice(0, maxQueryTerms).map((term) => vocabulary.expand(term))) };
}

/** Every indexed word a plan may touch: what a sharded store fetches the postings of. */
export function planWords(plan: QueryPlan): string[] {
  return plan.expansions.flat(2).map((expansion) => expansion.word);
}

export interface CandidateOptions {
  /** Articles returned at most. */
  limit: number;
  /** Articles scoring below this share of the best one are left out (0 keeps all). */
  share: number;
}

const errorsBit = fieldBit('errors');

/**
 * The articles worth scoring, best first: each term counts by the rarity of the word it matched
 * (as typed, partly or with a typo) and the weightiest field holding it. Articles whose error
 * messages hold every word of the query go first, so a pasted message always reaches Fuse.
 * Undefined when a word's postings are not loaded yet.
 */
export function selectCandidates(store: IndexStore, plan: QueryPlan, { limit, share }: CandidateOptions): number[] | undefined {
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
  const floor = Math.max(0, ...scores.values()) * share;
  return [...scores]
    .filter(([article, score]) => listing.has(article) || score >= floor)
    .sort((a, b) => Number(listing.has(b[0])) - Number(listing.has(a[0])) || b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([article]) => article);
}
