import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadContent, type Article } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/config';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { buildSearchFiles, buildSearchPayload, type SearchPayload } from '@/lib/search/records';
import { loadSearchWords } from '@/lib/search/words-data';
import { miniSearchBaseline } from './search-relevance-scoring';

/**
 * The blind relevance set: queries and pasted messages written by people who read neither the
 * articles nor the code, labelled afterwards with the content plan's slugs. A set is four files
 * beside each other, `<prefix>-<locale>-queries.jsonl` and `<prefix>-<locale>-messages.jsonl`
 * (`tests/blind/tuning` is the half the search was tuned on), so the same harness scores any half.
 */

const querySchema = z.strictObject({
  id: z.string().min(1),
  kind: z.string().min(1),
  query: z.string().min(1),
  answers: z.array(z.string().min(1)),
});
const messageSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.string().min(1),
  message: z.string().min(1),
  verdict: z.string().min(1),
  answers: z.array(z.string().min(1)),
});

/** One item of the set: a query, or a message pasted as one. */
export interface BlindItem {
  id: string;
  source: 'queries' | 'messages';
  kind: string;
  query: string;
  /** Slugs that answer it, best first; empty when no article of the plan does. */
  answers: string[];
}

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return [parsed.data];
  });
}

/** The set's items of one locale, queries first; a missing file is an error naming it. */
export function loadBlindSet(prefix: string, locale: Locale): BlindItem[] {
  const queries = readJsonl(`${prefix}-${locale}-queries.jsonl`, querySchema).map((item): BlindItem => ({ ...item, source: 'queries' }));
  const messages = readJsonl(`${prefix}-${locale}-messages.jsonl`, messageSchema).map(
    ({ message, verdict: _verdict, ...item }): BlindItem => ({ ...item, query: message, source: 'messages' }),
  );
  return [...queries, ...messages];
}

/** What one search shows: the articles in rank order, and whether they are shown as answers. */
export interface Shown {
  slugs: string[];
  /**
   * True when the page presents the list as the answer to the query; false when it says that no
   * article answers it (the list then being only the closest articles), or shows nothing.
   */
  answered: boolean;
}

export type Answerer = (query: string) => Shown;

/** The articles an engine ranks for a query, and whether it is sure enough to call them answers. */
export function engineAnswerer(engine: SearchEngine): Answerer {
  return (query) => {
    const { hits, confident } = engine.answer(query, { limit: 10 });
    return { slugs: hits.map((hit) => hit.slug), answered: confident };
  };
}

export function miniSearchAnswerer(articles: readonly Article[]): Answerer {
  const baseline = miniSearchBaseline(articles);
  return (query) => {
    const slugs = baseline.search(query, { limit: 10 }).map((hit) => hit.slug);
    return { slugs, answered: slugs.length > 0 };
  };
}

/** The engines the set is scored against for one locale: ours inline and sharded, and MiniSearch. */
export async function blindAnswerers(locale: Locale, items: readonly BlindItem[], contentDirectory = path.join(process.cwd(), 'content')) {
  const { locales } = loadContent(contentDirectory);
  const content = locales[locale];
  if (!content) throw new Error(`no ${locale} content in ${contentDirectory}`);
  const words = loadSearchWords(contentDirectory, locale);
  const inline = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(content.articles, locale, content.lists.popular, words))) as SearchPayload);
  const { payload, files } = buildSearchFiles(content.articles, locale, content.lists.popular, { sharded: true, words });
  const served = new Map([...files].map(([name, value]) => [name, JSON.stringify(value)]));
  const sharded = createSearchEngine(JSON.parse(JSON.stringify(payload)) as SearchPayload, async (name) => JSON.parse(served.get(name) ?? 'null'));
  for (const item of items) await sharded.prepare(item.query, { limit: 10 });
  return {
    articles: content.articles,
    answerers: { inline: engineAnswerer(inline), sharded: engineAnswerer(sharded), minisearch: miniSearchAnswerer(content.articles) } satisfies Record<string, Answerer>,
  };
}

/** Figures over a group of items. Rates are shares (0–1); undefined where the group has none of that kind. */
export interface BlindFigures {
  /** Items with an article that answers them. */
  answerable: number;
  top1?: number;
  top3?: number;
  mrr?: number;
  /** Of the answerable items, the share shown as answered (not as "no article answers this"). */
  answeredRate?: number;
  /** Items no article answers. */
  unanswerable: number;
  /** Of those, the share where a ranked answer is shown anyway: lower is better. */
  shownRate?: number;
}

export interface ItemResult {
  item: BlindItem;
  /** Labels kept in this view. */
  labels: string[];
  /** 1-based position of the first label in the top 10; Infinity when none is there. */
  rank: number;
  shown: Shown;
}

/**
 * The two ways the set is read while some labelled articles are still being written: `all` counts
 * every item as labelled; `existing` drops labels naming an article the library lacks, and the items
 * left with none (items labelled with no article at all stay, as unanswerable).
 */
export type BlindView = 'all' | 'existing';

export function itemsInView(items: readonly BlindItem[], view: BlindView, slugs: ReadonlySet<string>): { item: BlindItem; labels: string[] }[] {
  return items.flatMap((item) => {
    if (view === 'all' || item.answers.length === 0) return [{ item, labels: item.answers }];
    const labels = item.answers.filter((slug) => slugs.has(slug));
    return labels.length > 0 ? [{ item, labels }] : [];
  });
}

export function runItems(answerer: Answerer, items: readonly { item: BlindItem; labels: string[] }[]): ItemResult[] {
  return items.map(({ item, labels }) => {
    const shown = answerer(item.query);
    const position = shown.slugs.findIndex((slug) => labels.includes(slug));
    return { item, labels, rank: position === -1 ? Infinity : position + 1, shown };
  });
}

export function figuresOf(results: readonly ItemResult[]): BlindFigures {
  const answerable = results.filter((result) => result.labels.length > 0);
  const unanswerable = results.filter((result) => result.labels.length === 0);
  const share = (list: readonly ItemResult[], test: (result: ItemResult) => boolean) => (list.length === 0 ? undefined : list.filter(test).length / list.length);
  return {
    answerable: answerable.length,
    top1: share(answerable, (result) => result.rank === 1),
    top3: share(answerable, (result) => result.rank <= 3),
    mrr: answerable.length === 0 ? undefined : answerable.reduce((sum, result) => sum + 1 / result.rank, 0) / answerable.length,
    answeredRate: share(answerable, (result) => result.shown.answered),
    unanswerable: unanswerable.length,
    shownRate: share(unanswerable, (result) => result.shown.answered),
  };
}

/** Figures overall, per source (queries, messages) and per kind. */
export function figuresByGroup(results: readonly ItemResult[]): Record<string, BlindFigures> {
  const groups = new Map<string, ItemResult[]>([['all', [...results]]]);
  for (const result of results) {
    for (const key of [result.item.source, `${result.item.source}/${result.item.kind}`]) {
      const list = groups.get(key);
      if (list) list.push(result);
      else groups.set(key, [result]);
    }
  }
  return Object.fromEntries([...groups].map(([key, list]) => [key, figuresOf(list)]));
}

const percent = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
const decimal = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(3));

/** One line of figures, as the script and the test print them. */
export function formatFigures(label: string, figures: BlindFigures): string {
  return (
    `${label.padEnd(34)} n=${String(figures.answerable).padStart(3)}  top-1 ${percent(figures.top1).padStart(6)}  top-3 ${percent(figures.top3).padStart(6)}  ` +
    `MRR ${decimal(figures.mrr).padStart(5)}  answered ${percent(figures.answeredRate).padStart(6)}  | no answer n=${String(figures.unanswerable).padStart(2)}  shown ${percent(figures.shownRate).padStart(6)}`
  );
}

/** The items whose first label was not first, and unanswerable items shown an answer: what to read after a run. */
export function formatMisses(results: readonly ItemResult[]): string[] {
  return results.flatMap(({ item, labels, rank, shown }) => {
    const query = JSON.stringify(item.query.length > 90 ? `${item.query.slice(0, 90)}…` : item.query);
    if (labels.length === 0) return shown.answered ? [`  shown   ${item.id} ${query} → ${shown.slugs.slice(0, 3).join(', ')}`] : [];
    if (rank === 1 && shown.answered) return [];
    const where = rank === Infinity ? 'missing' : `#${rank}`;
    return [`  ${where.padEnd(7)} ${item.id} ${query} → ${shown.slugs.slice(0, 3).join(', ') || '(nothing)'}${shown.answered ? '' : ' [no answer]'} ; want ${labels.join(' | ')}`];
  });
}
