import { NextResponse, type NextRequest } from 'next/server';
import { isLocale } from './lib/i18n/config';
import { chooseLocaleParam, localeCookie, pickLocale } from './lib/i18n/negotiate';
import { publishedPages } from './lib/pages';
import { homePath, isApiPath, localeOfPath, notFoundPath, parsePath, searchQueryParam, secretRemovedPath, sitePath } from './lib/paths';
import { stripSecrets } from './lib/secrets';

let known: Set<string> | undefined;
const oneYear = 60 * 60 * 24 * 365;

/**
 * - `/` goes to the reader's language: the one they chose, else their browser's, else English.
 * - `?lang=<locale>` (the language switch) remembers the choice in a cookie and drops the parameter.
 * - Unknown addresses get the locale's not-found page, fully rendered, with a 404 status; a file
 *   address with a malformed percent-encoding gets a 400.
 * - A search holding a card number, a code or a personal number (a form sent without JavaScript, a
 *   pasted link) is answered with a redirect to the same search without it (`stripSecrets`) and the
 *   results page's notice, so the number never stays in the address bar or the history, and nothing
 *   renders it.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const pathname = url.pathname.replace(/(.)\/$/, '$1');

  // Files and API routes come here only when their address holds a `%` (the matcher's second
  // pattern): Next.js answers a malformed one with a 500, so it gets a 400 here.
  if (isFile(pathname) || isApiPath(pathname)) return decodes(pathname) ? NextResponse.next() : badRequest();

  if (pathname === '/') {
    const locale = pickLocale(request.cookies.get(localeCookie)?.value, request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(homePath(locale), request.url), 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }

  const chosen = url.searchParams.get(chooseLocaleParam);
  if (chosen !== null) {
    const clean = url.clone();
    clean.searchParams.delete(chooseLocaleParam);
    const response = NextResponse.redirect(clean, 303);
    if (isLocale(chosen)) response.cookies.set(localeCookie, chosen, { path: '/', maxAge: oneYear, sameSite: 'lax' });
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

  known ??= new Set(publishedPages().map(sitePath));
  if (known.has(pathname)) return NextResponse.next();
  const notFound = NextResponse.rewrite(new URL(notFoundPath(localeOfPath(pathname)), request.url), { status: 404 });
  // The prerendered page would be cached for a year, and the address may become a page tomorrow.
  notFound.headers.set('Cache-Control', 'no-cache');
  return notFound;
}

/** Next's own files and files with an extension (icons, illustrations, sitemap, the search index and its parts). */
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
    // Pages: not Next's own files, files (the extensions of `fileExtension`), the API routes or
    // /editor, which Next answers itself (405, 404) and are not pages.
    '/((?!_next/|api/|editor$|.*\\.(?:svg|png|ico|xml|txt|json|webmanifest|woff2?)$).*)',
    // Any address with a percent sign, files included, to catch malformed encoding.
    '/(.*%.*)',
  ],
};
