import { describe, expect, it } from 'vitest';
import { noPhoneNumbers } from '@/lib/content/rules/no-phone-numbers';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the no-phone-numbers rule', () => {
  it('reports a phone number in the title, the body (on its line) and a keyword, and leaves dates and order numbers alone', () => {
    const tree = baseTree();
    tree['en/guides/a.md'] = article(
      frontmatter('Call 22345678', 'Updated 2026-11-21.', 'guides', 'keywords: ["+965 2224 5678", "order 403-1234567-1234567"]\n'),
      'Text.\n\nRing 1 800 123 4567 now.\n',
    );
    expect(ruleProblems(noPhoneNumbers, tree).map(({ field, line, message }) => [field, line, message.split(' looks')[0]])).toEqual([
      ['title', undefined, '"22345678"'],
      ['body', 11, '"1 800 123 4567"'],
      ['keywords.0', undefined, '"+965 2224 5678"'],
    ]);
  });
});
