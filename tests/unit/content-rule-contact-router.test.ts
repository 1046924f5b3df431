import { describe, expect, it } from 'vitest';
import { contactRouter } from '@/lib/content/rules/contact-router';
import { baseTree, ruleProblems } from './content-rule-fixture';

describe('the contact-router rule', () => {
  it('checks the router only against the site\'s own content', () => {
    expect(ruleProblems(contactRouter, baseTree(['en', 'ar']))).toEqual([]);
  });

  it('reports routes that lead to articles the content does not publish', () => {
    const problems = ruleProblems(contactRouter, baseTree(['en', 'ar']), { contactRouter: true });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/^lib\/contact\//), message: expect.stringContaining('no published article') });
  });
});
