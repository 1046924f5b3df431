import { describe, expect, it } from 'vitest';
import { internalLinks } from '@/lib/content/rules/internal-links';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the internal-links rule', () => {
  const withBody = (body: string) => ({ ...baseTree(['en', 'ar']), 'en/guides/a.md': article(frontmatter('Add a card', 'How.'), body) });

  it('passes links to pages, headings and categories that exist, in either language', () => {
    const body = '## Steps\n\n[a](/en/articles/a#steps) [ar](/ar/articles/a) [here](#steps) [guides](/en/categories/guides) [home](/en) [help](/en/contact) [check](/en/check-message) [تحقق](/ar/check-message) [web](https://example.com) [mail](mailto:a@example.com)\n';
    expect(ruleProblems(internalLinks, withBody(body))).toEqual([]);
  });

  it('reports each broken link on its line', () => {
    const body = '## Steps\n\n[x](/en/articles/b)\n\n[x](/en/articles/a#stepz)\n\n[x](/fr/articles/a)\n\n[x](https://knet.com.kw.evil@evil.example/)\n';
    expect(ruleProblems(internalLinks, withBody(body)).map(({ line, message }) => [line, message])).toEqual([
      [10, 'link "/en/articles/b" points to no published article (did you mean "a"?)'],
      [12, 'link "/en/articles/a#stepz" points to "#stepz", which is not a heading of "a" (did you mean "steps"?)'],
      [14, 'link "/fr/articles/a" must start with a locale (/en, /ar)'],
      [16, expect.stringContaining('holds a user name before the host')],
    ]);
  });

  it('reports a link to the message check with an anchor, or to a page under it', () => {
    const body = '## Steps\n\n[x](/en/check-message#top)\n\n[x](/en/check-message/more)\n';
    expect(ruleProblems(internalLinks, withBody(body)).map(({ line, message }) => [line, message])).toEqual([
      [10, 'link "/en/check-message#top" has an anchor, but only article headings can be linked to'],
      [12, 'link "/en/check-message/more" is not a page of the site'],
    ]);
  });
});
