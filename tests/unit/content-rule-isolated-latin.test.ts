import { describe, expect, it } from 'vitest';
import { FSI, PDI } from '@/lib/content/bidi';
import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';
import { isolatedLatin } from '@/lib/content/rules/isolated-latin';
import { article, baseTree, frontmatter, readTree, ruleProblems } from './content-rule-fixture';

const where = (problems: string[]) => problems.map((line) => line.split(' — ')[0]);

describe('the isolated-latin rule', () => {
  const arabic = (title: string, summary: string, sourceTitle: string, body: string) => {
    const tree = baseTree(['ar']);
    tree['ar/guides/a.md'] = article(frontmatter(title, summary, 'guides', `sources:\n  - title: ${JSON.stringify(sourceTitle)}\n    url: https://www.amazon.com/\n`), body);
    return tree;
  };

  it.each([
    ['the title', arabic('كيف أختار «Need More Help?»', 'اختر المساعدة.', 'مساعدة أمازون', 'نص.\n'), 'content/ar/guides/a.md: title'],
    ['the summary', arabic('المساعدة', 'اختر «Need More Help?» ثم «Contact Us».', 'مساعدة أمازون', 'نص.\n'), 'content/ar/guides/a.md: summary'],
    ['a source title', arabic('المساعدة', 'اختر المساعدة.', 'مساعدة أمازون: Need More Help?', 'نص.\n'), 'content/ar/guides/a.md: sources.0.title'],
    ['the body, on its line', arabic('المساعدة', 'اختر المساعدة.', 'مساعدة أمازون', 'نص.\n\nافتح Your Account ← Login & Security.\n'), 'content/ar/guides/a.md:13: body'],
  ])('fails content:check on an unisolated Latin run in %s', (_, tree, expected) => {
    expect(where(ruleProblems(isolatedLatin, tree).map(formatProblem))).toEqual([expected]);
    expect(where(checkContent(readTree(tree)).map(formatProblem))).toContain(expected);
  });

  it('fails content:check on an unisolated Latin run in a category and in the Arabic interface text', () => {
    const tree = baseTree(['ar']);
    tree['ar/categories.json'] = JSON.stringify([{ slug: 'guides', title: 'أدلة', description: 'اختر Need More Help? من القائمة.', order: 1 }]);
    const interfaceText = [
      { locale: 'ar' as const, file: 'lib/i18n/dictionaries/ar.ts', dictionary: { contact: { intro: 'اختر «Need More Help?» ثم «Contact Us».', fine: `اختر «${FSI}Need More Help?${PDI}».` } } },
      // Left-to-right text is not this rule's business.
      { locale: 'en' as const, file: 'lib/i18n/dictionaries/en.ts', dictionary: { contact: { intro: 'Choose "Need More Help?".', fine: 'Fine.' } } },
    ];
    const expected = ['content/ar/categories.json: 0.description', 'lib/i18n/dictionaries/ar.ts: contact.intro'];
    expect(where(ruleProblems(isolatedLatin, tree, { interfaceText }).map(formatProblem))).toEqual(expected);
    const all = where(checkContent(readTree(tree), { interfaceText }).map(formatProblem));
    for (const line of expected) expect(all).toContain(line);
  });

  it('leaves isolated phrases and left-to-right articles alone', () => {
    const tree = baseTree(['en', 'ar']);
    tree['en/guides/a.md'] = article(frontmatter('Choose Need More Help?', 'Then Contact Us.'), 'Open Your Account → Login & Security.\n');
    tree['ar/guides/a.md'] = article(frontmatter('المساعدة', `اختر «${FSI}Need More Help?${PDI}».`), `افتح ${FSI}Your Account${PDI} ← «${FSI}Login & Security${PDI}».\n`);
    expect(ruleProblems(isolatedLatin, tree)).toEqual([]);
  });
});
