import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { edgeManifestPath, ifNoneMatch, pageSecurityPolicy, readEdgeManifest, renderedPageSecurityPolicy } from '@/lib/edge-manifest';
import { buildEdgeManifest, inspectHtml } from '@/lib/edge-manifest-build';

/** The worked example of the CSP specification: `alert('Hello, world.');` hashes to this. */
const helloWorld = { script: "alert('Hello, world.');", sha256: 'qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=' };

const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('inspectHtml', () => {
  it('hashes each inline script as the browser does', () => {
    const { scriptHashes, problems } = inspectHtml(page(`<script>${helloWorld.script}</script>`));
    expect(scriptHashes).toEqual([helloWorld.sha256]);
    expect(problems).toEqual([]);
  });

  it('hashes the text after HTML parsing: CR LF read as LF, entities left as written', () => {
    const [crlf] = inspectHtml(page('<script>a;\r\nb;</script>')).scriptHashes;
    const [lf] = inspectHtml(page('<script>a;\nb;</script>')).scriptHashes;
    expect(crlf).toBe(lf);
    const [entity] = inspectHtml(page('<script>x = "&amp;";</script>')).scriptHashes;
    const [ampersand] = inspectHtml(page('<script>x = "&";</script>')).scriptHashes;
    expect(entity).not.toBe(ampersand);
  });

  it('leaves out scripts with a src, data blocks and repeats, and counts modules', () => {
    const html = page(
      [
        '<script src="/_next/static/chunks/a.js" async=""></script>',
        '<script type="application/ld+json">{"@type":"Article"}</script>',
        `<script>${helloWorld.script}</script>`,
        `<script>${helloWorld.script}</script>`,
        '<script type="module">import "/x.js";</script>',
      ].join(''),
    );
    expect(inspectHtml(html).scriptHashes).toHaveLength(2);
    expect(inspectHtml(html).scriptHashes[0]).toBe(helloWorld.sha256);
  });

  it('finds what a strict policy blocks: handlers, javascript: addresses, inline styles, other origins', () => {
    const { problems } = inspectHtml(
      page(
        [
          '<img src="/a.svg" alt="" onerror="alert(1)">',
          '<a href=" javascript:alert(1)">x</a>',
          '<p style="color:red">x</p>',
          '<style>p{}</style>',
          '<script src="https://cdn.example/x.js"></script>',
          '<script src="//cdn.example/x.js"></script>',
        ].join(''),
      ),
    );
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/event-handler attribute: <img/);
    expect(problems.join('\n')).toMatch(/javascript: address: <a/);
    expect(problems.join('\n')).toMatch(/inline style attribute: <p/);
    expect(problems.join('\n')).toMatch(/inline <style> element/);
    expect(problems.join('\n')).toMatch(/script from another origin: <script src="https:/);
  });
});

describe('buildEdgeManifest', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A build folder holding these prerendered files (address + extension → contents). */
  function build(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'edge-manifest-'));
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(dir, 'server', 'app', file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    return dir;
  }

  it('lists each page’s script hashes, gives revalidated files an entity tag, and the policy lets each script run', () => {
    const distDir = build({
      'en.html': page(`<script>${helloWorld.script}</script>`),
      'en/articles/a.html': page('<script>self.__next_f.push([1,"a"])</script>'),
      'en/search-index.json.body': '{"articles":[]}',
    });
    const { manifest, problems } = buildEdgeManifest({ distDir, pages: ['/en', '/en/articles/a'], revalidatedFiles: ['/en/search-index.json'] });
    expect(problems).toEqual([]);
    expect(manifest.scriptHashes['/en']).toEqual([helloWorld.sha256]);
    expect(pageSecurityPolicy(manifest, '/en')).toContain(`script-src 'self' 'sha256-${helloWorld.sha256}';`);
    expect(manifest.etags['/en/search-index.json']).toMatch(/^"[A-Za-z0-9+/]{43}"$/);
  });

  it('lists the scripts every page has as the layout’s, which a page rendered per request allows by hash beside its nonce', () => {
    const layout = '<script>(function(){document.documentElement.dataset.ready="1"})()</script>';
    const distDir = build({
      'en.html': page(`${layout}<script>${helloWorld.script}</script>`),
      'en/articles/a.html': page(`${layout}<script>self.__next_f.push([1,"a"])</script>`),
    });
    const { manifest, problems } = buildEdgeManifest({ distDir, pages: ['/en', '/en/articles/a'], revalidatedFiles: [] });
    expect(problems).toEqual([]);
    expect(manifest.layoutScriptHashes).toHaveLength(1);
    expect(manifest.scriptHashes['/en']).toContain(manifest.layoutScriptHashes[0]);
    expect(manifest.layoutScriptHashes).not.toContain(helloWorld.sha256);
    const policy = renderedPageSecurityPolicy(manifest, 'bm9uY2U=');
    expect(policy).toContain(`script-src 'self' 'sha256-${manifest.layoutScriptHashes[0]}' 'nonce-bm9uY2U=';`);
    expect(renderedPageSecurityPolicy(undefined, 'bm9uY2U=')).toContain("script-src 'self' 'nonce-bm9uY2U=';");
  });

  it('fails on a page that was not prerendered, a revalidated file that is missing, and markup the policy blocks', () => {
    const distDir = build({ 'en.html': page('<button onclick="go()">Go</button>') });
    const { problems } = buildEdgeManifest({ distDir, pages: ['/en', '/en/contact'], revalidatedFiles: ['/en/search-index.json'] });
    expect(problems).toEqual([
      expect.stringMatching(/^\/en: event-handler attribute: <button onclick/),
      expect.stringMatching(/^\/en\/contact: no prerendered HTML at server\/app\/en\/contact\.html/),
      expect.stringMatching(/^\/en\/search-index\.json: no prerendered body/),
    ]);
  });
});

describe('the manifest as the proxy reads it', () => {
  it('gives an unlisted page a policy with no inline script, never unsafe-inline', () => {
    const policy = pageSecurityPolicy({ scriptHashes: {}, etags: {}, layoutScriptHashes: [] }, '/en/unknown');
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(pageSecurityPolicy(undefined, '/en')).toContain("script-src 'self';");
  });

  it('says which file is missing or invalid, and why', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'edge-manifest-'));
    try {
      const file = edgeManifestPath('.next', dir);
      expect(() => readEdgeManifest(file)).toThrow(`${file}: cannot be read`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ scriptHashes: { '/en': ['not a hash'] }, etags: {} }));
      expect(() => readEdgeManifest(file)).toThrow(/invalid\nscriptHashes\.\/en\.0: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches If-None-Match as RFC 9110 asks: any of a list, weak or strong, or *', () => {
    const etag = '"abc"';
    expect(ifNoneMatch('"abc"', etag)).toBe(true);
    expect(ifNoneMatch('W/"abc"', etag)).toBe(true);
    expect(ifNoneMatch('"x", "abc"', etag)).toBe(true);
    expect(ifNoneMatch('*', etag)).toBe(true);
    expect(ifNoneMatch('"abd"', etag)).toBe(false);
    expect(ifNoneMatch(null, etag)).toBe(false);
    expect(ifNoneMatch('', etag)).toBe(false);
  });
});
