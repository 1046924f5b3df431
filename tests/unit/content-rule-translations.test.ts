import { describe, expect, it } from 'vitest';
import { translations } from '@/lib/content/rules/translations';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the translations rule', () => {
  it('passes languages with the same articles and categories', () => {
    expect(ruleProblems(translations, baseTree(['en', 'ar']))).toEqual([]);
  });

  it('reports an article and a category that exist in one language only, naming the missing file', () => {
    const tree = baseTree(['en', 'ar']);
    tree['en/guides/b.md'] = article(frontmatter('Declined', 'Why.'));
    tree['en/categories.json'] = JSON.stringify([
      { slug: 'guides', title: 'Guides', description: 'How.', order: 1 },
      { slug: 'fixes', title: 'Fixes', description: 'When it fails.', order: 2 },
    ]);
    expect(ruleProblems(translations, tree)).toEqual([
      { file: 'content/ar/guides/b.md', field: 'file', message: 'missing: content/en/guides/b.md has no ar translation at this path' },
      { file: 'content/ar/categories.json', field: 'fixes', message: 'missing: the category is listed in content/en/categories.json' },
    ]);
  });
});
