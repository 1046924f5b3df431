import { hint, type ContentProblem } from '../problems';
import { localeSources, type ContentRule } from './rule';

export const articleCategory: ContentRule = {
  id: 'article-category',
  description: 'an article\'s `category` is the folder it is in and a category of categories.json',
  check(context) {
    return localeSources(context).flatMap((source) => {
      const problems: ContentProblem[] = [];
      const slugs = source.categories.map((category) => category.slug);
      const known = new Set(slugs);
      for (const { article, folder } of source.articles) {
        if (article.category !== folder) {
          problems.push({
            file: article.file,
            field: 'category',
            message: `is "${article.category}" but the file is in the "${folder}" folder: move the file or fix the field`,
          });
        }
        if (!known.has(article.category)) {
          problems.push({
            file: article.file,
            field: 'category',
            message: `unknown category "${article.category}"${hint(article.category, slugs)}; categories are listed in ${source.categoriesFile}`,
          });
        }
      }
      return problems;
    });
  },
};
