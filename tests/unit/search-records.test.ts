import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { fuseOptions, type SearchRef } from '@/lib/search/options';
import { gzipSync } from 'node:zlib';
import { buildSearchPayload, chunkWords, listSeparator, maxArticlePhrases, maxArticleSections, maxArticleWords, toSearchRecords, type SearchableArticle } from '@/lib/search/records';

const filler = (count: number, word = 'shopping') => Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ');

const articles: SearchableArticle[] = [
  {
    slug: 'knet-payment-page-messages',
    title: 'What does the message on the KNET page mean?',
    summary: 'Find your message and what to do.',
    keywords: ['KNET error', 'knet error', 'Payment ID'],
    errors: ['NOT CAPTURED', 'HOST TIMEOUT'],
    sections: [
      { id: '', heading: '', text: 'The message tells you what happened.' },
      { id: 'not-captured', heading: 'NOT CAPTURED', text: `${filler(150)} The instalment plan is explained at the very end.` },
      { id: 'empty', heading: 'Empty section', text: '' },
    ],
  },
  {
    slug: 'redeem-amazon-gift-card',
    title: 'How do I redeem an Amazon gift card?',
    summary: 'Enter the claim code.',
    keywords: [],
    errors: [],
    sections: [{ id: 'steps', heading: 'Steps', text: 'Sign in and redeem the the the claim code code.' }],
  },
];

describe('toSearchRecords', () => {
  const records = toSearchRecords(articles, 'en');

  it('makes one article record with normalised title, summary, keywords (with the slug) and errors', () => {
    expect(records[0]).toEqual({
      article: 0,
      section: -1,
      title: 'what does the message on the knet page mean',
      summary: 'find your message and what to do',
      keywords: ['knet error', 'payment id', 'knet payment page messages'].join(listSeparator),
      errors: ['not captured', 'host timeout'].join(listSeparator),
    });
  });

  it('leaves out empty keyword and error lists', () => {
    const article = records.find((record) => record.article === 1 && record.section === -1);
    expect(article?.errors).toBeUndefined();
    expect(article?.keywords).toBe('redeem amazon gift card');
  });

  it('cuts long sections into bounded chunks, the first carrying the heading', () => {
    const chunks = records.filter((record) => record.article === 0 && record.section === 1);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((chunk) => chunk.heading)).toEqual(['not captured', ...chunks.slice(1).map(() => undefined)]);
    for (const chunk of chunks) expect(chunk.body!.split(' ').length).toBeLessThanOrEqual(chunkWords);
    // The words at the very end of a long section are in the index, in the last chunk.
    expect(chunks.at(-1)!.body).toContain('instalment plan');
  });

  it('keeps a section heading even when the section has no text', () => {
    expect(records).toContainEqual({ article: 0, section: 2, heading: 'empty section' });
  });

  it('drops stopwords and repeated words from body text to keep the index small', () => {
    const chunk = records.find((record) => record.article === 1 && record.section === 0);
    expect(chunk?.body).toBe('sign redeem claim code');
  });
});

describe('buildSearchPayload', () => {
  const payload = JSON.parse(JSON.stringify(buildSearchPayload(articles, 'en', ['redeem-amazon-gift-card', 'no-such-article'])));

  it('survives JSON and loads with Fuse.parseIndex', () => {
    const fuse = new Fuse<SearchRef>(
      payload.refs.map(([article, section]: [number, number]) => ({ article, section })),
      fuseOptions,
      Fuse.parseIndex<SearchRef>(payload.index),
    );
    const [first] = fuse.search('claim');
    expect(first?.item.article).toBe(1);
  });

  it('refers to articles by position and to sections by their heading ids', () => {
    expect(payload.refs.length).toBe(payload.index.records.length);
    expect(payload.articles[0].sections).toEqual([
      ['', ''],
      ['not-captured', 'NOT CAPTURED'],
      ['empty', 'Empty section'],
    ]);
    expect(payload.popular).toEqual([1]);
  });

  it('ships each text once: display text in `articles`, normalised text only in the index', () => {
    expect(JSON.stringify(payload.refs)).not.toMatch(/[a-z]/);
    expect(payload.articles[0]).not.toHaveProperty('errors');
  });
});

describe('one very long article', () => {
  /** About 500 KB of text: 300 sections of distinct words, and hundreds of keywords and messages. */
  const huge: SearchableArticle = {
    slug: 'huge-article',
    title: 'A very long article about everything',
    summary: 'It goes on and on.',
    keywords: Array.from({ length: 500 }, (_, index) => `keyword${index} phrase`),
    errors: Array.from({ length: 500 }, (_, index) => `ERROR NUMBER ${index}`),
    sections: Array.from({ length: 300 }, (_, index) => ({ id: `part-${index}`, heading: `Part ${index}`, text: filler(220, `part${index}word`) })),
  };
  const small = (count: number): SearchableArticle[] =>
    Array.from({ length: count }, (_, index) => ({ ...articles[1]!, slug: `small-${index}`, title: `Small article ${index}` }));
  const size = (list: SearchableArticle[]) => {
    const json = JSON.stringify(buildSearchPayload(list, 'en'));
    return { raw: json.length, gzip: gzipSync(json).length };
  };

  it('is about 500 KB of text', () => {
    expect(JSON.stringify(huge).length).toBeGreaterThan(500 * 1024);
  });

  it(`puts at most ${maxArticleWords} words, ${maxArticleSections} sections and ${maxArticlePhrases} keywords and messages in the index`, () => {
    const records = toSearchRecords([huge], 'en');
    const words = records.flatMap((record) => (record.body ?? '').split(' ').filter(Boolean));
    expect(words.length).toBeLessThanOrEqual(maxArticleWords);
    expect(new Set(records.map((record) => record.section)).size).toBeLessThanOrEqual(maxArticleSections + 1);
    expect(records[0]!.keywords!.split(listSeparator).length).toBeLessThanOrEqual(maxArticlePhrases + 1);
    expect(records[0]!.errors!.split(listSeparator).length).toBeLessThanOrEqual(maxArticlePhrases);
    // Every indexed section keeps its start searchable.
    for (let section = 0; section < maxArticleSections; section++) expect(records.some((record) => record.section === section && record.body)).toBe(true);
  });

  it('adds no more to the inline index than a bounded share, however long it is', () => {
    const without = size(small(20));
    const withHuge = size([...small(20), huge]);
    const share = { raw: withHuge.raw - without.raw, gzip: withHuge.gzip - without.gzip };
    console.info(`500 KB article: +${(share.raw / 1024).toFixed(1)} KB raw, +${(share.gzip / 1024).toFixed(1)} KB gzip in the inline index`);
    expect(share.raw).toBeLessThan(80 * 1024);
    expect(share.gzip).toBeLessThan(16 * 1024);
    // Twice as long, no bigger.
    const twice = { ...huge, sections: [...huge.sections, ...huge.sections.map((section) => ({ ...section, id: `${section.id}-b` }))] };
    expect(size([...small(20), twice]).raw).toBeLessThanOrEqual(withHuge.raw * 1.01);
  });

  it('leaves a normal article whole', () => {
    const records = toSearchRecords(articles, 'en');
    expect(records.some((record) => record.body?.includes('instalment'))).toBe(true);
  });
});
