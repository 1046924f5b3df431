/**
 * `npm run bench:search`: how the search engine scales, side by side with MiniSearch.
 *
 * Builds synthetic corpora of 1,000 and 5,000 articles of realistic length (five to eight sections,
 * about 750 words each, words drawn from the real articles' vocabulary plus invented words, with a
 * Zipf distribution), then the real corpus of each locale, and prints for each engine:
 * index build time, payload size (raw and gzip), parse time (JSON.parse plus loading the index),
 * query latency p50/p95/max over the same queries, and how often the source article of a synthetic
 * query is in the top 10.
 *
 * Each query is timed `--rounds` times (5 by default), the queries taken in turn each round, so no
 * cache of the previous query helps and a percentile rests on more than one sample per query (the
 * real corpora have 16 queries each: one garbage collection would otherwise be their p95). The
 * first round alone, each query's first run, is printed beside the figures.
 *
 * Usage: npm run bench:search [-- --sizes 1000,5000] [--queries 60] [--rounds 5]
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { loadContent } from '../lib/content/load';
import { locales, type Locale } from '../lib/i18n/config';
import { planWords, selectCandidates } from '../lib/search/candidates';
import { candidateLimit, createSearchEngine, minCandidateShare } from '../lib/search/engine';
import { createQueryPlanner } from '../lib/search/plan';
import { createRanker } from '../lib/search/rank';
import { inlineStore } from '../lib/search/stores/inline';
import { shardedStore } from '../lib/search/stores/sharded';
import { normalizeQuery } from '../lib/search/normalize';
import { searchKeys } from '../lib/search/options';
import { buildSearchFiles, toSearchRecords, type SearchableArticle, type SearchPayload } from '../lib/search/records';
import { compileLexicon } from '../lib/search/words';
import { loadSearchWords } from '../lib/search/words-data';
import { syntheticCorpus } from './synthetic-corpus';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const sizes = option('sizes', '1000,5000').split(',').map(Number);
const queryCount = Number(option('queries', '60'));
const rounds = Number(option('rounds', '5'));
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive whole number.');
const { locales: realContent } = loadContent(path.join(root, 'content'));
const english = realContent.en?.articles ?? [];
const targets = { p95Ms: 16, gzipKbAt5000: 300, realGzipKb: 30 };

// ---------------------------------------------------------------------------------------------
// The engines under test. Both search the same bounded, normalised records.

interface Measured {
  engine: string;
  records: number;
  buildMs: number;
  rawKb: number;
  gzipKb: number;
  parseMs: number;
  /** Every timed run, round after round: the first `latencies.length / rounds` are each query's first run. */
  latencies: number[];
  hitAt10?: number;
  /** A sharded index: how many other files, their total gzip size, and the gzip KB each query fetched. */
  sharded?: { files: number; allFilesGzipKb: number; fetchedKb: number[] };
  /** Each part of the engine timed alone on the same queries, its files already loaded: planning, candidate selection, ranking. */
  stages?: { plan: number[]; candidates: number[]; rank: number[] };
}

const kb = (text: string) => Buffer.byteLength(text) / 1024;
const gzipKb = (text: string) => gzipSync(text).length / 1024;

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function measureLatency(queries: readonly string[], search: (query: string) => string[]): { latencies: number[]; results: string[][] } {
  for (const query of queries.slice(0, 10)) search(query); // warm up the JIT
  const latencies: number[] = [];
  const results: string[][] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const [slugs, ms] = time(() => search(query));
      latencies.push(ms);
      if (round === 0) results.push(slugs);
    }
  }
  return { latencies, results };
}

/**
 * This site's engine on the files the build serves. A sharded index is searched as in the
 * browser: the core parsed up front, then each query awaits its postings and article files,
 * parsed from JSON when first fetched (the network itself is left out). Latency is prepare +
 * search; the bytes a query fetches (gzip) are counted per query, files already fetched being free.
 */
async function benchFuse(articles: readonly SearchableArticle[], locale: Locale, queries: readonly string[], popular: readonly string[] = []) {
  // The site's own search words, on the real library and the synthetic ones alike.
  const words = loadSearchWords(path.join(root, 'content'), locale);
  // As the site decides (lib/search-index.ts): one file while it stays within 30 KB gzip, sharded past that.
  const [{ payload, files }, buildMs] = time(() => {
    const built = buildSearchFiles(articles, locale, popular, { words });
    const fits = built.payload.kind === 'sharded' || gzipSync(JSON.stringify(built.payload)).length <= targets.realGzipKb * 1024;
    return fits ? built : buildSearchFiles(articles, locale, popular, { sharded: true, words });
  });
  const json = JSON.stringify(payload);
  const served = new Map([...files].map(([name, value]) => [name, JSON.stringify(value)]));
  const gzipBytes = new Map<string, number>();
  const fetched: string[] = [];
  const fetchFile = async (name: string) => {
    const text = served.get(name);
    if (text === undefined) throw new Error(`no search file ${name}`);
    fetched.push(name);
    return JSON.parse(text) as unknown;
  };
  const gzipOf = (name: string) => {
    let size = gzipBytes.get(name);
    if (size === undefined) gzipBytes.set(name, (size = gzipSync(served.get(name)!).length));
    return size;
  };
  const [engine, parseMs] = time(() => createSearchEngine(JSON.parse(json) as SearchPayload, fetchFile));
  const run = async (query: string) => {
    await engine.prepare(query, { limit: 10 });
    return engine.search(query, { limit: 10 }).map((hit) => hit.slug);
  };
  for (const query of queries.slice(0, 10)) await run(query); // warm up the JIT (and the first files)
  const latencies: number[] = [];
  const fetchedKb: number[] = [];
  const results: string[][] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      fetched.length = 0;
      const started = performance.now();
      const slugs = await run(query);
      latencies.push(performance.now() - started);
      // Files a query fetched once are free afterwards: bytes count in the first round only.
      if (round > 0) continue;
      results.push(slugs);
      fetchedKb.push(fetched.reduce((sum, name) => sum + gzipOf(name), 0) / 1024);
    }
  }
  const allFilesGzipKb = [...served.keys()].reduce((sum, name) => sum + gzipOf(name), 0) / 1024;
  const measured: Measured = {
    engine: payload.kind === 'sharded' ? 'fuse.js, sharded (site)' : 'fuse.js, inline (site)',
    records: payload.kind === 'inline' ? payload.refs.length : toSearchRecords(articles, locale).length,
    buildMs,
    rawKb: kb(json),
    gzipKb: gzipKb(json),
    parseMs,
    latencies,
  };
  if (payload.kind === 'sharded') {
    measured.sharded = { files: served.size, allFilesGzipKb, fetchedKb };
  }
  measured.stages = await benchStages(payload, fetchFile, locale, queries);
  return { measured, results };
}

/** The engine's parts (lib/search/plan, candidates, rank) timed one by one over a store of the same payload. */
async function benchStages(payload: SearchPayload, fetchFile: (name: string) => Promise<unknown>, locale: Locale, queries: readonly string[]) {
  const store = payload.kind === 'inline' ? inlineStore(payload) : shardedStore(payload, fetchFile);
  const narrowing = payload.kind === 'inline' ? { limit: Infinity, share: 0, sections: 4 } : { limit: candidateLimit, share: minCandidateShare, sections: 3 };
  const planner = createQueryPlanner(compileLexicon(payload.words, locale), store.vocabulary);
  const ranker = createRanker(store, locale, { sectionsPerArticle: narrowing.sections });
  const stages = { plan: [] as number[], candidates: [] as number[], rank: [] as number[] };
  for (const query of queries) {
    const [plan, planMs] = time(() => planner(query));
    if (!plan) continue;
    await store.loadPostings(planWords(plan));
    const [candidates, candidatesMs] = time(() => selectCandidates(store, plan, { limit: Math.max(narrowing.limit, 10), share: narrowing.share }) ?? []);
    await store.loadArticles(candidates);
    const [, rankMs] = time(() => ranker.rank(plan, candidates, 10));
    stages.plan.push(planMs);
    stages.candidates.push(candidatesMs);
    stages.rank.push(rankMs);
  }
  return stages;
}

function benchMiniSearch(articles: readonly SearchableArticle[], locale: Locale, queries: readonly string[]) {
  const fields = searchKeys.map((key) => key.name);
  const boost = Object.fromEntries(searchKeys.map((key) => [key.name, key.weight]));
  const options = { fields, storeFields: [] as string[], idField: 'id' };
  const [built, buildMs] = time(() => {
    const records = toSearchRecords(articles, locale).map((record, id) => ({ id, ...record }));
    const index = new MiniSearch(options);
    index.addAll(records);
    return { index, refs: records.map((record) => [record.article, record.section]) };
  });
  // The same display data and record refs as the Fuse payload, so the sizes compare like for like.
  const display = articles.map((article) => ({
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    sections: article.sections.map((section) => [section.id, section.heading]),
  }));
  const json = JSON.stringify({ articles: display, refs: built.refs, index: built.index });
  const [loaded, parseMs] = time(() => {
    const data = JSON.parse(json) as { index: unknown; refs: [number, number][]; articles: { slug: string }[] };
    return { ...data, index: MiniSearch.loadJSON(JSON.stringify(data.index), options) };
  });
  const { latencies, results } = measureLatency(queries, (query) => {
    const terms = normalizeQuery(query, locale).terms.join(' ');
    const hits = loaded.index.search(terms, { fuzzy: 0.2, prefix: true, boost, combineWith: 'OR' });
    const seen = new Set<string>();
    for (const hit of hits) {
      const slug = loaded.articles[loaded.refs[hit.id as number]![0]]!.slug;
      seen.add(slug);
      if (seen.size === 10) break;
    }
    return [...seen];
  });
  const measured: Measured = {
    engine: 'MiniSearch 7 (comparison)',
    records: built.refs.length,
    buildMs,
    rawKb: kb(json),
    gzipKb: gzipKb(json),
    parseMs,
    latencies,
  };
  return { measured, results };
}

// ---------------------------------------------------------------------------------------------

const rows: { corpus: string; articles: number; measured: Measured }[] = [];
const pad = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (value: number, digits = 1) => value.toFixed(digits);

function print(corpus: string, articleCount: number, measured: Measured) {
  rows.push({ corpus, articles: articleCount, measured });
  const { latencies } = measured;
  console.log(
    [
      corpus.padEnd(16),
      measured.engine.padEnd(26),
      pad(measured.records, 7),
      pad(fixed(measured.buildMs, 0), 8),
      pad(fixed(measured.rawKb), 9),
      pad(fixed(measured.gzipKb), 8),
      pad(fixed(measured.parseMs, 0), 8),
      pad(fixed(percentile(latencies, 50), 2), 8),
      pad(fixed(percentile(latencies, 95), 2), 8),
      pad(fixed(Math.max(...latencies), 2), 8),
      pad(measured.hitAt10 === undefined ? '–' : `${fixed(measured.hitAt10 * 100, 0)}%`, 7),
    ].join(' '),
  );
  if (measured.sharded) {
    const { files, allFilesGzipKb, fetchedKb } = measured.sharded;
    console.log(
      `${''.padEnd(16)} gzip KB above is the core loaded on first use; each query then fetched p50 ${fixed(percentile(fetchedKb, 50))} KB, ` +
        `p95 ${fixed(percentile(fetchedKb, 95))} KB, max ${fixed(Math.max(...fetchedKb))} KB (of ${files} files, ${fixed(allFilesGzipKb / 1024)} MB gzip in all)`,
    );
  }
  if (rounds > 1) {
    const firstRound = latencies.slice(0, latencies.length / rounds);
    console.log(
      `${''.padEnd(16)} first round alone (each query's first run): p50 ${fixed(percentile(firstRound, 50), 2)} / p95 ${fixed(percentile(firstRound, 95), 2)} / max ${fixed(Math.max(...firstRound), 2)} ms`,
    );
  }
  if (measured.stages) {
    const stage = (name: string, values: number[]) => `${name} p50 ${fixed(percentile(values, 50), 2)} / p95 ${fixed(percentile(values, 95), 2)} ms`;
    const { plan, candidates, rank } = measured.stages;
    console.log(`${''.padEnd(16)} parts alone: ${stage('plan', plan)}, ${stage('candidates', candidates)}, ${stage('rank', rank)}`);
  }
}

console.log(`Search benchmark: Node ${process.version}, ${queryCount} queries per synthetic corpus, each timed ${rounds} times, times in ms, sizes in KB.\n`);
console.log(
  [
    'corpus'.padEnd(16),
    'engine'.padEnd(26),
    pad('records', 7),
    pad('build', 8),
    pad('raw KB', 9),
    pad('gzip KB', 8),
    pad('parse', 8),
    pad('p50', 8),
    pad('p95', 8),
    pad('max', 8),
    pad('hit@10', 7),
  ].join(' '),
);

/** What readers of each locale type: questions, pasted errors, typos and, on Arabic pages, spelling variants and English words. */
const realQueries: Record<Locale, string[]> = {
  en: [
    'NOT CAPTURED',
    'payment method not accepted',
    'giftcard',
    'unauthorised charge',
    'how do i pay with knet on amazon',
    'verif',
    'knte',
    'otp not received',
    'forgot password',
    'why was my card declined',
    'host timeout',
    'two step verification',
    'instalment plans',
    'costumer servise',
    'what should I prepare before contacting support',
    'redeem a gift card',
  ],
  ar: [
    'NOT CAPTURED',
    'طريقة الدفع غير مقبولة',
    'بطاقه هديه امازون',
    'عملية غير مصرح بها',
    'كيف ادفع في امازون بالكي نت',
    'التحق',
    'كينيت',
    'لم يصلني رمز التحقق',
    'نسيت الباسورد',
    'ليش البنك رفض الدفع؟',
    'انتهت مهلة الاتصال بالبنك',
    'التَّحَقُّق بخطوتين',
    'التقسيط',
    'خدمه العملا',
    'ماذا أجهز قبل التواصل مع الدعم',
    'gift card',
  ],
};

for (const locale of locales) {
  const content = realContent[locale];
  if (!content) continue;
  const queries = realQueries[locale];
  const corpus = `real (${locale})`;
  print(corpus, content.articles.length, (await benchFuse(content.articles, locale, queries, content.lists.popular)).measured);
  print(corpus, content.articles.length, benchMiniSearch(content.articles, locale, queries).measured);
}

for (const size of sizes) {
  const corpus = syntheticCorpus(english, size, size, queryCount);
  const words = corpus.articles.reduce(
    (total, article) => total + article.sections.reduce((sum, section) => sum + section.text.split(' ').length, 0),
    0,
  );
  const name = `synthetic ${size}`;
  const queries = corpus.queries.map((query) => query.text);
  for (const bench of [benchFuse, benchMiniSearch]) {
    const { measured, results } = await bench(corpus.articles, 'en', queries);
    measured.hitAt10 =
      results.filter((slugs, index) => slugs.includes(corpus.articles[corpus.queries[index]!.article]!.slug)).length / results.length;
    print(name, size, measured);
  }
  console.log(`${''.padEnd(16)} (${size} articles, ${Math.round(words / size)} words per article on average)`);
}

console.log('\nTargets: p95 ≤ 16 ms and index ≤ 300 KB gzip at 5,000 articles (for a sharded index: the core a reader loads first); real corpus index ≤ 30 KB gzip per locale.');
for (const { corpus, articles, measured } of rows) {
  if (!measured.engine.startsWith('fuse')) continue;
  const p95 = percentile(measured.latencies, 95);
  const checks: string[] = [];
  if (corpus.startsWith('real')) checks.push(`index ${fixed(measured.gzipKb)} KB gzip ${measured.gzipKb <= targets.realGzipKb ? 'meets' : 'MISSES'} ≤ ${targets.realGzipKb} KB`);
  if (articles === 5000) checks.push(`index ${fixed(measured.gzipKb)} KB gzip ${measured.gzipKb <= targets.gzipKbAt5000 ? 'meets' : 'MISSES'} ≤ ${targets.gzipKbAt5000} KB`);
  checks.push(`p95 ${fixed(p95, 2)} ms ${p95 <= targets.p95Ms ? 'meets' : 'MISSES'} ≤ ${targets.p95Ms} ms`);
  console.log(`  fuse.js, ${corpus}: ${checks.join('; ')}`);
}
