import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Article, type LoadedContent } from '@/lib/content/load';
import { locales } from '@/lib/i18n/config';
import { assembleContent, hostile } from '../../scripts/hostile-content';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const publicDir = path.join(projectRoot, 'public');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'hostile-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Elements that run, load or submit something, or hide markup from the sanitizer's view. */
const forbiddenElements = new Set(
  'script style iframe frame frameset object embed applet form button base meta link svg math textarea noscript template xmp audio video marquee map area portal'.split(' '),
);
const sitePath = /^\/(?![/\\])\S*$/;
const urlProperties = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'data', 'cite', 'poster', 'longDesc', 'xLinkHref', 'background', 'ping']);

/** Everything unsafe in an article's HTML, parsed as a browser would. */
function unsafeMarkup(html: string): string[] {
  const tree = unified().use(rehypeRaw).runSync({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
  const problems: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const tag = `<${node.tagName} ${JSON.stringify(node.properties)}>`;
    if (forbiddenElements.has(node.tagName)) problems.push(`element ${tag}`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`event handler ${tag}`);
      if (name === 'style') problems.push(`style attribute ${tag}`);
      // A scheme other than these, read as a browser does: spaces, tabs and control characters dropped.
      const scheme = urlProperties.has(name) && /^([a-z][a-z0-9+.-]*):/i.exec(String(value).replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
      if (scheme && !['http', 'https', 'mailto'].includes(scheme)) problems.push(`${scheme}: address ${tag}`);
      const images = name === 'src' || name === 'srcSet' ? [value].flat().flatMap((item) => String(item).split(',')) : [];
      if (!images.every((candidate) => sitePath.test(candidate.trim().split(/\s+/)[0] ?? ''))) {
        problems.push(`image from elsewhere ${tag}`);
      }
    }
  });
  return problems;
}

describe('the hostile articles of the XSS test (npm run build:hostile)', () => {
  let loaded: LoadedContent;
  beforeAll(() => {
    loaded = loadContent(assembleContent(path.join(scratch, 'site'), [hostile.fixturesDir], projectRoot), { publicDir, requiredLocales: locales });
  });

  it('pass the content check, so the hostile build holds them', () => {
    expect(loaded.problems).toEqual([]);
  });

  it.each(locales)('render in %s with no markup that runs, loads or submits anything', (locale) => {
    const article = loaded.locales[locale]?.articles.find((candidate) => candidate.slug === hostile.slug);
    expect(article?.html).toContain('alert(');
    expect(unsafeMarkup(article!.html)).toEqual([]);
  });
});

describe('attacks the content check refuses (tests/fixtures/hostile/rejected)', () => {
  const file = path.join(projectRoot, hostile.rejectedDir, 'en', hostile.category, 'xss-rejected.md');
  const lines = readFileSync(file, 'utf8').split('\n');
  let loaded: LoadedContent;
  let article: Article | undefined;
  beforeAll(() => {
    loaded = loadContent(assembleContent(path.join(scratch, 'rejected'), [hostile.rejectedDir], projectRoot), { publicDir, requiredLocales: ['en'] });
    article = loaded.locales.en?.articles.find((candidate) => candidate.slug === 'xss-rejected');
  });

  it('are each reported on their line', () => {
    // Every link and image line of the body; a reference link is reported where it is used.
    const attackLines = lines.flatMap((line, index) => (/^[[<!]/.test(line) && !line.startsWith('[r]:') ? [index + 1] : []));
    const reported = loaded.problems.filter((problem) => problem.file.endsWith('xss-rejected.md') && problem.field === 'body').map((problem) => problem.line);
    expect([...new Set(reported)].sort((a, b) => a! - b!)).toEqual(attackLines);
  });

  it('are removed by the Markdown pipeline all the same', () => {
    expect(article?.html).toContain('A Markdown javascript: link');
    expect(unsafeMarkup(article!.html)).toEqual([]);
    expect(article!.html).not.toContain('tracker.example');
  });
});
