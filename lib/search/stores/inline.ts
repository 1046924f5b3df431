import { PostingsBuilder, Vocabulary, type Posting } from '../inverted';
import { searchKeys } from '../options';
import type { ArticleFragment, InlinePayload } from '../records';
import { fieldText, loadedArticle, type IndexStore } from './store';

/** The whole index is in the payload: articles are grouped from its records, postings built from their text. */
export function inlineStore(payload: InlinePayload): IndexStore {
  const fragments = payload.articles.map((article): ArticleFragment => ({ article, sections: [], records: [] }));
  const builder = new PostingsBuilder();
  for (const record of payload.index.records) {
    const [article, section] = payload.refs[record.i] ?? [-1, -1];
    const fragment = fragments[article];
    if (!fragment) continue;
    fragment.records.push({ ...record, i: fragment.records.length });
    fragment.sections.push(section);
    for (const key of searchKeys) builder.add(article, key.name, fieldText(record, key.name));
  }
  const articles = fragments.map(loadedArticle);
  const postings = new Map<string, Posting[]>();
  const vocabulary = Vocabulary.fromCounts(new Map([...builder.words].map(([word, holders]) => [word, holders.size])), builder.labels());
  return {
    articleCount: articles.length,
    vocabulary,
    popular: payload.popular.flatMap((position) => {
      const article = payload.articles[position];
      return article ? [{ article: position, slug: article.slug, title: article.title, summary: article.summary }] : [];
    }),
    postings(word) {
      let found = postings.get(word);
      if (!found) postings.set(word, (found = builder.postings(word)));
      return found;
    },
    loadPostings: async () => {},
    article: (article) => articles[article],
    loadArticles: async () => {},
  };
}
