import { describe, expect, it } from 'vitest';
import { categoryList } from '@/lib/content/rules/category-list';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the category-list rule', () => {
  it('passes a tree whose categories are listed once, each with a published article', () => {
    expect(ruleProblems(categoryList, baseTree(['en', 'ar']))).toEqual([]);
  });

  it('reports a category listed twice, a folder that is not a category, and a category with only a draft', () => {
    const tree = baseTree();
    tree['en/categories.json'] = JSON.stringify([
      { slug: 'guides', title: 'Guides', description: 'How to pay.', order: 1 },
      { slug: 'fixes', title: 'Fixes', description: 'When it fails.', order: 2 },
      { slug: 'guides', title: 'Guides again', description: 'Twice.', order: 3 },
    ]);
    tree['en/fixes/b.md'] = article(frontmatter('Draft', 'Not ready.', 'fixes', 'draft: true\n'));
    tree['en/guidse/c.md'] = article(frontmatter('Typo', 'In a folder that is no category.', 'guides'));
    expect(ruleProblems(categoryList, tree)).toEqual([
      { file: 'content/en/categories.json', field: '2.slug', message: '"guides" is listed twice' },
      { file: 'content/en/guidse', field: 'folder', message: '"guidse" is not a category in content/en/categories.json (did you mean "guides"?)' },
      { file: 'content/en/categories.json', field: 'fixes', message: 'the category has no published article' },
    ]);
  });
});
