import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { pageSecurityPolicy, type EdgeManifest } from './edge-manifest';
import { scriptHashSource } from './security-headers';

/**
 * Builds the proxy's manifest (lib/edge-manifest.ts) from a finished `next build`: hashes each
 * prerendered page's inline scripts, and checks that the policy the proxy will send lets every one
 * of them run and finds nothing else in the page that a strict policy blocks (an event-handler
 * attribute, a `javascript:` address, an inline style). HTML is read with parse5, the parser that
 * implements the HTML standard, so a script's text is exactly what the browser hashes.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('base64');

/** Script types a browser runs (HTML's "JavaScript MIME type" list, modules, import maps); others are data. */
const runnableType = /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript)|module|importmap|speculationrules)$/i;
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

export interface HtmlInspection {
  /** SHA-256 (base64) of each inline script the browser would run, in document order, without repeats. */
  scriptHashes: string[];
  /** What a policy without 'unsafe-inline' would block, or what comes from another origin. */
  problems: string[];
}

/** The inline scripts of a page and everything in it that a strict Content-Security-Policy would block. */
export function inspectHtml(html: string): HtmlInspection {
  const hashes = new Set<string>();
  const problems: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) inspectElement(node, hashes, problems);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if (node.nodeName === 'template' && 'content' in node) node.content.childNodes.forEach(visit);
  };
  visit(parse(html));
  return { scriptHashes: [...hashes], problems };
}

function inspectElement(element: Element, hashes: Set<string>, problems: string[]) {
  const attribute = (name: string) => element.attrs.find((attr) => attr.name === name)?.value;
  const shown = `<${element.tagName}${element.attrs.map(({ name, value }) => ` ${name}="${value.slice(0, 40)}"`).join('')}>`;
  for (const { name, value } of element.attrs) {
    if (/^on/i.test(name)) problems.push(`event-handler attribute: ${shown}`);
    if (urlAttributes.has(name) && /^\s*javascript:/i.test(value)) problems.push(`javascript: address: ${shown}`);
    if (name === 'style') problems.push(`inline style attribute: ${shown}`);
  }
  if (element.tagName === 'style') problems.push(`inline <style> element: ${shown}`);
  if (element.tagName !== 'script') return;
  const src = attribute('src');
  const type = attribute('type')?.trim() ?? '';
  if (src !== undefined) {
    if (!src.startsWith('/') || src.startsWith('//')) problems.push(`script from another origin: ${shown}`);
    return;
  }
  if (type !== '' && !runnableType.test(type)) return;
  const text = element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
  hashes.add(sha256(text));
}

/** The script-src sources of a policy. */
function scriptSources(policy: string): Set<string> {
  const directive = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([name]) => name === 'script-src');
  return new Set(directive?.slice(1) ?? []);
}

export interface BuildInput {
  /** The build folder, absolute. */
  distDir: string;
  /** The pages the proxy serves (published pages and each locale's not-found page), as `sitePath` writes them. */
  pages: readonly string[];
  /** Files served `no-cache` that get an entity tag (each locale's search-index.json). */
  revalidatedFiles: readonly string[];
}

/** The prerendered HTML (pages) or body (route handlers) of an address, where `next build` writes it. */
const prerendered = (distDir: string, address: string, extension: '.html' | '.body') =>
  path.join(distDir, 'server', 'app', `${decodeURIComponent(address)}${extension}`);

/**
 * The manifest of a build, and every problem found. A problem fails the build: a page the proxy
 * serves that was not prerendered, a script its policy would block, markup a strict policy blocks.
 */
export function buildEdgeManifest({ distDir, pages, revalidatedFiles }: BuildInput): { manifest: EdgeManifest; problems: string[] } {
  const manifest: EdgeManifest = { scriptHashes: {}, etags: {}, layoutScriptHashes: [] };
  const problems: string[] = [];
  const inspected = new Map<string, string[]>();
  for (const page of pages) {
    const file = prerendered(distDir, page, '.html');
    if (!existsSync(file)) {
      problems.push(`${page}: no prerendered HTML at ${path.relative(distDir, file)}; every page the proxy serves must be static.`);
      continue;
    }
    const { scriptHashes, problems: found } = inspectHtml(readFileSync(file, 'utf8'));
    inspected.set(page, scriptHashes);
    manifest.scriptHashes[page] = [...scriptHashes];
    problems.push(...found.map((problem) => `${page}: ${problem}`));
  }
  // Scripts on every page come from the layout, which the page rendered per request shares.
  const everyPage = [...inspected.values()];
  manifest.layoutScriptHashes = everyPage.length === 0 ? [] : everyPage[0]!.filter((hash) => everyPage.every((hashes) => hashes.includes(hash)));
  // The policy the proxy will send, from the manifest as written, must let every inline script run.
  for (const [page, hashes] of inspected) {
    const allowed = scriptSources(pageSecurityPolicy(manifest, page));
    const missing = hashes.filter((hash) => !allowed.has(scriptHashSource(hash)));
    if (missing.length > 0) problems.push(`${page}: ${missing.length} inline script(s) whose hash the page's policy lacks: ${missing.join(', ')}`);
  }
  for (const address of revalidatedFiles) {
    const file = prerendered(distDir, address, '.body');
    if (!existsSync(file)) {
      problems.push(`${address}: no prerendered body at ${path.relative(distDir, file)}.`);
      continue;
    }
    manifest.etags[address] = `"${sha256(readFileSync(file)).replace(/=+$/, '')}"`;
  }
  return { manifest, problems };
}
