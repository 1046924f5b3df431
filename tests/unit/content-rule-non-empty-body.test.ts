import { describe, expect, it } from 'vitest';
import { nonEmptyBody } from '@/lib/content/rules/non-empty-body';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the non-empty-body rule', () => {
  it('passes an article with text, and reports one with only front matter', () => {
    expect(ruleProblems(nonEmptyBody, baseTree())).toEqual([]);
    expect(ruleProblems(nonEmptyBody, { ...baseTree(), 'en/guides/a.md': article(frontmatter('Add a card', 'How.'), '\n  \n') })).toEqual([
      { file: 'content/en/guides/a.md', field: 'body', message: 'the article has no text after its front matter' },
    ]);
  });
});
