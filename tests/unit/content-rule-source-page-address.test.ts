import { describe, expect, it } from 'vitest';
import { isHomePageAddress, sourcePageAddress } from '@/lib/content/rules/source-page-address';
import { article, baseTree, frontmatter, ruleProblems } from './content-rule-fixture';

const withSources = (sources: string) => ({ ...baseTree(), 'en/guides/a.md': article(frontmatter('Add a card', 'How.', 'guides', `sources:\n${sources}`)) });

describe('the source-page-address rule', () => {
  it('passes a source that links a page, and one cited by name without a url', () => {
    const sources = [
      '  - title: "amazon.ae Help: Payment Issues"',
      '    url: https://www.amazon.ae/gp/help/customer/display.html?nodeId=201895620',
      '  - title: "NBK: Secure Shopping"',
      '    publisher: National Bank of Kuwait',
      '  - title: "Amazon Pay Help"',
      '    url: https://pay.amazon.com/help',
    ].join('\n');
    expect(ruleProblems(sourcePageAddress, withSources(sources))).toEqual([]);
  });

  it('reports a source whose url is a home page, with or without the slash, a query or a fragment', () => {
    const sources = ['https://www.nbk.com/', 'https://github.com', 'https://www.amazon.com/?ref=nav', 'https://consumer.ftc.gov/#gift-cards']
      .map((url, index) => `  - title: "Source ${index}"\n    url: ${url}`)
      .join('\n');
    expect(ruleProblems(sourcePageAddress, withSources(sources))).toEqual(
      [0, 1, 2, 3].map((index) => ({
        file: 'content/en/guides/a.md',
        field: `sources.${index}.url`,
        message: expect.stringMatching(new RegExp(`is a home page, not the page the facts come from: .*cite "Source ${index}" by name$`)),
      })),
    );
  });

  it('tells a home page from a page', () => {
    expect(isHomePageAddress('https://www.knet.com.kw/')).toBe(true);
    expect(isHomePageAddress('https://www.knet.com.kw//')).toBe(true);
    expect(isHomePageAddress('https://www.knet.com.kw/terms')).toBe(false);
    expect(isHomePageAddress('https://lot.dhl.com/fraud-awareness/')).toBe(false);
    expect(isHomePageAddress('not a url')).toBe(false);
  });
});
