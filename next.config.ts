import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { warnIfSiteUrlMissing } from './lib/site';

const isDev = process.env.NODE_ENV === 'development';

/**
 * Nothing loads from anywhere but this site. Scripts and styles need 'unsafe-inline' because the
 * pages are prerendered: Next.js writes its page data as inline scripts, and nonces only exist on
 * dynamically rendered pages. Article HTML is sanitized at build time, so no author or reader input
 * can add a script of its own.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // Lets parallel work build and serve separate copies side by side (NEXT_DIST_DIR=.next-mine).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Only for a second build of code the first build has just type-checked (scripts/build-hostile.ts).
  typescript: { ignoreBuildErrors: process.env.HELP_SKIP_TYPECHECK === '1' },
  // The feedback database drivers load their WebAssembly and native parts from their own folders.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default function config(phase: string): NextConfig {
  // `next typegen` loads the config in the build phase too; only `next build` builds pages.
  if (phase === PHASE_PRODUCTION_BUILD && process.argv.includes('build')) warnIfSiteUrlMissing();
  return nextConfig;
}
