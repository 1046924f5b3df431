import { describe, expect, it } from 'vitest';
import { articleCategory } from '@/lib/content/rules/article-category';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the article-category rule', () => {
  it('passes articles whose category is their folder and a listed category', () => {
    expect(ruleProblems(articleCategory, baseTree())).toEqual([]);
  });

  it('reports a category field that names another folder, and a category categories.json does not list', () => {
    const tree = baseTree();
    tree['en/guides/a.md'] = article(frontmatter('Add a card', 'How.', 'guidse'));
    expect(ruleProblems(articleCategory, tree)).toEqual([
      { file: 'content/en/guides/a.md', field: 'category', message: 'is "guidse" but the file is in the "guides" folder: move the file or fix the field' },
      {
        file: 'content/en/guides/a.md',
        field: 'category',
        message: 'unknown category "guidse" (did you mean "guides"?); categories are listed in content/en/categories.json',
      },
    ]);
  });
});
