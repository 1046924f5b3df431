import { describe, expect, it } from 'vitest';
import { articleSlugs } from '@/lib/content/rules/article-slugs';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the article-slugs rule', () => {
  it('passes file names that are slugs, each used once per language', () => {
    expect(ruleProblems(articleSlugs, baseTree(['en', 'ar']))).toEqual([]);
  });

  it('reports a file name that is not a slug, and both files of a duplicate', () => {
    const tree = baseTree();
    tree['en/fixes/a.md'] = article(frontmatter('Another a', 'Same name, other folder.', 'fixes'));
    tree['en/guides/Card_Declined.md'] = article(frontmatter('Bad name', 'Upper case.'));
    expect(ruleProblems(articleSlugs, tree)).toEqual([
      { file: 'content/en/guides/Card_Declined.md', field: 'slug', message: 'the file name is the slug: use lower-case letters, digits and hyphens' },
      { file: 'content/en/fixes/a.md', field: 'slug', message: 'duplicate slug "a", also used by content/en/guides/a.md' },
      { file: 'content/en/guides/a.md', field: 'slug', message: 'duplicate slug "a", also used by content/en/fixes/a.md' },
    ]);
  });
});
