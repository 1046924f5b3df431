/**
 * `npm run build:deploy` (after `npm run build`): the folder to copy to each app machine, made from
 * Next's standalone output. `next build` leaves out what a CDN would usually serve, so this adds it:
 * `<distDir>/static` (the hashed `_next/static` files), `public/`, and the edge manifest the proxy
 * reads for each page's Content-Security-Policy (scripts/edge-manifest.ts writes it after the build).
 * The server is then `node server.js` in that folder, with instrumentation.ts (the request guard,
 * the database at start) inside, as under `next start`.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { edgeManifestPath } from '../lib/edge-manifest';

export const root = path.resolve(import.meta.dirname, '..');

/** Makes `into` (emptied first) from the build in `distDir`; throws naming what is missing. */
export function assembleBundle({ distDir, into }: { distDir: string; into: string }): void {
  const build = path.join(root, distDir);
  const standalone = path.join(build, 'standalone');
  const required = [
    [path.join(standalone, 'server.js'), `no standalone server in ${distDir}/ (next.config.ts sets output: 'standalone'): build again`],
    [edgeManifestPath(distDir, root), `no edge manifest in ${distDir}/: run \`tsx scripts/edge-manifest.ts\` after \`next build\` (npm run build does)`],
  ] as const;
  for (const [file, problem] of required) if (!existsSync(file)) throw new Error(`build:deploy: ${problem} (${file} is missing)`);
  rmSync(into, { recursive: true, force: true });
  cpSync(standalone, into, { recursive: true, verbatimSymlinks: true });
  cpSync(path.join(build, 'static'), path.join(into, distDir, 'static'), { recursive: true });
  cpSync(path.join(root, 'public'), path.join(into, 'public'), { recursive: true });
  cpSync(edgeManifestPath(distDir, root), edgeManifestPath(distDir, into));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  const outIndex = process.argv.indexOf('--out');
  const into = path.resolve(outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1]! : path.join(root, distDir, 'bundle'));
  try {
    assembleBundle({ distDir, into });
    console.log(`build:deploy: ${path.relative(process.cwd(), into) || '.'}/ is ready: copy it to each app machine and run \`node server.js\` there (README "Deploy").`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
