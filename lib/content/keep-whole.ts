import type { Element, ElementContent, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Addresses and codes a reader compares character by character (kpay.com.kw against
 * secure-kpay.com.kw, NOT CAPTURED, a Payment ID) must never break inside: broken at its hyphen,
 * "secure-kpay.com.kw" leaves "kpay.com.kw" at the start of a line, the very thing the warning says
 * is a fake. So the renderer wraps each one in `<span class="keep-whole" dir="ltr">` (inline code
 * gets the class itself): the CSS keeps it on one line (white-space: nowrap), so it moves to the next
 * line as a unit, together with a bracket or quote touching it, and the left-to-right run keeps its
 * dots and hyphens in place inside Arabic text. (An inline block would also move as a unit, but a
 * line could then break between it and its opening bracket.)
 */
export const keepWholeClass = 'keep-whole';

/**
 * Longer than this, an address or code might not fit a 320px line (about 33 characters of body text):
 * it gets `keep-whole-long` as well, which lets it break where it must rather than run off the page.
 * The longest in the library, "amazon.co.uk/reportascam", has 24.
 */
export const maxUnbrokenLength = 32;
const keepWholeLongClass = 'keep-whole-long';
const wholeClasses = (text: string) => (text.length > maxUnbrokenLength ? [keepWholeClass, keepWholeLongClass] : [keepWholeClass]);

/** Marks and isolates (FSI … PDI around a Latin phrase in Arabic text): never part of an address. */
const bidiControls = String.raw`\u200e\u200f\u202a-\u202e\u2066-\u2069`;
/** A host name (two labels or more, the last alphabetic), with an optional scheme, leading dot and path. */
const address = String.raw`(?:https?:\/\/)?\.?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?:\/[^\s"'«»()[\]<>،؛${bidiControls}]*[^\s"'«»()[\]<>،؛.,:;!?؟${bidiControls}])?`;
/** Message names of several words in capitals, and the names of the two KNET references. */
const code = String.raw`NOT CAPTURED|HOST TIMEOUT|DENIED BY RISK|Payment ID|Track ID`;
/** Not part of a longer word, address or e-mail on either side. */
const token = new RegExp(String.raw`(?<![\p{L}\p{N}@.\-/])(?:${address}|${code})(?![\p{L}\p{N}\-]|\.[\p{L}\p{N}])`, 'giu');

const hasRtlLetters = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function classes(node: Element): string[] {
  const value: unknown = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

function keepWhole(text: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: wholeClasses(text), dir: 'ltr' }, children: [{ type: 'text', value: text }] };
}

/** The text in pieces: the addresses and codes in it (`whole`), and the text between them. */
export function keepWholeParts(text: string): { text: string; whole: boolean }[] {
  const parts: { text: string; whole: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(token)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), whole: false });
    parts.push({ text: match[0], whole: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), whole: false });
  return parts;
}

/** The classes of an address or code kept whole: `keep-whole`, and `keep-whole-long` when it may not fit a line. */
export const keepWholeClasses = wholeClasses;

/** The text split around the addresses and codes in it, each of those wrapped. */
export function splitKeepWhole(text: string): ElementContent[] {
  const parts = keepWholeParts(text);
  if (!parts.some((part) => part.whole)) return [{ type: 'text', value: text }];
  return parts.map((part) => (part.whole ? keepWhole(part.text) : { type: 'text', value: part.text }));
}

/** Runs after the site's own markup is added: links, callouts, tables and isolated Latin phrases. */
export function rehypeKeepWhole() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') {
        if (node.tagName === 'pre') return SKIP;
        const names = classes(node);
        if (node.tagName === 'code') {
          if (!names.includes(keepWholeClass)) node.properties.className = [...names, ...wholeClasses(hastToString(node))];
          if (!node.properties.dir && !hasRtlLetters.test(hastToString(node))) node.properties.dir = 'ltr';
          return SKIP;
        }
        // Already kept on one line and isolated (a short Latin name in Arabic text, a table's row name).
        return names.includes(keepWholeClass) || names.includes('nowrap') ? SKIP : undefined;
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const parts = splitKeepWhole(node.value);
      if (parts.length === 1 && parts[0]?.type === 'text') return undefined;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
