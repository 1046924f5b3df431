import { describe, expect, it } from 'vitest';
import { images } from '@/lib/content/rules/images';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

describe('the images rule', () => {
  const withBody = (body: string) => ({ ...baseTree(), 'en/guides/a.md': article(frontmatter('Add a card', 'How.'), body) });

  it('passes an image of public/ with alt text', () => {
    expect(ruleProblems(images, withBody('![A checkout page](/illustrations/x.svg)\n'))).toEqual([]);
  });

  it('reports missing alt text, a missing file, another site and a path out of public/, each on its line', () => {
    const body = '![](/illustrations/x.svg)\n\n![A flow](/illustrations/missing.svg)\n\n![A photo](https://evil.example/x.png)\n\n![Up](/../secret.svg)\n';
    expect(ruleProblems(images, withBody(body)).map(({ line, message }) => [line, message])).toEqual([
      [8, 'image "/illustrations/x.svg" needs alt text that says what it shows'],
      [10, 'image "/illustrations/missing.svg" does not exist in public/'],
      [12, 'image "https://evil.example/x.png" must be a file of this site (a path such as /illustrations/knet-flow.svg)'],
      [14, expect.stringContaining('climbs out of public/')],
    ]);
  });
});
