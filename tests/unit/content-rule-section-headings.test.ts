import { describe, expect, it } from 'vitest';
import { sectionHeadings } from '@/lib/content/rules/section-headings';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the section-headings rule', () => {
  it('passes sections that start at ## with headings of their own', () => {
    expect(ruleProblems(sectionHeadings, baseTree(['en', 'ar']))).toEqual([]);
  });

  it('reports a "# " heading on its line, an id the page uses, and a section title the page shows, in each language', () => {
    const tree = baseTree(['en', 'ar']);
    tree['en/guides/a.md'] = article(frontmatter('Add a card', 'How.'), 'Intro.\n\n# A second title\n\n## Sources\n\nText.\n');
    tree['ar/guides/a.md'] = article(frontmatter('أضف بطاقة', 'كيف.'), '## المصادر\n\nنص.\n');
    expect(ruleProblems(sectionHeadings, tree)).toEqual([
      { file: 'content/en/guides/a.md', field: 'body', message: expect.stringMatching(/^heading "Sources" gets the id "sources"/) },
      { file: 'content/en/guides/a.md', field: 'body', line: 10, message: 'a "# " heading: the title is the page\'s only h1, start sections at "## "' },
      { file: 'content/ar/guides/a.md', field: 'body', message: 'heading "المصادر" repeats the title of the page\'s own "المصادر" section: rename the heading' },
    ]);
  });
});
