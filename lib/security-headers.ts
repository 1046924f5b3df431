/**
 * The security headers of every answer the site gives: the one list. next.config.ts sets them on
 * every response, the proxy sets a page's own Content-Security-Policy over the baseline one, and the
 * request guard (lib/request-guard.ts) puts them on the answers it gives before Next.js runs.
 */

/**
 * The policy is enforced. To trial a change of policy without blocking anything, send it as
 * `Content-Security-Policy-Report-Only` for a while: tests/e2e/csp.spec.ts counts violations either way.
 */
export const contentSecurityPolicyHeader = 'Content-Security-Policy';

/** `'sha256-…'`: a CSP source allowing one inline script, from its SHA-256 in base64. */
export const scriptHashSource = (sha256Base64: string) => `'sha256-${sha256Base64}'`;

export interface PolicyOptions {
  /**
   * The SHA-256 (base64) of each inline script the page may run: the page data Next.js writes into
   * every prerendered page, listed per page at build time (lib/edge-manifest.ts).
   */
  scriptHashes?: readonly string[];
  /**
   * Inline styles allowed: only for answers made on the server outside React (the feedback API's
   * no-JavaScript answer and the editor's report carry their own `style`), never for pages.
   */
  inlineStyles?: boolean;
  /** `next dev` evaluates code (React's debug stacks) and injects scripts and styles of its own. */
  development?: boolean;
  /**
   * A page rendered per request (the results page with a query) cannot be hashed at build time: its
   * inline scripts carry this nonce, made fresh for each response by the proxy, which Next.js reads
   * from the request's policy and puts on its own scripts.
   */
  nonce?: string;
}

/**
 * Nothing by default, then only this site, for what the site uses: no other origin, no `eval`, no
 * inline script but the page's own, by hash. Pages are prerendered and cached, so a nonce (one per
 * response) cannot work for them; the hashes are fixed per page per build. The one page rendered
 * per request gets a nonce instead.
 */
export function contentSecurityPolicy({ scriptHashes = [], inlineStyles = false, development = false, nonce }: PolicyOptions = {}): string {
  const own = [...scriptHashes.map(scriptHashSource), ...(nonce ? [`'nonce-${nonce}'`] : [])];
  const scripts = development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...own];
  const styles = development || inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface SecurityHeader {
  key: string;
  value: string;
}

/**
 * Every security header but the Content-Security-Policy, the same on every answer. HSTS is ignored
 * over plain HTTP, so it is safe on a local server too.
 */
export const staticSecurityHeaders: readonly SecurityHeader[] = [
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

/**
 * The headers of any answer that is not a page: files, API routes, redirects, Next's own 404s. Its
 * policy allows no inline script at all, and inline styles for the API's server-made HTML answers.
 * Pages get their own policy from the proxy (`pageSecurityPolicy`).
 */
export const securityHeaders: readonly SecurityHeader[] = [
  {
    key: contentSecurityPolicyHeader,
    value: contentSecurityPolicy({ inlineStyles: true, development: process.env.NODE_ENV === 'development' }),
  },
  ...staticSecurityHeaders,
];

/** The security headers as a plain record, for `writeHead` and `new Response`. */
export function securityHeaderRecord(): Record<string, string> {
  return Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
}
