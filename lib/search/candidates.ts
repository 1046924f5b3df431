import { fieldBit, fieldWeight } from './inverted';
import { synonymPenalty, type QueryPlan } from './plan';
import type { IndexStore } from './stores/store';

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
 * messages hold every word of the query (two of them for a long query) go first, so a pasted
 * message always reaches Fuse.
 * Undefined when a word's postings are not loaded yet.
 */
export function selectCandidates(store: IndexStore, plan: QueryPlan, { limit, share }: CandidateOptions): number[] | undefined {
  const scores = new Map<number, number>();
  /** Articles whose error messages hold every word of a way of writing the query. */
  const listing = new Set<number>();
  for (const [position, variant] of plan.expansions.entries()) {
    const factor = 1 / (plan.penalties[position] ?? synonymPenalty);
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
    // A short query must be all in the errors; a long one (a pasted email) needs two of its words there.
    const needed = variant.length > 3 ? 2 : variant.length;
    for (const [article, count] of errorTerms) if (count >= needed) listing.add(article);
  }
  // Far behind the best, an article holds only common words or weak partial matches: not worth scoring.
  const floor = Math.max(0, ...scores.values()) * share;
  return [...scores]
    .filter(([article, score]) => listing.has(article) || score >= floor)
    .sort((a, b) => Number(listing.has(b[0])) - Number(listing.has(a[0])) || b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([article]) => article);
}
