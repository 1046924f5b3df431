import { hint, type ContentProblem } from '../problems';
import { articlesBySlug } from './articles-by-slug';
import { localeSources, type ContentRule } from './rule';

export const relatedArticles: ContentRule = {
  id: 'related-articles',
  description: '`related` names published articles of the same language, never the article itself',
  check(context) {
    return localeSources(context).flatMap((source) => {
      const published = articlesBySlug(source.content.articles);
      const slugs = [...published.keys()];
      const problems: ContentProblem[] = [];
      for (const { article } of source.articles) {
        article.related.forEach((slug, index) => {
          const field = `related.${index}`;
          if (slug === article.slug) problems.push({ file: article.file, field, message: 'an article cannot be related to itself' });
          else if (!published.has(slug)) problems.push({ file: article.file, field, message: `no published article "${slug}"${hint(slug, slugs)}` });
        });
      }
      return problems;
    });
  },
};
