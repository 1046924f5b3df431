import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import { ContentError, formatProblem, type ContentProblem } from '@/lib/content/problems';
import { siteUrl } from '@/lib/site';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const validFixture = path.join(projectRoot, 'tests/fixtures/valid');

const temporaryRoots: string[] = [];
afterAll(() => {
  for (const root of temporaryRoots) rmSync(root, { recursive: true, force: true });
});

/**
 * Writes `files` (paths relative to the content folder) into a fresh temporary project with a
 * `public/illustrations/x.svg`, so a test can show its broken input next to the expected message.
 */
function writeTree(files: Record<string, string>): { root: string; contentDir: string; publicDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
  temporaryRoots.push(root);
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  mkdirSync(path.join(publicDir, 'illustrations'), { recursive: true });
  writeFileSync(path.join(publicDir, 'illustrations/x.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  for (const [relative, text] of Object.entries(files)) {
    const full = path.join(contentDir, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { root, contentDir, publicDir };
}

function load(files: Record<string, string>): LoadedContent {
  const { contentDir, publicDir } = writeTree(files);
  return loadContent(contentDir, { publicDir, displayRoot: 'content' });
}

/** An article file: `---`, the front matter as written, `---`, a blank line, then the body. */
function article(frontmatter: string, body = 'Some text.\n'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}`;
}

/** A small tree that loads without problems; each broken case below changes one thing in it. */
function baseTree(): Record<string, string> {
  return {
    'en/categories.json': JSON.stringify([
      { slug: 'guides', title: 'Guides', description: 'How to pay.', order: 1 },
      { slug: 'fixes', title: 'Fixes', description: 'When a payment fails.', order: 2 },
    ]),
    'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a'] }),
    'en/guides/a.md': article(
      `
title: Add a card
summary: How to add a card.
category: guides
updated: 2026-11-21
`,
      '## Steps\n\nOpen your account.\n',
    ),
    'en/fixes/b.md': article(`
title: Card declined
summary: Why a card is declined.
category: fixes
updated: 2026-11-20
`),
  };
}

function problemsOf(files: Record<string, string>): ContentProblem[] {
  return load({ ...baseTree(), ...files }).problems;
}

describe('loadContent with the valid fixture', () => {
  const loaded = loadContent(path.join(validFixture, 'content'), {
    publicDir: path.join(validFixture, 'public'),
    displayRoot: 'content',
  });
  const en = loaded.locales.en!;

  it('finds no problems', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('sorts categories by their order, not by their place in categories.json', () => {
    expect(en.categories.map((category) => category.slug)).toEqual(['guides', 'fixes']);
  });

  it('lists published articles by category order, then article order, then title, leaving drafts out', () => {
    expect(en.articles.map((a) => a.slug)).toEqual(['pay-with-a-card', 'gift-cards', 'card-declined']);
    expect(en.articles.some((a) => a.slug === 'unfinished-draft')).toBe(false);
  });

  it('reads the site lists', () => {
    expect(en.lists).toEqual({ paymentFailed: ['card-declined'], popular: ['pay-with-a-card', 'card-declined'] });
  });

  it('returns typed front matter with defaults filled in', () => {
    const pay = en.articles.find((a) => a.slug === 'pay-with-a-card')!;
    expect(pay).toMatchObject({
      locale: 'en',
      category: 'guides',
      title: 'Pay with a card',
      file: 'content/en/guides/pay-with-a-card.md',
      order: 1,
      draft: false,
      errors: [],
      keywords: ['checkout', 'card'],
      related: ['card-declined'],
      sources: [{ title: 'Payment methods', url: 'https://www.amazon.com/gp/help/customer/display.html', publisher: 'Amazon' }],
    });
    expect(pay.updated).toEqual(new Date(Date.UTC(2026, 10, 21)));
    // A quoted date is read the same way as an unquoted one.
    expect(en.articles.find((a) => a.slug === 'gift-cards')!.updated).toEqual(new Date(Date.UTC(2026, 9, 1)));
  });

  it('renders the body to HTML with headings for the table of contents', () => {
    const pay = en.articles.find((a) => a.slug === 'pay-with-a-card')!;
    expect(pay.headings).toEqual([
      { depth: 2, id: 'add-the-card', text: 'Add the card' },
      { depth: 3, id: 'check-the-details', text: 'Check the details' },
      { depth: 2, id: 'if-it-is-refused', text: 'If it is refused' },
    ]);
    expect(pay.html).toContain('<h2 id="add-the-card">Add the card</h2>');
    expect(pay.html).toContain('<img src="/illustrations/x.svg" alt="A checkout page with the card field highlighted">');
    // The link carries its full address for print (data-address, from SITE_URL).
    expect(pay.html).toContain(`<a href="/en/articles/card-declined#common-reasons" data-address="${siteUrl}/en/articles/card-declined#common-reasons">`);
    expect(pay.sections.map((section) => section.id)).toEqual(['', 'add-the-card', 'check-the-details', 'if-it-is-refused']);
    expect(pay.readingMinutes).toBe(1);

    const declined = en.articles.find((a) => a.slug === 'card-declined')!;
    expect(declined.html).toContain('<div class="callout callout-tip"><p class="callout-title">Tip</p>');
    expect(declined.html).toContain('<div class="table-scroll"');
  });
});

describe('loadContent with broken content', () => {
  it('loads the base tree the broken cases start from without problems', () => {
    const loaded = load(baseTree());
    expect(loaded.problems).toEqual([]);
    expect(loaded.locales.en!.articles.map((a) => a.slug)).toEqual(['a', 'b']);
  });

  it('reports a missing required field', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(`
title: Add a card
category: guides
updated: 2026-11-21
`),
    });
    expect(problems).toContainEqual({
      file: 'content/en/guides/a.md',
      field: 'summary',
      message: 'required field is missing (expected string)',
      line: undefined,
    });
  });

  it('reports a field of the wrong type as mistyped, not as missing', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(`
title: 42
summary: How to add a card.
category: guides
updated: 2026-11-21
order: first
`),
    });
    const title = problems.find((p) => p.file === 'content/en/guides/a.md' && p.field === 'title');
    expect(title?.message).toMatch(/expected string, received number/);
    expect(title?.message).not.toMatch(/missing/);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/guides/a.md', field: 'order', message: expect.stringMatching(/expected number/) }),
    );
  });

  it('reports a bad field inside a list with its path', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
category: guides
updated: 2026-11-21
sources:
  - title: Amazon help
    url: http://www.amazon.com/help
`),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/guides/a.md', field: 'sources.0.url', message: 'must be a full https:// address' }),
    );
  });

  it('reports an unknown key and suggests the field that was meant', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
catgory: guides
category: guides
updated: 2026-11-21
`),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/en/guides/a.md',
        field: 'catgory',
        message: expect.stringContaining('did you mean "category"'),
      }),
    );
  });

  it.each([
    ['an unquoted impossible day', 'updated: 2026-02-30', '"2026-02-30"'],
    ['a quoted impossible day', 'updated: "2026-02-30"', '"2026-02-30"'],
    ['a word instead of a date', 'updated: yesterday', '"yesterday"'],
    ['a date in another order', 'updated: 21/11/2026', '"21/11/2026"'],
  ])('reports %s in updated', (_name, line, shown) => {
    const problems = problemsOf({
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
category: guides
${line}
`),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/en/guides/a.md',
        field: 'updated',
        message: `must be a real date written YYYY-MM-DD, got ${shown}`,
      }),
    );
  });

  it('reports a category that categories.json does not list, with a suggestion', () => {
    const problems = problemsOf({
      'en/guidse/c.md': article(`
title: Typo folder
summary: In a folder that is not a category.
category: guidse
updated: 2026-11-21
`),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/en/guidse/c.md',
        field: 'category',
        message: expect.stringContaining('unknown category "guidse" (did you mean "guides"?)'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/guidse', field: 'folder', message: expect.stringContaining('not a category') }),
    );
  });

  it('reports a category field that does not match the folder', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
category: fixes
updated: 2026-11-21
`),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/en/guides/a.md',
        field: 'category',
        message: expect.stringContaining('is "fixes" but the file is in the "guides" folder'),
      }),
    );
  });

  it('reports both files of a duplicate slug', () => {
    const problems = problemsOf({
      'en/fixes/a.md': article(`
title: Another a
summary: Same file name in another folder.
category: fixes
updated: 2026-11-21
`),
    });
    expect(problems).toContainEqual({
      file: 'content/en/fixes/a.md',
      field: 'slug',
      message: 'duplicate slug "a", also used by content/en/guides/a.md',
    });
    expect(problems).toContainEqual({
      file: 'content/en/guides/a.md',
      field: 'slug',
      message: 'duplicate slug "a", also used by content/en/fixes/a.md',
    });
  });

  it('reports a file name that is not a valid slug', () => {
    const problems = problemsOf({
      'en/fixes/Card_Declined.md': article(`
title: Bad name
summary: Upper case and underscore.
category: fixes
updated: 2026-11-21
`),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/fixes/Card_Declined.md', field: 'slug', message: expect.stringContaining('the file name is the slug') }),
    );
  });

  it('reports related slugs that do not exist, and an article related to itself', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
category: guides
updated: 2026-11-21
related: [bb, a, b]
`),
    });
    const related = problems.filter((p) => p.field.startsWith('related.'));
    expect(related).toEqual([
      { file: 'content/en/guides/a.md', field: 'related.0', message: 'no published article "bb" (did you mean "b"?)' },
      { file: 'content/en/guides/a.md', field: 'related.1', message: 'an article cannot be related to itself' },
    ]);
  });

  describe('internal links', () => {
    // Front matter takes lines 1–6 and a blank line follows, so the body starts on line 8.
    const withBody = (body: string) => ({
      'en/guides/a.md': article(
        `
title: Add a card
summary: How to add a card.
category: guides
updated: 2026-11-21
`,
        body,
      ),
    });

    it('accepts links to articles, headings, categories and site pages that exist', () => {
      const problems = problemsOf(
        withBody(
          '## Steps\n\n[b](/en/articles/b) [here](#steps) [guides](/en/categories/guides) [home](/en) [help](/en/contact) [web](https://example.com) [mail](mailto:help@example.com)\n',
        ),
      );
      expect(problems).toEqual([]);
    });

    it.each([
      ['an article that does not exist', '[x](/en/articles/bee)', 'link "/en/articles/bee" points to no published article (did you mean "b"?)'],
      ['a category that does not exist', '[x](/en/categories/guide)', 'link "/en/categories/guide" points to an unknown category (did you mean "guides"?)'],
      ['a heading of another article that does not exist', '[x](/en/articles/a#stepz)', 'link "/en/articles/a#stepz" points to "#stepz", which is not a heading of "a" (did you mean "steps"?)'],
      ['a heading of the same article that does not exist', '[x](#nope)', 'link "#nope" points to "#nope", which is not a heading of this article'],
      ['a relative path', '[x](../fixes/b)', 'link "../fixes/b" is relative: write the site path, such as /en/articles/<slug>'],
      ['a path without a locale', '[x](/articles/b)', 'link "/articles/b" must start with a locale (/en, /ar)'],
      ['a page the site does not have', '[x](/en/blog/b)', 'link "/en/blog/b" is not a page of the site'],
      ['a javascript: URL', '[x](javascript:alert(1))', 'link "javascript:alert(1)" uses an unsafe scheme and will be removed'],
    ])('reports a link to %s, with its line', (_name, link, message) => {
      const problems = problemsOf(withBody(`## Steps\n\nText.\n\nSee ${link}.\n`));
      expect(problems).toEqual([{ file: 'content/en/guides/a.md', field: 'body', line: 12, message }]);
    });

    it('reports a link to a draft, because drafts are not published', () => {
      const problems = problemsOf({
        ...withBody('See [the draft](/en/articles/draft-article).\n'),
        'en/fixes/draft-article.md': article(`
title: Not ready
summary: A draft.
category: fixes
updated: 2026-11-21
draft: true
`),
      });
      expect(problems).toEqual([
        { file: 'content/en/guides/a.md', field: 'body', line: 8, message: 'link "/en/articles/draft-article" points to no published article' },
      ]);
    });
  });

  it('reports a related slug and a site.json entry that name a draft', () => {
    const problems = problemsOf({
      'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a', 'draft-article'] }),
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
category: guides
updated: 2026-11-21
related: [draft-article]
`),
      'en/fixes/draft-article.md': article(`
title: Not ready
summary: A draft.
category: fixes
updated: 2026-11-21
draft: true
`),
    });
    expect(problems).toEqual([
      { file: 'content/en/site.json', field: 'popular.1', message: 'no published article "draft-article"' },
      { file: 'content/en/guides/a.md', field: 'related.0', message: 'no published article "draft-article"' },
    ]);
  });

  it('reports a messagesArticle in site.json that is missing or has no ### headings to offer', () => {
    expect(problemsOf({ 'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a'], messagesArticle: 'messages' }) })).toEqual([
      { file: 'content/en/site.json', field: 'messagesArticle', message: 'no published article "messages"' },
    ]);
    expect(problemsOf({ 'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a'], messagesArticle: 'a' }) })).toEqual([
      { file: 'content/en/site.json', field: 'messagesArticle', message: '"a" has no ### headings (one per message) for the home page to offer' },
    ]);
    expect(
      problemsOf({
        'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a'], messagesArticle: 'b' }),
        'en/fixes/b.md': article('title: Card declined\nsummary: Why.\ncategory: fixes\nupdated: 2026-11-20', '## Messages\n\n### NOT CAPTURED\n\nCall.\n'),
      }),
    ).toEqual([]);
  });

  it('still validates a draft', () => {
    const problems = problemsOf({
      'en/fixes/draft-article.md': article(`
title: Not ready
category: fixes
updated: 2026-11-21
draft: true
`),
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/en/fixes/draft-article.md', field: 'summary' }));
  });

  it('reports a "# " heading in the body with its line in the file', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(
        `
title: Add a card
summary: How to add a card.
category: guides
updated: 2026-11-21
`,
        'Intro.\n\n# A second title\n\nText.\n',
      ),
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/en/guides/a.md', field: 'body', line: 10, message: expect.stringContaining('"# " heading') }),
    ]);
  });

  it('reports images without alt text, missing from public/, or from another site', () => {
    const problems = problemsOf({
      'en/guides/a.md': article(
        `
title: Add a card
summary: How to add a card.
category: guides
updated: 2026-11-21
`,
        '![](/illustrations/x.svg)\n\n![A flow](/illustrations/missing.svg)\n\n![A photo](https://evil.example/x.png)\n',
      ),
    });
    expect(problems).toEqual([
      { file: 'content/en/guides/a.md', field: 'body', line: 8, message: 'image "/illustrations/x.svg" needs alt text that says what it shows' },
      { file: 'content/en/guides/a.md', field: 'body', line: 10, message: 'image "/illustrations/missing.svg" does not exist in public/' },
      {
        file: 'content/en/guides/a.md',
        field: 'body',
        line: 12,
        message: 'image "https://evil.example/x.png" must be a file of this site (a path such as /illustrations/knet-flow.svg)',
      },
    ]);
  });

  it('reports a YAML syntax error with the line it is on', () => {
    const text = [
      '---', //                        line 1
      'title: Add a card', //          line 2
      'summary: Cards: how to add', // line 3: a second ": " in a plain value
      'category: guides', //           line 4
      'updated: 2026-11-21', //        line 5
      '---',
      '',
      'Text.',
    ].join('\n');
    const problems = problemsOf({ 'en/guides/a.md': text });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/en/guides/a.md',
        field: 'front matter',
        line: 3,
        message: expect.stringContaining('YAML syntax error'),
      }),
    );
  });

  it('reports an unterminated quote on the line it opens, not where YAML runs out of text', () => {
    const text = ['---', 'title: "Add a card', 'summary: How to add a card.', 'category: guides', '---', '', 'Text.'].join('\n');
    const problems = problemsOf({ 'en/guides/a.md': text });
    expect(problems).toContainEqual({
      file: 'content/en/guides/a.md',
      field: 'front matter',
      line: 2,
      message: expect.stringMatching(/^YAML syntax error: the quote " opened on this line is never closed \(YAML noticed on line 5: .*double quoted scalar\)$/),
    });
  });

  it('reports an unclosed bracket on the line it opens', () => {
    const text = ['---', 'title: Add a card', "summary: Don't worry, it's quick.", 'keywords: [card, add # a comment', 'category: guides', 'updated: 2026-11-21', '---', '', 'Text.'].join('\n');
    const problems = problemsOf({ 'en/guides/a.md': text });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/en/guides/a.md', field: 'front matter', line: 4, message: expect.stringContaining('the bracket [ opened on this line is never closed') }));
  });

  it('reports an article without front matter', () => {
    const problems = problemsOf({ 'en/guides/a.md': '# Add a card\n\nText.\n' });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/guides/a.md', field: 'front matter', line: 1, message: expect.stringContaining('missing') }),
    );
  });

  it('reports bad JSON in categories.json with its line', () => {
    const problems = problemsOf({
      'en/categories.json': '[\n  { "slug": "guides", "title": "Guides", "description": "How to pay.", "order": 1, }\n]\n',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/categories.json', field: 'JSON', line: 2, message: expect.stringContaining('syntax error') }),
    );
  });

  it('reports bad JSON in site.json', () => {
    const problems = problemsOf({ 'en/site.json': '{ "paymentFailed": ["b"], "popular": ["a"' });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/site.json', field: 'JSON', message: expect.stringContaining('syntax error') }),
    );
  });

  it('reports fields of categories.json and site.json that break the schema', () => {
    const problems = problemsOf({
      'en/categories.json': JSON.stringify([
        { slug: 'guides', title: 'Guides', description: 'How to pay.', order: 1 },
        { slug: 'fixes', title: '', description: 'When a payment fails.', order: 'two' },
      ]),
      'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a'], populer: [] }),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'content/en/categories.json', field: '1.title', message: 'title must not be empty', line: undefined },
        expect.objectContaining({ file: 'content/en/categories.json', field: '1.order', message: expect.stringContaining('expected number') }),
        expect.objectContaining({ file: 'content/en/site.json', field: 'populer', message: 'unknown field' }),
      ]),
    );
  });

  it('reports a JSON file of the wrong shape as a whole, not as front matter', () => {
    const problems = problemsOf({ 'en/site.json': '["a", "b"]' });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/site.json', field: '(whole file)', message: expect.stringContaining('expected object') }),
    );
  });

  it('reports site.json slugs that do not exist', () => {
    const problems = problemsOf({ 'en/site.json': JSON.stringify({ paymentFailed: ['b', 'declined'], popular: ['a'] }) });
    expect(problems).toEqual([{ file: 'content/en/site.json', field: 'paymentFailed.1', message: 'no published article "declined"' }]);
  });

  it('reports a category with no published article', () => {
    const tree = baseTree();
    delete tree['en/fixes/b.md'];
    const problems = load({ ...tree, 'en/site.json': JSON.stringify({ paymentFailed: ['a'], popular: ['a'] }) }).problems;
    expect(problems).toEqual([{ file: 'content/en/categories.json', field: 'fixes', message: 'the category has no published article' }]);
  });

  it('reports a category with only a draft as having no published article', () => {
    const problems = problemsOf({
      'en/site.json': JSON.stringify({ paymentFailed: ['a'], popular: ['a'] }),
      'en/fixes/b.md': article(`
title: Card declined
summary: Why a card is declined.
category: fixes
updated: 2026-11-20
draft: true
`),
    });
    expect(problems).toEqual([{ file: 'content/en/categories.json', field: 'fixes', message: 'the category has no published article' }]);
  });

  it('reports files that do not belong in the content folder', () => {
    const problems = problemsOf({ 'en/notes.md': 'x', 'en/guides/photo.png': 'x', 'fr/guides/a.md': 'x' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/en/notes.md', field: 'file' }),
        expect.objectContaining({ file: 'content/en/guides/photo.png', field: 'file' }),
        expect.objectContaining({ file: 'content/fr', field: 'folder', message: expect.stringContaining('not a locale') }),
      ]),
    );
  });

  it('reports every problem of every file in one run', () => {
    const problems = problemsOf({
      'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a', 'nope'] }),
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
catgory: guides
category: guides
updated: 2026-02-30
`),
      'en/fixes/b.md': article(
        `
title: Card declined
summary: Why a card is declined.
category: fixes
updated: 2026-11-20
related: [zzz]
`,
        '# Title again\n\n[x](/en/categories/nope)\n',
      ),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/en/guides/a.md', field: 'catgory' }),
        expect.objectContaining({ file: 'content/en/guides/a.md', field: 'updated' }),
        expect.objectContaining({ file: 'content/en/fixes/b.md', field: 'related.0' }),
        expect.objectContaining({ file: 'content/en/fixes/b.md', field: 'body', line: 9 }),
        expect.objectContaining({ file: 'content/en/fixes/b.md', field: 'body', line: 11 }),
        expect.objectContaining({ file: 'content/en/site.json', field: 'popular.1' }),
      ]),
    );
  });

  it('returns problems instead of throwing, even for content it cannot read at all', () => {
    expect(() => load({ 'en/categories.json': '', 'en/site.json': 'null', 'en/guides/a.md': '---\n: : :\n---\n' })).not.toThrow();
    const loaded = load({});
    expect(loaded.problems).toEqual([{ file: 'content', field: 'folder', message: 'the content folder does not exist' }]);
  });

  it('reports a missing locale folder and missing JSON files', () => {
    const { contentDir, publicDir } = writeTree({ 'fr/.keep': '' });
    expect(loadContent(contentDir, { publicDir, displayRoot: 'content', requiredLocales: ['en'] }).problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'content/en', field: 'folder' })]),
    );
    const problems = load({ 'en/guides/.keep': '' }).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'content/en/categories.json', field: 'file', message: 'missing' },
        { file: 'content/en/site.json', field: 'file', message: 'missing' },
      ]),
    );
  });
});

describe('formatProblem', () => {
  it('writes file:line: field — reason', () => {
    expect(formatProblem({ file: 'content/en/guides/a.md', field: 'body', line: 12, message: 'a "# " heading' })).toBe(
      'content/en/guides/a.md:12: body — a "# " heading',
    );
  });

  it('leaves the line out when there is none', () => {
    expect(formatProblem({ file: 'content/en/site.json', field: 'popular.0', message: 'no published article "x"' })).toBe(
      'content/en/site.json: popular.0 — no published article "x"',
    );
  });

  it('lists every problem in a ContentError', () => {
    const error = new ContentError([
      { file: 'a.md', field: 'title', message: 'missing' },
      { file: 'b.md', field: 'body', message: 'bad', line: 3 },
    ]);
    expect(error.message).toBe('2 content problems:\na.md: title — missing\nb.md:3: body — bad');
  });
});

describe('the content-check script', () => {
  function runCheck(contentDir: string) {
    return spawnSync('npx', ['tsx', 'scripts/content-check.ts', contentDir], { cwd: projectRoot, encoding: 'utf8' });
  }

  it('passes the valid fixture', () => {
    const run = runCheck(path.join(validFixture, 'content'));
    expect(run.stderr).not.toMatch(/content\//);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('content:check passed — en: 3 articles in 2 categories');
  }, 60_000);

  it('lists every problem of a broken tree and exits 1, without a stack trace', () => {
    const { contentDir } = writeTree({
      ...baseTree(),
      'en/site.json': JSON.stringify({ paymentFailed: ['b'], popular: ['a', 'nope'] }),
      'en/guides/a.md': article(`
title: Add a card
summary: How to add a card.
catgory: guides
category: guides
updated: 2026-11-21
`),
      'en/fixes/b.md': '---\ntitle: [unclosed\n---\n\nText.\n',
    });
    const run = runCheck(contentDir);
    expect(run.status).toBe(1);

    // The script names files from the project root, so compute the same list it should print.
    const displayRoot = path.relative(projectRoot, contentDir);
    const { problems } = loadContent(contentDir, { publicDir: path.join(contentDir, '..', 'public'), displayRoot });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const problem of problems) expect(run.stderr).toContain(formatProblem(problem));
    expect(run.stderr).toContain(`${displayRoot}/en/guides/a.md: catgory — unknown field (did you mean "category"?)`);
    expect(run.stderr).toContain(`${displayRoot}/en/fixes/b.md:2: front matter — YAML syntax error`);
    expect(run.stderr).toContain(`${displayRoot}/en/site.json: popular.1 — no published article "nope"`);
    expect(run.stderr).toContain(`content:check found ${problems.length} problems`);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
  }, 60_000);
});

describe('loadContent with two languages', () => {
  /** The base tree again under `ar/`, with links rewritten to `/ar/`. */
  function bilingualTree(): Record<string, string> {
    const tree = baseTree();
    return {
      ...tree,
      ...Object.fromEntries(Object.entries(tree).map(([file, text]) => [file.replace(/^en\//, 'ar/'), text.replace(/\/en\//g, '/ar/')])),
    };
  }

  it('loads matching English and Arabic trees without problems', () => {
    const loaded = load(bilingualTree());
    expect(loaded.problems).toEqual([]);
    expect(loaded.locales.ar?.articles.map((a) => a.slug).sort()).toEqual(['a', 'b']);
  });

  it('reports an article that exists in one language only, naming the missing file', () => {
    const tree = bilingualTree();
    delete tree['ar/fixes/b.md'];
    expect(load(tree).problems).toContainEqual({
      file: 'content/ar/fixes/b.md',
      field: 'file',
      message: expect.stringContaining('content/en/fixes/b.md has no ar translation'),
    });
  });

  it('reports a category that exists in one language only', () => {
    const tree = bilingualTree();
    tree['ar/categories.json'] = JSON.stringify([{ slug: 'guides', title: 'أدلة', description: 'كيف تدفع.', order: 1 }]);
    delete tree['ar/fixes/b.md'];
    expect(load(tree).problems).toContainEqual(
      expect.objectContaining({ file: 'content/ar/categories.json', field: 'fixes', message: expect.stringContaining('missing') }),
    );
  });

  it('reports a required locale whose folder is missing', () => {
    const { contentDir, publicDir } = writeTree(baseTree());
    const loaded = loadContent(contentDir, { publicDir, displayRoot: 'content', requiredLocales: ['en', 'ar'] });
    expect(loaded.problems).toContainEqual(expect.objectContaining({ file: 'content/ar', field: 'folder' }));
  });
});

describe('content:check on content that used to crash it or slip through', () => {
  const withBody = (body: string, frontmatter = '') =>
    article(`title: Add a card\nsummary: How to add a card.\ncategory: guides\nupdated: 2026-11-21\n${frontmatter}`, body);
  const bodyProblems = (body: string, frontmatter = '') =>
    problemsOf({ 'en/guides/a.md': withBody(body, frontmatter) }).filter((problem) => problem.file === 'content/en/guides/a.md');

  it.each([
    ['a byte-order mark', (text: string) => `\uFEFF${text}`],
    ['a byte-order mark and CRLF line ends', (text: string) => `\uFEFF${text}`.replace(/\n/g, '\r\n')],
  ])('reads an article and the JSON files saved with %s', (_, save) => {
    const tree = baseTree();
    const loaded = load(Object.fromEntries(Object.entries(tree).map(([file, text]) => [file, save(text)])));
    expect(loaded.problems).toEqual([]);
    expect(loaded.locales.en?.articles.find((a) => a.slug === 'a')?.title).toBe('Add a card');
  });

  it('names the file, field and line of an image address with a malformed percent-encoding', () => {
    expect(bodyProblems('Text.\n\n![A card](/illustrations/%E0%A4%A.svg)\n')).toEqual([
      { file: 'content/en/guides/a.md', field: 'body', line: 10, message: expect.stringContaining('has a malformed percent-encoding') },
    ]);
  });

  it('reports a folder named like an article, and does not call its translation missing', () => {
    const { contentDir, publicDir } = writeTree(baseTree());
    mkdirSync(path.join(contentDir, 'en/guides/c.md'));
    const { problems } = loadContent(contentDir, { publicDir, displayRoot: 'content' });
    expect(problems).toEqual([{ file: 'content/en/guides/c.md', field: 'file', message: expect.stringContaining('is a folder') }]);
  });

  it.each([
    ['quotes', `${'>'.repeat(20_000)} deep\n`, 8],
    ['quotes, 40 deep', `${'> '.repeat(40)}deep\n`, 8],
    ['lists', `Text.\n\n${Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n')}\n`, 10 + 33],
    ['lists on one line', `${'- '.repeat(40)}item\n`, 8],
    ['HTML elements', `${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}\n`, 8],
    ['emphasis markers', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`, 8],
    ['brackets', `${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`, 8],
  ])('reports Markdown %s nested too deeply with its line, without rendering it', (_, body, line) => {
    expect(bodyProblems(body)).toEqual([{ file: 'content/en/guides/a.md', field: 'body', line, message: expect.stringMatching(/nested more than|more than 128 deep|a run of more than 64/) }]);
  });

  it('reports front matter nested too deeply to read', () => {
    expect(bodyProblems('Text.\n', `keywords: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`)).toEqual([
      { file: 'content/en/guides/a.md', field: 'front matter', message: expect.stringContaining('nested too deeply') },
    ]);
  });

  it('refuses symbolic links that lead outside the content folder or nowhere, and follows those that stay inside', () => {
    const { root, contentDir, publicDir } = writeTree(baseTree());
    writeFileSync(path.join(root, 'outside.md'), withBody('From outside.\n'));
    symlinkSync(path.join(root, 'outside.md'), path.join(contentDir, 'en/guides/c.md'));
    symlinkSync(path.join(root, 'nothing.md'), path.join(contentDir, 'en/guides/d.md'));
    symlinkSync(root, path.join(contentDir, 'en/fixes/up'));
    symlinkSync(path.join(contentDir, 'en/guides/a.md'), path.join(contentDir, 'en/guides/e.md'));
    const { problems, locales } = loadContent(contentDir, { publicDir, displayRoot: 'content' });
    expect(problems).toEqual([
      { file: 'content/en/fixes/up', field: 'file', message: expect.stringContaining('leads outside content/') },
      { file: 'content/en/guides/c.md', field: 'file', message: expect.stringContaining('leads outside content/') },
      { file: 'content/en/guides/d.md', field: 'file', message: expect.stringContaining('a symbolic link to nothing') },
    ]);
    // The link that stays inside the folder is read like any article.
    expect(locales.en?.articles.map((a) => a.slug).sort()).toEqual(['a', 'b', 'e']);
  });

  it('refuses image paths that climb out of public/, even to a file that exists', () => {
    const { root, contentDir, publicDir } = writeTree({ ...baseTree(), 'en/guides/a.md': withBody('![A](/../secret.svg)\n\n![B](/illustrations/%2e%2e/../secret.svg)\n') });
    writeFileSync(path.join(root, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const { problems } = loadContent(contentDir, { publicDir, displayRoot: 'content' });
    expect(problems).toEqual([
      { file: 'content/en/guides/a.md', field: 'body', line: 8, message: expect.stringContaining('climbs out of public/') },
      { file: 'content/en/guides/a.md', field: 'body', line: 10, message: expect.stringContaining('climbs out of public/') },
    ]);
  });

  it('refuses a source or link address with a user name before the host', () => {
    const problems = bodyProblems(
      'See [KNET](https://knet.com.kw.evil@evil.example/).\n',
      'sources:\n  - title: KNET\n    url: https://knet.com.kw.evil@evil/\n',
    );
    expect(problems).toEqual([
      { file: 'content/en/guides/a.md', field: 'sources.0.url', message: expect.stringContaining('user name before the host') },
    ]);
    const linkProblems = bodyProblems('See [KNET](https://knet.com.kw.evil@evil.example/).\n');
    expect(linkProblems).toEqual([{ file: 'content/en/guides/a.md', field: 'body', line: 8, message: expect.stringContaining('user name before the host') }]);
  });

  it('refuses headings that take the ids of the page\'s own sections', () => {
    const problems = bodyProblems('## Sources\n\nA.\n\n## Related\n\nB.\n\n### Still need help?\n\nC.\n\n## Main\n\nD.\n');
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^heading "Sources" gets the id "sources"/),
      expect.stringMatching(/^heading "Related" gets the id "related"/),
      expect.stringMatching(/^heading "Still need help\?" gets the id "still-need-help"/),
      expect.stringMatching(/^heading "Main" gets the id "main"/),
    ]);
  });

  it('refuses headings that repeat the titles of the page\'s own sections, in Arabic too', () => {
    const arabic = {
      'ar/categories.json': JSON.stringify([{ slug: 'guides', title: 'أدلة', description: 'كيف تدفع.', order: 1 }]),
      'ar/site.json': JSON.stringify({ paymentFailed: ['a'], popular: ['a'] }),
      'ar/guides/a.md': article('title: أضف بطاقة\nsummary: كيف تضيف بطاقة.\ncategory: guides\nupdated: 2026-11-21', '## المصادر\n\nنص.\n\n## هل ما زلت بحاجة إلى مساعدة؟\n\nنص.\n'),
    };
    const { problems } = load(arabic);
    expect(problems.map((problem) => problem.message)).toEqual([
      'heading "المصادر" repeats the title of the page\'s own "المصادر" section: rename the heading',
      'heading "هل ما زلت بحاجة إلى مساعدة؟" repeats the title of the page\'s own "هل ما زلت بحاجة إلى مساعدة؟" section: rename the heading',
    ]);
  });

  it('reports a translation with a front-matter error for that error alone, not also as missing', () => {
    const tree = baseTree();
    const bilingual = {
      ...tree,
      ...Object.fromEntries(Object.entries(tree).map(([file, text]) => [file.replace(/^en\//, 'ar/'), text])),
      'ar/fixes/b.md': '---\ntitle: [unclosed\n---\n\nText.\n',
    };
    const { problems } = load(bilingual);
    expect(problems.filter((problem) => problem.file.endsWith('/fixes/b.md'))).toEqual([
      expect.objectContaining({ file: 'content/ar/fixes/b.md', field: 'front matter', line: 2 }),
    ]);
  });
});
