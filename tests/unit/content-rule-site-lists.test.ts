import { describe, expect, it } from 'vitest';
import { siteLists } from '@/lib/content/rules/site-lists';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the site-lists rule', () => {
  it('passes lists of published articles', () => {
    expect(ruleProblems(siteLists, baseTree())).toEqual([]);
  });

  it('reports a slug that is no published article, and a messagesArticle without ### headings', () => {
    const tree = baseTree();
    tree['en/site.json'] = JSON.stringify({ paymentFailed: ['a', 'b'], popular: ['aa'], messagesArticle: 'a' });
    tree['en/guides/b.md'] = article(frontmatter('Draft', 'Not ready.', 'guides', 'draft: true\n'));
    expect(ruleProblems(siteLists, tree)).toEqual([
      { file: 'content/en/site.json', field: 'paymentFailed.1', message: 'no published article "b" (did you mean "a"?)' },
      { file: 'content/en/site.json', field: 'popular.0', message: 'no published article "aa" (did you mean "a"?)' },
      { file: 'content/en/site.json', field: 'messagesArticle', message: '"a" has no ### headings (one per message) for the home page to offer' },
    ]);
  });

  it('reports an orderProblem (the home page\'s order task) that is no published article', () => {
    const tree = baseTree();
    tree['en/site.json'] = JSON.stringify({ paymentFailed: ['a'], popular: ['a'], orderProblem: 'order-not-arrived' });
    expect(ruleProblems(siteLists, tree)).toEqual([
      { file: 'content/en/site.json', field: 'orderProblem', message: 'no published article "order-not-arrived"' },
    ]);
    tree['en/site.json'] = JSON.stringify({ paymentFailed: ['a'], popular: ['a'], orderProblem: 'a' });
    expect(ruleProblems(siteLists, tree)).toEqual([]);
  });
});
