import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

const unsafeUrl = /^\s*(javascript|vbscript|data|file):/i;

/**
 * The file in `publicDir` an image address of an article names, or why it names none. Browsers
 * resolve `..` (and %2e%2e) before asking, so `/../x` means `/x`, but on disk it would leave public/;
 * a symbolic link in public/ that leads elsewhere would publish a file from outside it.
 */
export function resolvePublicFile(url: string, publicDir: string): { path: string } | { reason: string } {
  if (unsafeUrl.test(url) || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    return { reason: 'must be a file of this site (a path such as /illustrations/knet-flow.svg)' };
  }
  if (!url.startsWith('/')) return { reason: 'does not exist in public/' };
  let sitePath: string;
  try {
    sitePath = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return { reason: 'has a malformed percent-encoding (% must be followed by two hexadecimal digits of UTF-8)' };
  }
  const root = path.resolve(publicDir);
  const target = path.resolve(root, `.${sitePath}`);
  if (sitePath.split(/[/\\]/).includes('..') || !(target === root || target.startsWith(root + path.sep))) {
    return { reason: 'climbs out of public/ with "..": write the path from public/, such as /illustrations/knet-flow.svg' };
  }
  if (!existsSync(target)) return { reason: 'does not exist in public/' };
  const realRoot = realpathSync(root);
  const real = realpathSync(target);
  if (!(real === realRoot || real.startsWith(realRoot + path.sep))) return { reason: 'is a symbolic link that leads outside public/' };
  return { path: target };
}
