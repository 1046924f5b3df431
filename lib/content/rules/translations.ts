import type { ContentProblem } from '../problems';
import { localeSources, type ContentRule } from './rule';

export const translations: ContentRule = {
  id: 'translations',
  description:
    'every locale has the same articles (same folders and slugs, drafts too) and the same categories, so a reader can switch language on any page',
  check(context) {
    const problems: ContentProblem[] = [];
    const sources = localeSources(context);
    for (const source of sources) {
      for (const other of sources) {
        if (other === source) continue;
        // Every .md file found counts, read or not: a translation with a front-matter error is reported for that error alone.
        for (const { article, folder } of source.articles) {
          if (!other.articleFiles.has(`${folder}/${article.slug}.md`)) {
            problems.push({
              file: context.display(other.locale, folder, `${article.slug}.md`),
              field: 'file',
              message: `missing: ${article.file} has no ${other.locale} translation at this path`,
            });
          }
        }
        // An empty list is a categories.json that could not be read, reported as such.
        const theirCategories = new Set(other.categories.map((category) => category.slug));
        if (theirCategories.size === 0) continue;
        for (const category of source.content.categories) {
          if (!theirCategories.has(category.slug)) {
            problems.push({ file: other.categoriesFile, field: category.slug, message: `missing: the category is listed in ${source.categoriesFile}` });
          }
        }
      }
    }
    return problems;
  },
};
