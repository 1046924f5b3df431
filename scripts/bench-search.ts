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
 * Usage: npm run bench:search [-- --sizes 1000,5000] [--queries 60]
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { loadContent } from '../lib/content/load';
import { locales, type Locale } from '../lib/i18n/config';
import { createSearchEngine } from '../lib/search/engine';
import { normalizeQuery, normalizeWords, textRules } from '../lib/search/normalize';
import { searchKeys } from '../lib/search/options';
import { buildSearchPayload, toSearchRecords, type SearchableArticle, type SearchPayload } from '../lib/search/records';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const sizes = option('sizes', '1000,5000').split(',').map(Number);
const queryCount = Number(option('queries', '60'));
const targets = { p95Ms: 16, gzipKbAt5000: 300, realGzipKb: 30 };

// ---------------------------------------------------------------------------------------------
// A seeded random source, so every run measures the same corpus and queries.

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { locales: realContent } = loadContent(path.join(root, 'content'));
const english = realContent.en?.articles ?? [];

/** Words in the order of their frequency in the real articles, then invented ones, for a Zipf draw. */
function vocabulary(size: number, rand: () => number): string[] {
  const counts = new Map<string, number>();
  for (const article of english) {
    const text = [article.title, article.summary, ...article.sections.flatMap((section) => [section.heading, section.text])].join(' ');
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const syllables = ['ka', 'ro', 'mi', 'ten', 'sul', 'var', 'po', 'lin', 'dex', 'ar', 'qu', 'tor', 'en', 'ba', 'sh', 'ul', 'net', 'pay', 'ri', 'on'];
  const seen = new Set(words);
  while (words.length < size) {
    const length = 2 + Math.floor(rand() * 3);
    const word = Array.from({ length }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

function zipfSampler(words: readonly string[], rand: () => number, exponent = 1.05) {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return () => {
    const target = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

interface SyntheticCorpus {
  articles: SearchableArticle[];
  queries: { text: string; kind: string; article: number }[];
}

function syntheticCorpus(count: number, seed: number): SyntheticCorpus {
  const rand = random(seed);
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  // Heaps' law: a bigger library has a bigger vocabulary.
  const words = vocabulary(2500 + 8 * count, rand);
  const word = zipfSampler(words, rand);
  const phrase = (min: number, max: number) => Array.from({ length: between(min, max) }, word).join(' ');
  const sentence = (min: number, max: number) => {
    const text = phrase(min, max);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (wordCount: number) => {
    const sentences: string[] = [];
    for (let written = 0; written < wordCount; ) {
      const length = between(8, 20);
      sentences.push(sentence(length, length));
      written += length;
    }
    return sentences.join(' ');
  };

  const articles: SearchableArticle[] = Array.from({ length: count }, (_, index) => {
    const sections = Array.from({ length: between(5, 8) }, (_, sectionIndex) => {
      const heading = sentence(3, 6).slice(0, -1);
      return { id: `section-${sectionIndex + 1}`, heading, text: paragraph(between(60, 160)) };
    });
    return {
      slug: `article-${index + 1}`,
      title: `${sentence(5, 9).slice(0, -1)}?`,
      summary: `${sentence(12, 20)} ${sentence(10, 18)}`,
      keywords: Array.from({ length: between(5, 14) }, () => phrase(1, 3)),
      errors: Array.from({ length: between(0, 4) }, () => phrase(2, 4).toUpperCase()),
      sections: [{ id: '', heading: '', text: paragraph(between(30, 60)) }, ...sections],
    };
  });

  const stopwords = textRules('en').stopwords;
  const contentWords = (text: string) => normalizeWords(text, 'en').filter((w) => w.length > 3 && !stopwords.has(w));
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
  const typo = (text: string) => {
    if (text.length < 5) return text;
    const at = between(1, text.length - 3);
    return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  };
  const kinds = ['title words', 'typo', 'partial word', 'deep word', 'pasted error', 'question'] as const;
  const queries: SyntheticCorpus['queries'] = [];
  for (let attempt = 0; queries.length < queryCount && attempt < queryCount * 20; attempt++) {
    const articleIndex = Math.floor(rand() * count);
    const article = articles[articleIndex]!;
    const kind = kinds[queries.length % kinds.length]!;
    const titleWords = contentWords(article.title);
    const lastSection = article.sections.at(-1)!;
    let text: string | undefined;
    if (kind === 'title words' && titleWords.length >= 2) {
      const start = between(0, titleWords.length - 2);
      text = titleWords.slice(start, start + between(2, 3)).join(' ');
    } else if (kind === 'typo' && titleWords.length >= 2) {
      text = `${typo(pick(titleWords.filter((w) => w.length >= 6)) ?? '')} ${pick(titleWords)}`.trim();
    } else if (kind === 'partial word') {
      const rare = contentWords(article.summary).filter((w) => w.length >= 7);
      const chosen = pick(rare);
      text = chosen ? `${pick(titleWords) ?? ''} ${chosen.slice(0, between(4, 6))}`.trim() : undefined;
    } else if (kind === 'deep word') {
      const deep = contentWords(lastSection.text);
      text = deep.length >= 2 ? `${pick(deep)} ${pick(deep)}` : undefined;
    } else if (kind === 'pasted error') {
      const error = pick(article.errors);
      text = error ? `Error: ${error}!` : undefined;
    } else if (kind === 'question') {
      const keywords = article.keywords.flatMap((keyword) => contentWords(keyword));
      text = keywords.length >= 2 ? `how do i ${pick(keywords)} ${pick(keywords)}` : undefined;
    }
    if (text && normalizeQuery(text, 'en').terms.length > 0) queries.push({ text, kind, article: articleIndex });
  }
  return { articles, queries };
}

// ---------------------------------------------------------------------------------------------
// The engines under test. Both search the same bounded, normalised records.

interface Measured {
  engine: string;
  records: number;
  buildMs: number;
  rawKb: number;
  gzipKb: number;
  parseMs: number;
  latencies: number[];
  hitAt10?: number;
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
  for (const query of queries) {
    const [slugs, ms] = time(() => search(query));
    latencies.push(ms);
    results.push(slugs);
  }
  return { latencies, results };
}

function benchFuse(articles: readonly SearchableArticle[], locale: Locale, queries: readonly string[], popular: readonly string[] = []) {
  const [payload, buildMs] = time(() => buildSearchPayload(articles, locale, popular));
  const json = JSON.stringify(payload);
  const [engine, parseMs] = time(() => createSearchEngine(JSON.parse(json) as SearchPayload));
  const { latencies, results } = measureLatency(queries, (query) => engine.search(query, { limit: 10 }).map((hit) => hit.slug));
  const measured: Measured = {
    engine: 'fuse.js (this site)',
    records: payload.refs.length,
    buildMs,
    rawKb: kb(json),
    gzipKb: gzipKb(json),
    parseMs,
    latencies,
  };
  return { measured, results };
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
}

console.log(`Search benchmark: Node ${process.version}, ${queryCount} queries per synthetic corpus, times in ms, sizes in KB.\n`);
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
  print(corpus, content.articles.length, benchFuse(content.articles, locale, queries, content.lists.popular).measured);
  print(corpus, content.articles.length, benchMiniSearch(content.articles, locale, queries).measured);
}

for (const size of sizes) {
  const corpus = syntheticCorpus(size, size);
  const words = corpus.articles.reduce(
    (total, article) => total + article.sections.reduce((sum, section) => sum + section.text.split(' ').length, 0),
    0,
  );
  const name = `synthetic ${size}`;
  const queries = corpus.queries.map((query) => query.text);
  for (const bench of [benchFuse, benchMiniSearch]) {
    const { measured, results } = bench(corpus.articles, 'en', queries);
    measured.hitAt10 =
      results.filter((slugs, index) => slugs.includes(corpus.articles[corpus.queries[index]!.article]!.slug)).length / results.length;
    print(name, size, measured);
  }
  console.log(`${''.padEnd(16)} (${size} articles, ${Math.round(words / size)} words per article on average)`);
}

console.log('\nTargets: p95 ≤ 16 ms and index ≤ 300 KB gzip at 5,000 articles; real corpus index ≤ 30 KB gzip per locale.');
for (const { corpus, articles, measured } of rows) {
  if (!measured.engine.startsWith('fuse')) continue;
  const p95 = percentile(measured.latencies, 95);
  const checks: string[] = [];
  if (corpus.startsWith('real')) checks.push(`index ${fixed(measured.gzipKb)} KB gzip ${measured.gzipKb <= targets.realGzipKb ? 'meets' : 'MISSES'} ≤ ${targets.realGzipKb} KB`);
  if (articles === 5000) checks.push(`index ${fixed(measured.gzipKb)} KB gzip ${measured.gzipKb <= targets.gzipKbAt5000 ? 'meets' : 'MISSES'} ≤ ${targets.gzipKbAt5000} KB`);
  checks.push(`p95 ${fixed(p95, 2)} ms ${p95 <= targets.p95Ms ? 'meets' : 'MISSES'} ≤ ${targets.p95Ms} ms`);
  console.log(`  fuse.js, ${corpus}: ${checks.join('; ')}`);
}
