import { describe, expect, it } from 'vitest';
import { candidateLimit, createSearchEngine } from '@/lib/search/engine';
import { editDistance } from '@/lib/search/distance';
import { decodePostings, encodePostings, Vocabulary } from '@/lib/search/inverted';
import {
  buildSearchFiles,
  maxInlineArticles,
  type ArticleFragment,
  type PostingsFile,
  type SearchableArticle,
  type SearchPayload,
} from '@/lib/search/records';

/** A library of `count` small articles; article n is about "topic<n>" (321 about installments), every tenth lists an error message. */
function library(count: number): SearchableArticle[] {
  return Array.from({ length: count }, (_, n) => ({
    slug: `article-${n}`,
    title: n === 321 ? 'How do installment plans work?' : `How to fix topic${n} on checkout`,
    summary: `What to do when topic${n} stops a payment.`,
    keywords: [`topic${n}`, 'checkout'],
    errors: n % 10 === 0 ? [`ERROR CODE ${n}`] : [],
    sections: [
      { id: '', heading: '', text: 'Start here.' },
      { id: 'steps', heading: 'Steps', text: `Open the page, check the card, then try topic${n} again. Deepword${n} is explained here.` },
    ],
  }));
}

/** An engine over a sharded library, recording the files it fetches. */
function shardedEngine(articles: readonly SearchableArticle[]) {
  const { payload, files } = buildSearchFiles(articles, 'en', ['article-3'], { sharded: true });
  const served = new Map([...files].map(([name, value]) => [name, JSON.stringify(value)]));
  const fetched: string[] = [];
  let failNext = false;
  const engine = createSearchEngine(JSON.parse(JSON.stringify(payload)) as SearchPayload, async (name) => {
    fetched.push(name);
    if (failNext) {
      failNext = false;
      throw new Error('offline');
    }
    const text = served.get(name);
    if (text === undefined) throw new Error(`no file ${name}`);
    return JSON.parse(text);
  });
  return { payload, files, engine, fetched, failOnce: () => (failNext = true) };
}

describe('postings', () => {
  it('survive encoding as gaps and field bits', () => {
    const postings = [
      { article: 0, fields: 1 },
      { article: 3, fields: 33 },
      { article: 4000, fields: 63 },
    ];
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
  });
});

describe('Vocabulary.expand', () => {
  const vocabulary = Vocabulary.fromCounts(
    new Map([
      ['knet', 20],
      ['kite', 1],
      ['scam', 5],
      ['verification', 4],
      ['verify', 9],
      ['card', 30],
    ]),
  );
  const words = (term: string) => vocabulary.expand(term).map((expansion) => expansion.word);

  it('finds the word as typed first, then the words it begins, most common first', () => {
    expect(words('verif')).toEqual(['verify', 'verification']);
    expect(vocabulary.expand('card')[0]).toEqual({ word: 'card', quality: 1 });
  });

  it('finds the shorter form a longer query word extends', () => {
    expect(words('scams')).toContain('scam');
  });

  it('finds words a typo away, most common first, only when the word is not in the index itself', () => {
    expect(words('knte')).toEqual(['knet', 'kite']);
    expect(words('kite')).toEqual(['kite']);
  });
});

describe('Vocabulary.close', () => {
  it('finds exactly the words within the allowed edits that share its first or second letter', () => {
    const words = ['payment', 'payments', 'paymnet', 'pavement', 'repayment', 'apyment', 'amazon', 'amazing', 'verify', 'verified', 'بطاقة', 'بطاقه', 'طاقة'];
    const vocabulary = Vocabulary.fromCounts(new Map(words.map((word) => [word, 1])));
    for (const query of ['paymnet', 'apyment', 'amazno', 'verfy', 'بطاقت', 'pyament']) {
      const expected = words
        .filter((word) => word !== query && [query[0], query[1]].includes(word[0]) && editDistance(query, word, 2) <= 2)
        .sort();
      expect(vocabulary.close(query, 2).map((found) => found.word).sort(), query).toEqual(expected);
    }
  });
});

describe('buildSearchFiles', () => {
  it('keeps a small library in one file and shards a large one', () => {
    expect(buildSearchFiles(library(3), 'en').payload.kind).toBe('inline');
    expect(buildSearchFiles(library(3), 'en').files.size).toBe(0);
    expect(buildSearchFiles(library(maxInlineArticles + 1), 'en').payload.kind).toBe('sharded');
  });

  it('puts the vocabulary in the core and each word in exactly one postings file, in order', () => {
    const { payload, files } = buildSearchFiles(library(300), 'en', [], { sharded: true });
    if (payload.kind !== 'sharded') throw new Error('expected a sharded payload');
    const vocabulary = payload.vocabulary.split(' ');
    expect(payload.frequencies.length).toBe(vocabulary.length);
    expect(payload.postingsFiles.length).toBeGreaterThan(1);
    const filed = payload.postingsFiles.flatMap((_, file) => Object.keys((files.get(`postings-${file}.json`) as PostingsFile).postings));
    expect(filed.length).toBe(vocabulary.length);
    expect(new Set(filed)).toEqual(new Set(vocabulary));
    // Each file holds the words from its first word up to the next file's first word.
    payload.postingsFiles.forEach((first, file) => {
      const next = payload.postingsFiles[file + 1];
      for (const word of Object.keys((files.get(`postings-${file}.json`) as PostingsFile).postings)) {
        expect(word >= first && (next === undefined || word < next), word).toBe(true);
      }
    });
    // The core carries no article text: titles and records are in the article files.
    expect(JSON.stringify(payload)).not.toContain('How to fix');
    const fragment = files.get('article-7.json') as ArticleFragment;
    expect(fragment.article.slug).toBe('article-7');
    expect(fragment.sections).toEqual([-1, 0, 1]);
  });
});

describe('a sharded index in the engine', () => {
  const articles = library(400);

  it('fetches only the postings of the query words and its candidate articles, then finds the answer', async () => {
    const { engine, fetched } = shardedEngine(articles);
    await engine.prepare('topic123');
    const postingsFiles = fetched.filter((name) => name.startsWith('postings-'));
    const articleFiles = fetched.filter((name) => name.startsWith('article-'));
    expect(postingsFiles.length).toBeGreaterThanOrEqual(1);
    expect(postingsFiles.length).toBeLessThanOrEqual(3);
    expect(articleFiles.length).toBeGreaterThan(0);
    expect(articleFiles.length).toBeLessThanOrEqual(candidateLimit);
    expect(engine.search('topic123')[0]?.slug).toBe('article-123');
  });

  it('finds a word deep in a body, a typo in a title word and a pasted error message', async () => {
    const { engine } = shardedEngine(articles);
    for (const [query, slug] of [
      ['deepword321', 'article-321'],
      ['installmnet', 'article-321'],
      ['Error: ERROR CODE 250!', 'article-250'],
    ] as const) {
      await engine.prepare(query);
      expect(engine.search(query)[0]?.slug, query).toBe(slug);
    }
  });

  it('holds words that are names of object properties like any other', async () => {
    const articles = library(200);
    articles[7] = { ...articles[7]!, title: 'The constructor of a toString valueOf page' };
    const { engine } = shardedEngine(articles);
    for (const query of ['constructor', 'tostring', 'valueof']) {
      await engine.prepare(query);
      expect(engine.search(query)[0]?.slug, query).toBe('article-7');
    }
  });

  it('refuses to search before prepare, rather than answer from half an index', () => {
    const { engine } = shardedEngine(articles);
    expect(() => engine.search('topic5')).toThrow(/prepare/);
  });

  it('fetches nothing for words the index does not hold, such as numbers', async () => {
    const { engine, fetched } = shardedEngine(articles);
    await engine.prepare('4111111111111111 zzqxv');
    expect(fetched).toEqual([]);
    expect(engine.search('4111111111111111 zzqxv')).toEqual([]);
  });

  it('fetches each file once, and again after a failed fetch', async () => {
    const { engine, fetched, failOnce } = shardedEngine(articles);
    failOnce();
    await expect(engine.prepare('topic42')).rejects.toThrow('offline');
    await engine.prepare('topic42');
    const afterRetry = fetched.length;
    await engine.prepare('topic42');
    expect(fetched.length).toBe(afterRetry);
    expect(engine.search('topic42')[0]?.slug).toBe('article-42');
  });

  it('offers the popular articles and suggestions from the core alone', () => {
    const { engine, fetched } = shardedEngine(articles);
    expect(engine.popular().map((hit) => hit.slug)).toEqual(['article-3']);
    expect(engine.suggest('chekcout')).toContain('checkout');
    expect(fetched).toEqual([]);
  });
});

describe('Vocabulary.extends', () => {
  it('tells whether a longer word begins with a prefix, as startingWith would', () => {
    const vocabulary = Vocabulary.fromCounts(new Map(['card', 'cards', 'knet', 'verify'].map((word) => [word, 1])));
    for (const prefix of ['car', 'card', 'cards', 'kne', 'knet', 'ver', 'zz', 'a']) {
      expect(vocabulary.extends(prefix), prefix).toBe(vocabulary.startingWith(prefix).length > 0);
    }
  });
});
