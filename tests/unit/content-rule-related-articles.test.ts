import { describe, expect, it } from 'vitest';
import { relatedArticles } from '@/lib/content/rules/related-articles';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the related-articles rule', () => {
  it('reports the article itself, a slug with a likely typo and a draft, and passes a published article', () => {
    const tree = baseTree();
    tree['en/guides/a.md'] = article(frontmatter('Add a card', 'How.', 'guides', 'related: [a, bb, c, b]\n'));
    tree['en/guides/b.md'] = article(frontmatter('Declined', 'Why.'));
    tree['en/guides/c.md'] = article(frontmatter('Draft', 'Not ready.', 'guides', 'draft: true\n'));
    expect(ruleProblems(relatedArticles, tree)).toEqual([
      { file: 'content/en/guides/a.md', field: 'related.0', message: 'an article cannot be related to itself' },
      { file: 'content/en/guides/a.md', field: 'related.1', message: 'no published article "bb" (did you mean "b"?)' },
      { file: 'content/en/guides/a.md', field: 'related.2', message: 'no published article "c" (did you mean "a"?)' },
    ]);
  });
});
