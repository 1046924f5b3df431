import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { fuseOptions, type SearchRef } from '@/lib/search/options';
import { buildSearchPayload, chunkWords, listSeparator, toSearchRecords, type SearchableArticle } from '@/lib/search/records';

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
