import { describe, expect, it } from 'vitest';
import { noAmazonAcceptsKnet } from '@/lib/content/rules/no-amazon-accepts-knet';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the no-amazon-accepts-knet rule', () => {
  it('reports the claim in the summary and the body, and lets questions and negations through', () => {
    const tree = baseTree();
    tree['en/guides/a.md'] = article(
      frontmatter('Does Amazon accept KNET?', 'Good news: Amazon now accepts KNET.'),
      "Amazon's stores do not accept KNET.\n\namazon.ae takes KNET at checkout.\n",
    );
    expect(ruleProblems(noAmazonAcceptsKnet, tree)).toEqual([
      { file: 'content/en/guides/a.md', field: 'summary', message: '"Amazon now accepts KNET" states that Amazon accepts KNET, which no source supports (see FACTS.md)' },
      { file: 'content/en/guides/a.md', field: 'body', line: 10, message: '"amazon.ae takes KNET" states that Amazon accepts KNET, which no source supports (see FACTS.md)' },
    ]);
  });
});
