import { describe, expect, it } from 'vitest';
import { buildSearchFiles, type InlinePayload, type SearchableArticle, type ShardedPayload } from '@/lib/search/records';
import { inlineStore } from '@/lib/search/stores/inline';
import { shardedStore } from '@/lib/search/stores/sharded';
import { fieldPhrases, fieldText } from '@/lib/search/stores/store';

const articles: SearchableArticle[] = [
  {
    slug: 'knet-messages',
    title: 'KNET page messages',
    summary: 'What each message means.',
    keywords: ['result page'],
    errors: ['NOT CAPTURED', 'HOST TIMEOUT'],
    sections: [{ id: 'not-captured', heading: 'NOT CAPTURED', text: 'Your bank did not approve the payment.' }],
  },
  {
    slug: 'gift-cards',
    title: 'Buy a gift card',
    summary: 'Pay for a gift card with KNET.',
    keywords: [],
    errors: [],
    sections: [{ id: 'inbox', heading: 'Where the code arrives', text: 'Check your inbox for the claim code.' }],
  },
];

const files = (sharded: boolean) => buildSearchFiles(articles, 'en', ['gift-cards'], { sharded });

describe('the inline store', () => {
  const store = inlineStore(files(false).payload as InlinePayload);

  it('groups the records by article, the article record first, and numbers them from 0 within it', () => {
    const first = store.article(0)!;
    expect(first.article.slug).toBe('knet-messages');
    expect(first.sections).toEqual([-1, 0]);
    expect(first.records.map((record) => record.i)).toEqual([0, 1]);
    expect(fieldText(first.records[0], 'title')).toBe('knet page messages');
    expect(fieldPhrases(first.records[0], 'errors')).toEqual(['not captured', 'host timeout']);
  });

  it('derives postings and a vocabulary from the records, with nothing to load', async () => {
    await store.loadPostings(['inbox']);
    expect(store.postings('inbox')).toEqual([{ article: 1, fields: expect.any(Number) }]);
    expect(store.postings('knet')?.map((posting) => posting.article)).toEqual([0, 1]);
    expect(store.postings('nowhere')).toEqual([]);
    expect(store.vocabulary.has('captured')).toBe(true);
    expect(store.articleCount).toBe(2);
    expect(store.popular.map((popular) => popular.slug)).toEqual(['gift-cards']);
  });
});

describe('the sharded store', () => {
  function sharded() {
    const { payload, files: served } = files(true);
    const fetched: string[] = [];
    const store = shardedStore(payload as ShardedPayload, async (name) => {
      fetched.push(name);
      return JSON.parse(JSON.stringify(served.get(name)));
    });
    return { store, fetched };
  }

  it('knows the vocabulary from the core but no postings or articles before they are loaded', () => {
    const { store, fetched } = sharded();
    expect(store.vocabulary.has('inbox')).toBe(true);
    expect(store.postings('inbox')).toBeUndefined();
    expect(store.postings('nowhere')).toEqual([]);
    expect(store.article(1)).toBeUndefined();
    expect(fetched).toEqual([]);
  });

  it('fetches postings and articles on demand, once each', async () => {
    const { store, fetched } = sharded();
    await store.loadPostings(['inbox', 'knet', 'nowhere']);
    await store.loadPostings(['inbox']);
    expect(store.postings('inbox')?.map((posting) => posting.article)).toEqual([1]);
    await Promise.all([store.loadArticles([1]), store.loadArticles([1])]);
    expect(store.article(1)?.article.slug).toBe('gift-cards');
    expect(fetched.filter((name) => name.startsWith('article-'))).toEqual(['article-1.json']);
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it('forgets a failed fetch so the next query tries again', async () => {
    const { payload, files: served } = files(true);
    let fail = true;
    const store = shardedStore(payload as ShardedPayload, async (name) => {
      if (fail) throw new Error('offline');
      return served.get(name);
    });
    await expect(store.loadArticles([0])).rejects.toThrow('offline');
    fail = false;
    await store.loadArticles([0]);
    expect(store.article(0)?.article.slug).toBe('knet-messages');
  });
});
