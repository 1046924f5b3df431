import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { distDir } from './lib/edge-manifest';
import { securityHeaders } from './lib/security-headers';
import { warnIfSiteUrlMissing } from './lib/site';

/** Re-exported for code that imports the list from here; lib/security-headers.ts owns it. */
export { securityHeaders };

const nextConfig: NextConfig = {
  // Lets parallel work build and serve separate copies side by side (NEXT_DIST_DIR=.next-mine).
  distDir,
  // Only for a second build of code the first build has just type-checked (scripts/build-hostile.ts).
  typescript: { ignoreBuildErrors: process.env.HELP_SKIP_TYPECHECK === '1' },
  // The feedback database drivers load their WebAssembly and native parts from their own folders.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  // Next's own redirect of `/page/` to `/page` carries none of the headers below; proxy.ts does it.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  async headers() {
    // Every answer; the proxy sets each page's own Content-Security-Policy over this one.
    return [{ source: '/:path*', headers: [...securityHeaders] }];
  },
};

export default function config(phase: string): NextConfig {
  // `next typegen` loads the config in the build phase too; only `next build` builds pages.
  if (phase === PHASE_PRODUCTION_BUILD && process.argv.includes('build')) warnIfSiteUrlMissing();
  return nextConfig;
}
