import { localeSources, type ContentRule } from './rule';

export const nonEmptyBody: ContentRule = {
  id: 'non-empty-body',
  description: 'an article has text after its front matter',
  check(context) {
    return localeSources(context).flatMap((source) =>
      source.articles
        .filter((parsed) => parsed.body.trim() === '')
        .map(({ article }) => ({ file: article.file, field: 'body', message: 'the article has no text after its front matter' })),
    );
  },
};
