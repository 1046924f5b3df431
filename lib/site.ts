/** Where the site is served when SITE_URL is not set: fine for a local build, wrong for a published one. */
const localUrl = 'http://localhost:3000';

/**
 * The address the site is published at, from SITE_URL when the site is built (the pages are
 * prerendered): canonical links, hreflang alternates, Open Graph, JSON-LD, the sitemap and
 * robots.txt all use it.
 */
export const siteUrl = (process.env.SITE_URL || localUrl).replace(/\/$/, '');

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Says once per production build that SITE_URL is missing. next.config.ts calls it; the flag in the
 * environment reaches the build's worker processes, which load the config again, so they stay quiet.
 */
export function warnIfSiteUrlMissing(): void {
  if (process.env.SITE_URL || process.env.HELP_SITE_URL_WARNED) return;
  process.env.HELP_SITE_URL_WARNED = '1';
  console.warn(`SITE_URL is not set: canonical links, the sitemap and the other absolute links point to ${localUrl} (set SITE_URL=https://… when building for publication).`);
}
