import { readMessageVerdict, type SearchEngine, type SearchHit } from './engine';

/** What a query gets back: the results and, when there are none, queries close to it. */
export interface SearchAnswer {
  hits: SearchHit[];
  /**
   * Whether the hits answer the query (`SearchEngine.answer`): when false, the page says that no
   * article answers it and lists the hits as the closest articles, and the search counts as failed.
   */
  confident: boolean;
  suggestions: string[];
  /** The query as searched when its typos were corrected ("Showing results for …"). */
  corrected?: string;
}

/**
 * The answer to one query: fetches what a sharded index needs for it, then searches. The browser
 * (worker or page) and the results page answered on the server without JavaScript both call it,
 * so they answer alike.
 */
export async function answerQuery(engine: SearchEngine, query: string, limit: number, exact = false): Promise<SearchAnswer> {
  // A pasted message ranks the articles for its verdict first (scam, a bank's code).
  const verdict = await readMessageVerdict(query);
  await engine.prepare(query, { limit, exact, verdict });
  const { hits, confident } = engine.answer(query, { limit, exact, verdict });
  const corrected = exact ? undefined : engine.correct(query)?.corrected;
  return { hits, confident, suggestions: hits.length === 0 ? engine.suggest(query) : [], ...(corrected ? { corrected } : {}) };
}
