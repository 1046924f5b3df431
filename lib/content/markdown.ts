import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toString as hastToString } from 'hast-util-to-string';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { visit, SKIP } from 'unist-util-visit';
import { rehypeKeepWhole } from './keep-whole';
import { rehypeMessageHelp, type MessageHelpLabels } from './message-help';

export const calloutKinds = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** Interface text the renderer writes into articles, from the locale's dictionary. */
export interface MarkdownLabels {
  callout: Record<CalloutKind, string>;
  opensInNewTab: string;
  scrollableTable: string;
  /** The article's writing direction: in right-to-left text, Latin phrases are isolated so their punctuation stays put. */
  dir?: 'ltr' | 'rtl';
  /** The messages the article lists in `errors`: a section headed by one starts with what to do first and who can help. */
  messages?: readonly string[];
  messageHelp?: MessageHelpLabels;
  /** The site's address (SITE_URL): links to the site's pages carry their full address for print (`data-address`). */
  siteUrl?: string;
}

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** A slice of the article under one heading, as plain text: what search indexes. */
export interface Section {
  /** The id of the heading the section starts at, or '' for the text before the first heading. */
  id: string;
  heading: string;
  text: string;
}

export interface Reference {
  url: string;
  /** Line in the Markdown body (1-based), where the parser knows it. */
  line?: number;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  sections: Section[];
  links: Reference[];
  images: (Reference & { alt: string })[];
  /** Lines of `# ` headings in the body: the page title is the only h1. */
  h1Lines: number[];
  wordCount: number;
}

/**
 * GitHub's sanitizing rules, with nothing widened: scripts, event handlers, styles, iframes and
 * `javascript:` URLs never survive. A `<style>` block goes with its text, which would otherwise
 * show on the page. Images are narrowed further by `rehypeSiteImagesOnly`.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
};

/** A path on this site such as `/illustrations/x.svg`; browsers read `//host` and `/\host` as another site. */
const sitePath = /^\/(?![/\\])\S*$/;

/** The addresses in a `srcset` ("/a.svg 1x, /b.svg 2x"), which hast holds as a list split at commas. */
function srcsetUrls(srcset: unknown): string[] {
  const candidates = Array.isArray(srcset) ? srcset.map(String) : String(srcset).split(',');
  return candidates.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/**
 * Images may only come from this site: no third-party requests. (An empty protocol list in the
 * sanitize schema would allow every protocol, so this is done here.) GitHub's schema keeps the
 * `srcset` of a `<picture>`'s `<source>` with any address, so that is held to the same rule.
 */
function rehypeSiteImagesOnly() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && !sitePath.test(String(node.properties.src ?? ''))) delete node.properties.src;
      const { srcSet } = node.properties;
      if (srcSet !== undefined && !srcsetUrls(srcSet).every((url) => sitePath.test(url))) delete node.properties.srcSet;
    });
  };
}

const calloutMarker = new RegExp(`^\\s*\\[!(${calloutKinds.join('|')})\\][ \\t]*\\n?`);

function isElement(node: RootContent | ElementContent | undefined, tagName?: string): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** `> [!WARNING]` blockquotes (GitHub's alert syntax) become labelled callouts. */
function rehypeCallouts(labels: MarkdownLabels) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'blockquote' || !parent || index === undefined) return;
      const firstParagraph = node.children.find((child) => isElement(child, 'p'));
      const marker = isElement(firstParagraph) ? firstParagraph.children[0] : undefined;
      if (!isElement(firstParagraph) || marker?.type !== 'text') return;
      const match = calloutMarker.exec(marker.value);
      if (!match) return;

      const kind = match[1] as CalloutKind;
      marker.value = marker.value.slice(match[0].length);
      if (isElement(firstParagraph.children[1], 'br') && marker.value === '') firstParagraph.children.splice(0, 2);
      const rest = node.children.filter(
        (child) => !(child === firstParagraph && hastToString(child).trim() === ''),
      );
      const callout: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['callout', `callout-${kind.toLowerCase()}`] },
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: { className: ['callout-title'] },
            children: [{ type: 'text', value: labels.callout[kind] }],
          },
          ...rest,
        ],
      };
      parent.children[index] = callout;
      return SKIP;
    });
  };
}

/**
 * Links to the site's pages carry their full address, which print shows after the text. CSS cannot
 * join the site's address to a path from anywhere else: a custom property on <html> would be an
 * inline style, which the pages' Content-Security-Policy forbids. Runs last, so the links the
 * renderer adds itself (a message section's "Still stuck?") have it too.
 */
function rehypePrintAddresses(siteUrl: string | undefined) {
  return (tree: Root) => {
    if (!siteUrl) return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) node.properties.dataAddress = `${siteUrl}${href}`;
    });
  };
}

/** External links open in a new tab, safely, and say so to screen-reader users. */
function rehypeExternalLinks(labels: MarkdownLabels) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternal(href)) return;
      node.properties.target = '_blank';
      node.properties.rel = ['noopener', 'noreferrer', 'external'];
      node.properties.className = ['external-link'];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: ` ${labels.opensInNewTab}` }],
      });
    });
  };
}

const hasRtlLetters = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const hasLatinLetters = /[A-Za-z]/;

/**
 * In Arabic articles, an emphasised or quoted Latin phrase ("**Need More Help?**", `NOT CAPTURED`)
 * becomes its own left-to-right run, so a question mark or a slash is not flipped to the wrong end;
 * a short one (a message name such as NOT CAPTURED) is also kept on one line.
 */
function rehypeIsolateLatin(labels: MarkdownLabels) {
  return (tree: Root) => {
    if (labels.dir !== 'rtl') return;
    visit(tree, 'element', (node) => {
      if (!['strong', 'em', 'code', 'q'].includes(node.tagName) || node.properties.dir) return;
      const text = hastToString(node);
      if (!hasLatinLetters.test(text) || hasRtlLetters.test(text)) return;
      node.properties.dir = 'ltr';
      if (text.length <= maxUnbrokenName) node.properties.className = ['nowrap'];
    });
  };
}

/** A message name this short fits one line of a 320px phone, so it is never broken across two. */
const maxUnbrokenName = 20;

function textCell(text: string): ElementContent {
  return { type: 'text', value: text };
}

/**
 * The first cell of a row names the row (a KNET message): each name in it ("card expired / invalid
 * card number" holds two) is kept on one line when it is short enough to fit; in right-to-left text a
 * Latin name is also its own left-to-right run.
 */
function keepNamesWhole(cell: Element, dir: MarkdownLabels['dir']) {
  if (!cell.children.every((child) => child.type === 'text')) return;
  const parts = hastToString(cell).split(/(\s+\/\s+)/);
  cell.children = parts.flatMap((part): ElementContent[] => {
    if (part === '') return [];
    if (/^\s+\/\s+$/.test(part) || part.length > maxUnbrokenName) return [textCell(part)];
    const latin = dir === 'rtl' && hasLatinLetters.test(part) && !hasRtlLetters.test(part);
    return [{ type: 'element', tagName: 'span', properties: { className: ['nowrap'], ...(latin ? { dir: 'ltr' } : {}) }, children: [textCell(part)] }];
  });
}

/**
 * Tables: each body cell carries its column's header as `data-label`, so on a phone a row can become
 * a stacked card that names each value; the first cell is the card's title. The table sits in a
 * focusable, labelled region that scrolls on its own if it is ever wider than the screen.
 */
function rehypeTables(labels: MarkdownLabels) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const headers: string[] = [];
      visit(node, 'element', (row) => {
        if (row.tagName !== 'tr') return;
        const cells = row.children.filter((child): child is Element => isElement(child, 'th') || isElement(child, 'td'));
        if (cells.every((cell) => cell.tagName === 'th')) {
          if (headers.length === 0) headers.push(...cells.map((cell) => collapseWhitespace(hastToString(cell))));
          return SKIP;
        }
        cells.forEach((cell, column) => {
          const label = headers[column];
          if (label) cell.properties.dataLabel = label;
          if (column === 0) keepNamesWhole(cell, labels.dir);
        });
        return SKIP;
      });
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: labels.scrollableTable },
        children: [node],
      };
      return SKIP;
    });
  };
}

/** The page title is the only h1, so `# ` in a body is rendered one level down (and reported by the check). */
function rehypeDemoteH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}

function collectOutline(tree: Root): { headings: Heading[]; sections: Section[] } {
  const headings: Heading[] = [];
  const sections: Section[] = [{ id: '', heading: '', text: '' }];
  for (const node of tree.children) {
    if (isElement(node) && (node.tagName === 'h2' || node.tagName === 'h3')) {
      const heading: Heading = {
        depth: node.tagName === 'h2' ? 2 : 3,
        id: String(node.properties.id ?? ''),
        text: collapseWhitespace(hastToString(node)),
      };
      headings.push(heading);
      sections.push({ id: heading.id, heading: heading.text, text: '' });
      continue;
    }
    const text = isElement(node) || node.type === 'text' ? collapseWhitespace(hastToString(node as Element | Text)) : '';
    const current = sections[sections.length - 1]!;
    if (text) current.text = current.text ? `${current.text} ${text}` : text;
  }
  return { headings, sections: sections.filter((section) => section.id !== '' || section.text !== '') };
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function collectReferences(tree: Root) {
  const links: Reference[] = [];
  const images: RenderedMarkdown['images'] = [];
  visit(tree, 'element', (node) => {
    const line = node.position?.start.line;
    if (node.tagName === 'a' && typeof node.properties.href === 'string') links.push({ url: node.properties.href, line });
    if (node.tagName === 'img') {
      images.push({ url: String(node.properties.src ?? ''), alt: String(node.properties.alt ?? ''), line });
    }
  });
  return { links, images };
}

/**
 * Turns an article body into safe HTML plus what the page and the checks need from it.
 * Order matters: raw HTML is parsed and sanitized first, and only then does the site add its own
 * trusted markup (heading ids, callouts, link attributes), so nothing an author writes can forge it.
 */
export function renderMarkdown(source: string, labels: MarkdownLabels): RenderedMarkdown {
  const h1Lines: number[] = [];
  let references: ReturnType<typeof collectReferences> = { links: [], images: [] };
  let outline: ReturnType<typeof collectOutline> = { headings: [], sections: [] };

  const processor = remark()
    .use(remarkGfm)
    .use(() => (tree: MdastRoot) => {
      visit(tree, 'heading', (node) => {
        if (node.depth === 1 && node.position) h1Lines.push(node.position.start.line);
      });
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(() => (tree: Root) => {
      references = collectReferences(tree);
    })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSiteImagesOnly)
    .use(rehypeDemoteH1)
    .use(rehypeSlug)
    .use(rehypeCallouts, labels)
    .use(rehypeExternalLinks, labels)
    .use(rehypeTables, labels)
    .use(rehypeIsolateLatin, labels)
    .use(() => (tree: Root) => {
      outline = collectOutline(tree);
    })
    // After the outline: what these add is the site's, the same in every section, not the article's text to search.
    .use(rehypeMessageHelp, { messages: labels.messages, labels: labels.messageHelp })
    .use(rehypeKeepWhole)
    .use(rehypePrintAddresses, labels.siteUrl)
    .use(rehypeStringify);

  const html = String(processor.processSync(source));
  const wordCount = outline.sections.reduce(
    (total, section) => total + countWords(section.heading) + countWords(section.text),
    0,
  );
  return { html, ...outline, ...references, h1Lines, wordCount };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes to read at about 200 words a minute, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}
