import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { checkContent, type CheckOptions } from '@/lib/content/check';
import type { ContentProblem } from '@/lib/content/problems';
import { readContent, type ReadContent } from '@/lib/content/read';
import type { ContentRule } from '@/lib/content/rules';

/**
 * Fixtures for the rules' tests: a small content tree written to a temporary folder and read by the
 * real reader, so each rule is tested on content as content:check reads it.
 */
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** An article file: `---`, the front matter, `---`, a blank line, then the body (which starts on line 3 + front-matter lines). */
export function article(frontmatter: string, body = 'Some text.\n'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}`;
}

/** Front matter of a valid article in `category`. */
export function frontmatter(title: string, summary: string, category = 'guides', extra = ''): string {
  return `title: ${JSON.stringify(title)}\nsummary: ${JSON.stringify(summary)}\ncategory: ${category}\nupdated: 2026-12-01\n${extra}`;
}

/** One category (`guides`), its list files and one article `a` per locale: a tree every rule passes. */
export function baseTree(locales: readonly ('en' | 'ar')[] = ['en']): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const locale of locales) {
    tree[`${locale}/categories.json`] = JSON.stringify([{ slug: 'guides', title: locale === 'ar' ? 'أدلة' : 'Guides', description: locale === 'ar' ? 'كيف تدفع.' : 'How to pay.', order: 1 }]);
    tree[`${locale}/site.json`] = JSON.stringify({ paymentFailed: ['a'], popular: ['a'] });
    tree[`${locale}/guides/a.md`] = article(
      locale === 'ar' ? frontmatter('أضف بطاقة', 'كيف تضيف بطاقة.') : frontmatter('Add a card', 'How to add a card.'),
      locale === 'ar' ? '## الخطوات\n\nافتح حسابك.\n' : '## Steps\n\nOpen your account.\n',
    );
  }
  return tree;
}

/** Writes `files` (paths inside content/) and `publicFiles` (paths inside public/) and reads them. */
export function readTree(files: Record<string, string>, publicFiles: Record<string, string> = {}): ReadContent {
  const root = mkdtempSync(path.join(os.tmpdir(), 'content-rule-'));
  roots.push(root);
  const write = (base: string, entries: Record<string, string>) => {
    for (const [relative, text] of Object.entries(entries)) {
      mkdirSync(path.dirname(path.join(root, base, relative)), { recursive: true });
      writeFileSync(path.join(root, base, relative), text);
    }
  };
  write('content', files);
  write('public', { 'illustrations/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', ...publicFiles });
  return readContent(path.join(root, 'content'), { publicDir: path.join(root, 'public'), displayRoot: 'content', publicDisplayRoot: 'public' });
}

/** What `rule` alone reports for the tree, after checking that the tree itself could be read. */
export function ruleProblems(
  rule: ContentRule,
  files: Record<string, string>,
  options: Omit<CheckOptions, 'rules'> & { publicFiles?: Record<string, string> } = {},
): ContentProblem[] {
  const read = readTree(files, options.publicFiles);
  if (read.problems.length > 0) throw new Error(`the fixture could not be read: ${JSON.stringify(read.problems)}`);
  return checkContent(read, { ...options, rules: [rule] });
}
