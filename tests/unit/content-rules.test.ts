import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { contentRules, type ContentRule } from '@/lib/content/rules';
import { article, baseTree, frontmatter, readTree } from './content-rule-fixture';

const root = path.resolve(import.meta.dirname, '../..');
const rulesDir = path.join(root, 'lib/content/rules');

describe('the rules of content:check', () => {
  it('each have a kebab-case id, their own file named by it and their own fixture test', async () => {
    const ids = contentRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of contentRules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      const module: Record<string, unknown> = await import(`@/lib/content/rules/${rule.id}`);
      expect(Object.values(module), `lib/content/rules/${rule.id}.ts exports the rule`).toContain(rule);
      expect(existsSync(path.join(root, `tests/unit/content-rule-${rule.id}.test.ts`)), `tests/unit/content-rule-${rule.id}.test.ts`).toBe(true);
    }
  });

  it('are all in the list: no rule file is left out of lib/content/rules/index.ts', async () => {
    for (const file of readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && name !== 'index.ts')) {
      const module: Record<string, unknown> = await import(`@/lib/content/rules/${file.slice(0, -3)}`);
      const rules = Object.values(module).filter((value): value is ContentRule => typeof value === 'object' && value !== null && 'check' in value && 'id' in value);
      for (const rule of rules) expect(contentRules, file).toContain(rule);
    }
  });

  it('are listed in README, "Writing an article", one line each', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    const section = readme.split('## Writing an article')[1]?.split('\n## ')[0] ?? '';
    for (const rule of contentRules) expect(section, rule.id).toMatch(new RegExp(`^- \`${rule.id}\`: `, 'm'));
  });

  it('pass a small bilingual tree, each on its own', () => {
    const read = readTree(baseTree(['en', 'ar']));
    expect(read.problems).toEqual([]);
    for (const rule of contentRules) expect(checkContent(read, { rules: [rule] }), rule.id).toEqual([]);
  });

  it('run to the end when one of them throws: its failure is reported and the others still report theirs', () => {
    const tree = baseTree();
    tree['en/site.json'] = JSON.stringify({ paymentFailed: ['nope'], popular: ['a'] });
    const broken: ContentRule = {
      id: 'broken-rule',
      description: 'throws',
      check: () => {
        throw new Error('boom');
      },
    };
    const problems = checkContent(readTree(tree), { rules: [broken, ...contentRules] });
    expect(problems[0]).toEqual({ file: 'lib/content/rules/broken-rule.ts', field: 'rule', message: 'stopped on an error, so what it checks was not checked: Error: boom' });
    expect(problems).toContainEqual({ file: 'content/en/site.json', field: 'paymentFailed.0', message: 'no published article "nope"' });
  });

  it('leave the reader to read: content that breaks rules but can be read gives the reader no problem', () => {
    const tree = baseTree(['en', 'ar']);
    tree['en/guides/Bad_Name.md'] = article(frontmatter('Call 22345678', 'Amazon accepts KNET.', 'fixes', 'related: [nope]\n'), '# Title\n\n[x](/en/articles/nope)\n');
    tree['ar/guides/a.md'] = article(frontmatter('طريقة الدفع', 'اختر «Need More Help?».'), 'نص.\n');
    const read = readTree(tree);
    expect(read.problems).toEqual([]);
    const where = checkContent(read).map(({ file, field }) => `${file}: ${field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'content/en/guides/Bad_Name.md: slug',
        'content/en/guides/Bad_Name.md: category',
        'content/en/guides/Bad_Name.md: related.0',
        'content/en/guides/Bad_Name.md: title',
        'content/en/guides/Bad_Name.md: summary',
        'content/en/guides/Bad_Name.md: body',
        'content/ar/guides/Bad_Name.md: file',
        'content/ar/guides/a.md: title',
        'content/ar/guides/a.md: summary',
      ]),
    );
  });
});
