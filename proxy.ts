import { NextResponse, type NextRequest } from 'next/server';
import { edgeManifestPath, ifNoneMatch, pageSecurityPolicy, readEdgeManifest, renderedPageSecurityPolicy, type EdgeManifest } from './lib/edge-manifest';
import { isLocale, type Locale } from './lib/i18n/config';
import { chooseLocaleParam, localeCookie, pickLocale } from './lib/i18n/negotiate';
import { publishedPages } from './lib/pages';
import { answeredSearchRoute, homePath, isApiPath, localeOfPath, notFoundPath, parsePath, searchQueryParam, secretRemovedPath, sitePath } from './lib/paths';
import { stripSecrets } from './lib/secrets';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from './lib/security-headers';

let known: Set<string> | undefined;
const oneYear = 60 * 60 * 24 * 365;
const development = process.env.NODE_ENV === 'development';

/**
 * - An address ending in `/` is sent, with a 308, to the same address without it (Next's own
 *   redirect is turned off: it carried none of the security headers).
 * - `/` goes to the reader's language: the one they chose, else their browser's, else English.
 * - `?lang=<locale>` (the language switch) remembers the choice in a cookie and drops the parameter.
 * - A search holding a card number, a code or a personal number (a form sent without JavaScript, a
 *   pasted link) is answered with a redirect to the same search without it (`stripSecrets`) and the
 *   results page's notice, so the number never stays in the address bar or the history, and nothing
 *   renders it.
 * - A search with a query (`/<locale>/search?q=…`) is answered on the server, so it works without
 *   JavaScript: rewritten to `answeredSearchRoute`, with a per-request nonce in its policy.
 * - Each page gets its own Content-Security-Policy: its inline scripts by hash (edge-manifest.json).
 * - Unknown addresses get the locale's not-found page, fully rendered, with a 404 status; a file
 *   address with a malformed percent-encoding gets a 400.
 * - `/<locale>/search-index.json` gets its entity tag, and a 304 when the reader's copy is current.
 *
 * Every redirect's Location is a path of this site, never built from the request's host.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const { pathname } = url;

  if (pathname.length > 1 && pathname.endsWith('/')) return redirect(request, `${pathname.replace(/\/+$/, '')}${url.search}`, 308);

  // Next's files, the API routes and the files outside the locales come here only when their
  // address holds a `%` (the matcher's second pattern): Next.js answers a malformed one with a 500.
  if (!isLocale(pathname.split('/', 2)[1] ?? '') && (isFile(pathname) || isApiPath(pathname))) {
    return decodes(pathname) ? NextResponse.next() : badRequest();
  }
  // Under a locale, the only files are the search index's; any other address is a page or not found.
  const target = parsePath(pathname);
  if (target?.kind === 'search-index') return revalidated(request, pathname);
  if (target?.kind === 'search-index-file') return NextResponse.next();

  if (pathname === '/') {
    const locale = pickLocale(request.cookies.get(localeCookie)?.value, request.headers.get('accept-language'));
    const response = redirect(request, homePath(locale), 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }

  const chosen = url.searchParams.get(chooseLocaleParam);
  if (chosen !== null) {
    const clean = url.clone();
    clean.searchParams.delete(chooseLocaleParam);
    const response = redirect(request, `${clean.pathname}${clean.search}`, 303);
    if (isLocale(chosen)) {
      response.cookies.set(localeCookie, chosen, { path: '/', maxAge: oneYear, sameSite: 'lax', secure: isHttps(request) });
    }
    return response;
  }

  const query = url.searchParams.get(searchQueryParam);
  const searchPage = query ? parsePath(pathname) : undefined;
  if (query && searchPage?.kind === 'search') {
    const stripped = stripSecrets(query);
    if (stripped.kinds.length > 0) {
      const response = NextResponse.redirect(new URL(secretRemovedPath(searchPage.locale, stripped.text), request.url), 303);
      response.headers.set('Cache-Control', 'no-store');
      return response;
    }
  }

  // A search with a query is answered on the server, so it works without JavaScript; the page with
  // no query stays prerendered.
  if (query?.trim() && searchPage?.kind === 'search') return answeredSearch(request, searchPage.locale);

  known ??= new Set(publishedPages().map(sitePath));
  if (known.has(pathname)) return withPagePolicy(NextResponse.next(), pathname);
  const notFound = notFoundPath(localeOfPath(pathname));
  const response = NextResponse.rewrite(new URL(notFound, request.url), { status: 404 });
  // The prerendered page would be cached for a year, and the address may become a page tomorrow.
  response.headers.set('Cache-Control', 'no-cache');
  return withPagePolicy(response, notFound);
}

/**
 * A redirect to a path of this site. Next.js takes an absolute Location from the proxy and sends the
 * path alone when its origin is the server's own (`nextUrl`'s origin is the address the server
 * listens on, never the request's Host header), so the answer's Location is the path. Leading
 * slashes and backslashes are folded into one, so the path can never read as `//other.host`.
 */
function redirect(request: NextRequest, path: string, status: 303 | 307 | 308): NextResponse {
  return NextResponse.redirect(new URL(`/${path.replace(/^[/\\]+/, '')}`, request.nextUrl.origin), status);
}

/** Whether the reader reached the site over HTTPS: directly, or through the deploy's proxy, which says so in `X-Forwarded-Proto`. */
function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return request.nextUrl.protocol === 'https:' || forwarded === 'https';
}

let manifest: EdgeManifest | undefined;
let manifestRead = false;

/** The build's manifest, read once. Missing, it is an error: pages then run no inline script at all. */
function edgeManifest(): EdgeManifest | undefined {
  if (!manifestRead && !development) {
    manifestRead = true;
    try {
      manifest = readEdgeManifest(edgeManifestPath());
    } catch (error) {
      console.error(`proxy: ${(error as Error).message} Pages are served with no inline script allowed.`);
    }
  }
  return manifest;
}

function withPagePolicy(response: NextResponse, page: string): NextResponse {
  const policy = development ? contentSecurityPolicy({ development }) : pageSecurityPolicy(edgeManifest(), page);
  response.headers.set(contentSecurityPolicyHeader, policy);
  return response;
}

/**
 * The results page rendered for this request: its inline scripts cannot be hashed at build time, so
 * they carry a nonce made for this response alone. Next.js reads it from the request's policy and
 * puts it on its own scripts; the answer's policy allows those, and by hash the layout's own
 * scripts that every page has (the manifest's layoutScriptHashes), and no other inline script.
 */
function answeredSearch(request: NextRequest, locale: Locale): NextResponse {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = development ? contentSecurityPolicy({ development }) : renderedPageSecurityPolicy(edgeManifest(), nonce);
  const headers = new Headers(request.headers);
  headers.set(contentSecurityPolicyHeader, policy);
  const target = request.nextUrl.clone();
  target.pathname = answeredSearchRoute(locale);
  const response = NextResponse.rewrite(target, { request: { headers } });
  response.headers.set(contentSecurityPolicyHeader, policy);
  return response;
}

/** The search index's fixed address changes with each deploy: `no-cache`, and an entity tag to revalidate cheaply. */
function revalidated(request: NextRequest, pathname: string): NextResponse {
  const etag = edgeManifest()?.etags[pathname];
  if (!etag) return NextResponse.next();
  if (ifNoneMatch(request.headers.get('if-none-match'), etag)) {
    return new NextResponse(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'no-cache' } });
  }
  return NextResponse.next({ headers: { ETag: etag } });
}

/** Next's own files and files with an extension (icons, illustrations, sitemap). */
const fileExtension = /\.(?:svg|png|ico|xml|txt|json|webmanifest|woff2?)$/;
const isFile = (pathname: string) => pathname.startsWith('/_next/') || fileExtension.test(pathname);

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const badRequest = () =>
  new NextResponse('Bad Request: the address holds a malformed percent-encoding.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

export const config = {
  matcher: [
    // Every address but Next's own files, the API routes, /editor (Next answers them itself: 405,
    // 404), the search index's hashed files, and files outside the locales (the public folder's,
    // the icon, sitemap, robots: the extensions of `fileExtension`). So every address under a
    // locale is a page or gets the not-found page, and any address ending in `/` comes here too.
    // The locales are written out: Next reads the matcher without running this module.
    '/((?!_next/|api/|editor$|(?:en|ar)/search-index/|(?!(?:en|ar)/).*\\.(?:svg|png|ico|xml|txt|json|webmanifest|woff2?)$).*)',
    // Any address with a percent sign, files included, to catch malformed encoding.
    '/(.*%.*)',
  ],
};
