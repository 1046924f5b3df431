import { hint, type ContentProblem } from '../problems';
import { localeSources, type ContentRule } from './rule';

export const categoryList: ContentRule = {
  id: 'category-list',
  description: 'categories.json lists each category once, every category folder is in it, and every category has a published article',
  check(context) {
    return localeSources(context).flatMap((source) => {
      const problems: ContentProblem[] = [];
      const file = source.categoriesFile;
      const slugs = source.categories.map((category) => category.slug);
      const seen = new Set<string>();
      source.categories.forEach((category, index) => {
        if (seen.has(category.slug)) problems.push({ file, field: `${index}.slug`, message: `"${category.slug}" is listed twice` });
        seen.add(category.slug);
      });
      for (const folder of source.folders) {
        if (!seen.has(folder)) {
          problems.push({ file: context.display(source.locale, folder), field: 'folder', message: `"${folder}" is not a category in ${file}${hint(folder, slugs)}` });
        }
      }
      const withPublished = new Set(source.articles.filter((parsed) => !parsed.article.draft).map((parsed) => parsed.article.category));
      for (const category of source.categories) {
        if (!withPublished.has(category.slug)) problems.push({ file, field: category.slug, message: 'the category has no published article' });
      }
      return problems;
    });
  },
};
