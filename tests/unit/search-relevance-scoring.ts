import path from 'node:path';
import MiniSearch from 'minisearch';
import { loadContent, type Article } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/config';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { normalizeText } from '@/lib/search/normalize';
import { buildSearchFiles, buildSearchPayload, type SearchPayload } from '@/lib/search/records';
import { loadSearchWords } from '@/lib/search/words-data';

/** One labelled query of a relevance set. */
export interface RelevanceCase<Kind extends string = string> {
  query: string;
  kind: Kind;
  /** The article that answers it; more than one when each is a right answer. */
  expect: string | string[];
  /** For `deep`: the word that occurs only in the article's body, never in its title, summary, keywords or errors. */
  deepWord?: string;
}

/** Floors every locale's set must keep: a top-3 hit for nearly every query, and the answer usually first. */
export const minTop3Accuracy = 0.97;
export const minMeanReciprocalRank = 0.9;

/** The real articles of a locale and an engine over their index, round-tripped through JSON as the browser receives it. */
export function loadRelevanceFixture(locale: Locale): { articles: Article[]; engine: SearchEngine } {
  const { locales } = loadContent(path.join(process.cwd(), 'content'));
  const content = locales[locale];
  if (!content) throw new Error(`no ${locale} content`);
  const words = loadSearchWords(path.join(process.cwd(), 'content'), locale);
  const payload = JSON.parse(JSON.stringify(buildSearchPayload(content.articles, locale, content.lists.popular, words))) as SearchPayload;
  return { articles: content.articles, engine: createSearchEngine(payload) };
}

/**
 * The same articles as a sharded index (as a library of thousands would be served), with every
 * file fetched from memory through JSON, and prepared for the given queries so `search` can run.
 */
export async function loadShardedRelevanceFixture(locale: Locale, queries: readonly string[]): Promise<SearchEngine> {
  const { locales } = loadContent(path.join(process.cwd(), 'content'));
  const content = locales[locale];
  if (!content) throw new Error(`no ${locale} content`);
  const { payload, files } = buildSearchFiles(content.articles, locale, content.lists.popular, {
    sharded: true,
    words: loadSearchWords(path.join(process.cwd(), 'content'), locale),
  });
  const served = new Map([...files].map(([name, value]) => [name, JSON.stringify(value)]));
  const engine = createSearchEngine(JSON.parse(JSON.stringify(payload)) as SearchPayload, async (name) => JSON.parse(served.get(name) ?? 'null'));
  for (const query of queries) await engine.prepare(query, { limit: 10 });
  return engine;
}

/** Anything that answers a query with article slugs, best first: our engine, or the baseline. */
export interface Ranking {
  search(query: string, options: { limit: number }): { slug: string }[];
}

/**
 * The baseline our search must beat: plain MiniSearch over the same articles, as a developer would
 * set it up in an afternoon (title, summary, keywords, errors and body; fuzzy 0.2, prefix, title
 * boosted; its own tokenizer and no normalisation of ours).
 */
export function miniSearchBaseline(articles: readonly Article[]): Ranking {
  const miniSearch = new MiniSearch<{ id: string; title: string; summary: string; keywords: string; errors: string; body: string }>({
    fields: ['title', 'summary', 'keywords', 'errors', 'body'],
    storeFields: [],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2 } },
  });
  miniSearch.addAll(
    articles.map((article) => ({
      id: article.slug,
      title: article.title,
      summary: article.summary,
      keywords: article.keywords.join(' '),
      errors: article.errors.join(' '),
      body: article.sections.map((section) => `${section.heading} ${section.text}`).join(' '),
    })),
  );
  return { search: (query, { limit }) => miniSearch.search(query).slice(0, limit).map((result) => ({ slug: String(result.id) })) };
}

/** Position (1-based) of the first right answer in the top 10, Infinity when none is there. */
export function rankOf(engine: Ranking, testCase: RelevanceCase): number {
  const expected = [testCase.expect].flat();
  const slugs = engine.search(testCase.query, { limit: 10 }).map((hit) => hit.slug);
  const position = slugs.findIndex((slug) => expected.includes(slug));
  return position === -1 ? Infinity : position + 1;
}

export interface RelevanceScore {
  top3: number;
  top1: number;
  mrr: number;
  /** One line of figures (overall and per kind), then every query whose answer was not first. */
  report: string;
}

export function scoreRelevance<Kind extends string>(
  engine: Ranking,
  cases: readonly RelevanceCase<Kind>[],
  kinds: readonly Kind[],
  label = 'relevance',
): RelevanceScore {
  const ranks = cases.map((testCase) => ({ testCase, rank: rankOf(engine, testCase) }));
  const top3 = ranks.filter(({ rank }) => rank <= 3).length / ranks.length;
  const top1 = ranks.filter(({ rank }) => rank === 1).length / ranks.length;
  const mrr = ranks.reduce((sum, { rank }) => sum + 1 / rank, 0) / ranks.length;
  const misses = ranks
    .filter(({ rank }) => rank > 1)
    .map(({ testCase, rank }) => `  ${rank === Infinity ? 'missing' : `#${rank}`}  "${testCase.query}" → ${[testCase.expect].flat().join(' | ')}`);
  const byKind = kinds.map((kind) => {
    const ofKind = ranks.filter(({ testCase }) => testCase.kind === kind);
    return `${kind} ${ofKind.filter(({ rank }) => rank <= 3).length}/${ofKind.length}`;
  });
  const report =
    `${label}: ${cases.length} queries, top-3 accuracy ${(top3 * 100).toFixed(1)}%, top-1 ${(top1 * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)} (${byKind.join(', ')})` +
    (misses.length ? `\nnot first:\n${misses.join('\n')}` : '');
  return { top3, top1, mrr, report };
}

/** Labels naming articles that do not exist. */
export function unknownLabels(articles: readonly Article[], cases: readonly RelevanceCase[]): string[] {
  const slugs = new Set(articles.map((article) => article.slug));
  return cases.flatMap((testCase) => [testCase.expect].flat()).filter((slug) => !slugs.has(slug));
}

/** Why each `deep` case is not deep: its word is in the article's title, summary, keywords or errors, or not in its body. */
export function deepWordProblems(articles: readonly Article[], cases: readonly RelevanceCase[], locale: Locale): string[] {
  const problems: string[] = [];
  for (const testCase of cases.filter((c) => c.kind === 'deep')) {
    const word = normalizeText(testCase.deepWord ?? '', locale);
    const article = articles.find((a) => a.slug === testCase.expect);
    if (!word || !article) {
      problems.push(`"${testCase.query}": no deep word or no article ${String(testCase.expect)}`);
      continue;
    }
    const shallow = ` ${normalizeText([article.title, article.summary, ...article.keywords, ...article.errors].join(' '), locale)} `;
    if (shallow.includes(` ${word}`)) problems.push(`"${word}" is in the title, summary, keywords or errors of ${article.slug}`);
    // The body as the index holds it: each section's heading and text.
    const body = normalizeText(article.sections.map((section) => `${section.heading} ${section.text}`).join(' '), locale);
    if (!` ${body} `.includes(` ${word}`)) problems.push(`"${word}" is not in the body of ${article.slug}`);
  }
  return problems;
}
