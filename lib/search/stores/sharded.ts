import { decodePostings, fromFrequencyClass, Vocabulary, type Posting } from '../inverted';
import { articleFileName, postingsFileName, type ArticleFragment, type PostingsFile, type ShardedPayload } from '../records';
import { loadedArticle, type FetchSearchFile, type IndexStore, type LoadedArticle } from './store';

/** The core is in the payload; postings files and article files are fetched when a query needs them, once each. */
export function shardedStore(payload: ShardedPayload, fetchFile: FetchSearchFile): IndexStore {
  const words = payload.vocabulary ? payload.vocabulary.split(' ') : [];
  // A core without label bits (an empty library) still searches: long queries then choose their words by rarity alone.
  const labels = payload.labels ? Uint8Array.from(atob(payload.labels), (char) => char.charCodeAt(0)) : undefined;
  const vocabulary = new Vocabulary(words, [...payload.frequencies].map(fromFrequencyClass), labels);
  const postingsFiles = new Map<number, Promise<void>>();
  const encoded = new Map<string, number[]>();
  const decoded = new Map<string, Posting[]>();
  const articleFiles = new Map<number, Promise<void>>();
  const articles = new Map<number, LoadedArticle>();

  /** The file holding a word: the last whose first word is not after it. */
  const fileOf = (word: string) => {
    let low = 0;
    let high = payload.postingsFiles.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (payload.postingsFiles[middle]! <= word) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const once = (files: Map<number, Promise<void>>, file: number, load: () => Promise<void>) => {
    let loading = files.get(file);
    if (!loading) {
      loading = load();
      // A failed fetch is forgotten, so the next query tries again.
      loading.catch(() => files.delete(file));
      files.set(file, loading);
    }
    return loading;
  };

  return {
    articleCount: payload.articleCount,
    vocabulary,
    popular: payload.popular,
    postings(word) {
      if (!vocabulary.has(word)) return [];
      let found = decoded.get(word);
      const raw = encoded.get(word);
      if (!found && raw) decoded.set(word, (found = decodePostings(raw)));
      return found;
    },
    async loadPostings(wanted) {
      const files = new Set([...wanted].filter((word) => vocabulary.has(word)).map(fileOf));
      await Promise.all(
        [...files].map((file) =>
          once(postingsFiles, file, async () => {
            const { postings } = (await fetchFile(postingsFileName(file))) as PostingsFile;
            for (const [word, list] of Object.entries(postings)) encoded.set(word, list);
          }),
        ),
      );
    },
    article: (article) => articles.get(article),
    async loadArticles(wanted) {
      await Promise.all(
        [...wanted].map((article) =>
          once(articleFiles, article, async () => {
            articles.set(article, loadedArticle((await fetchFile(articleFileName(article))) as ArticleFragment));
          }),
        ),
      );
    },
  };
}
