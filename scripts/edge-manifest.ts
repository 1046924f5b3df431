/**
 * Runs right after `next build` (npm's `postbuild`, and scripts/next-build.ts for the test builds):
 * writes the build folder's edge-manifest.json, the inline-script hashes of every page the proxy
 * serves (their Content-Security-Policy) and the entity tags of the files it revalidates
 * (lib/edge-manifest-build.ts). Exits non-zero, naming each problem, when a page has a script or
 * markup its policy would block; nothing is written then.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEdgeManifest } from '../lib/edge-manifest-build';
import { distDir, edgeManifestPath } from '../lib/edge-manifest';
import { locales } from '../lib/i18n/config';
import { publishedPages } from '../lib/pages';
import { notFoundPath, searchIndexPath, sitePath } from '../lib/paths';

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.error(`edge-manifest: no finished build in ${distDir}/ (no BUILD_ID): run it after \`next build\`.`);
  process.exit(1);
}
const { manifest, problems } = buildEdgeManifest({
  distDir: path.join(root, distDir),
  pages: [...publishedPages().map(sitePath), ...locales.map(notFoundPath)],
  revalidatedFiles: locales.map(searchIndexPath),
});
if (problems.length > 0) {
  console.error(`edge-manifest: ${problems.length} problem(s) in ${distDir}/; the pages' Content-Security-Policy would block them:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const file = edgeManifestPath(distDir, root);
writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
renameSync(`${file}.tmp`, file);
const pages = Object.keys(manifest.scriptHashes).length;
const hashes = new Set(Object.values(manifest.scriptHashes).flat()).size;
console.log(`edge-manifest: ${pages} pages, ${hashes} distinct inline-script hashes, ${Object.keys(manifest.etags).length} entity tags → ${path.relative(root, file)} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
