import type { Article } from '../read';

const slugIndexes = new WeakMap<readonly Article[], Map<string, Article>>();

/** A locale's articles by slug, built once per list: looking links up stays linear in the library's size. */
export function articlesBySlug(articles: readonly Article[]): Map<string, Article> {
  let index = slugIndexes.get(articles);
  if (!index) {
    index = new Map(articles.map((article) => [article.slug, article]));
    slugIndexes.set(articles, index);
  }
  return index;
}
