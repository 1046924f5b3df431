import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentSecurityPolicy } from './security-headers';

/**
 * What the proxy needs to know about a production build and cannot ask Next.js: the inline scripts
 * of each prerendered page (for its Content-Security-Policy) and the entity tag of each file served
 * with `no-cache`. Written into the build folder by `scripts/edge-manifest.ts` right after
 * `next build` (`npm run build`, `build:test`, `build:hostile`), read by the proxy once.
 */

/** The build folder: `.next`, or another for parallel builds (`.next-test`, `.next-hostile`). */
export const distDir = process.env.NEXT_DIST_DIR ?? '.next';

export const edgeManifestFile = 'edge-manifest.json';

export const edgeManifestSchema = z.object({
  /** Page address (as `sitePath` writes it) → the SHA-256, base64, of each inline script of its HTML. */
  scriptHashes: z.record(z.string(), z.array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/))),
  /** File address → its strong entity tag, a hash of its body. */
  etags: z.record(z.string(), z.string().regex(/^"[^"]+"$/)),
  /**
   * The inline scripts every page has (the layout's own, such as the navigation feedback): a page
   * rendered per request, whose other scripts carry a nonce, allows these by hash.
   */
  layoutScriptHashes: z.array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/)),
});

export type EdgeManifest = z.infer<typeof edgeManifestSchema>;

export function edgeManifestPath(dir = distDir, root = process.cwd()): string {
  return path.join(root, dir, edgeManifestFile);
}

/** Reads and validates a build's manifest; throws naming the file and the reason. */
export function readEdgeManifest(file = edgeManifestPath()): EdgeManifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot be read (${(error as Error).message}); \`npm run build\` writes it after \`next build\`.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}).`);
  }
  const parsed = edgeManifestSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`${file}: invalid\n${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  }
  return parsed.data;
}

/**
 * The Content-Security-Policy of a page: its own inline scripts by hash, nothing else inline. A page
 * the manifest does not list gets no inline script at all: it stays readable, and never falls back
 * to 'unsafe-inline'.
 */
export function pageSecurityPolicy(manifest: EdgeManifest | undefined, pagePath: string): string {
  return contentSecurityPolicy({ scriptHashes: manifest?.scriptHashes[pagePath] ?? [] });
}

/** The policy of a page rendered per request: Next.js's scripts by this response's nonce, the layout's own by hash. */
export function renderedPageSecurityPolicy(manifest: EdgeManifest | undefined, nonce: string): string {
  return contentSecurityPolicy({ nonce, scriptHashes: manifest?.layoutScriptHashes ?? [] });
}

/** Whether an `If-None-Match` header names this entity tag (weak comparison, as RFC 9110 asks). */
export function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
