import type { ContentProblem } from '../problems';
import type { ParsedArticle } from '../read';
import { slugSchema } from '../schema';
import { localeSources, type ContentRule } from './rule';

export const articleSlugs: ContentRule = {
  id: 'article-slugs',
  description: 'each file name is a slug (lower-case letters, digits, hyphens) used by one article only in its language',
  check(context) {
    return localeSources(context).flatMap((source) => {
      const problems: ContentProblem[] = [];
      const bySlug = new Map<string, ParsedArticle[]>();
      for (const parsed of source.articles) {
        const { file, slug } = parsed.article;
        if (!slugSchema.safeParse(slug).success) {
          problems.push({ file, field: 'slug', message: 'the file name is the slug: use lower-case letters, digits and hyphens' });
        }
        bySlug.set(slug, [...(bySlug.get(slug) ?? []), parsed]);
      }
      for (const [slug, items] of bySlug) {
        if (items.length < 2) continue;
        for (const { article } of items) {
          const others = items.filter((other) => other.article !== article).map((other) => other.article.file);
          problems.push({ file: article.file, field: 'slug', message: `duplicate slug "${slug}", also used by ${others.join(', ')}` });
        }
      }
      return problems;
    });
  },
};
