import { NextResponse, type NextRequest } from 'next/server';
import { isLocale } from './lib/i18n/config';
import { chooseLocaleParam, localeCookie, pickLocale } from './lib/i18n/negotiate';
import { publishedPages } from './lib/pages';
import { homePath, localeOfPath, notFoundPath, sitePath } from './lib/paths';

let known: Set<string> | undefined;
const oneYear = 60 * 60 * 24 * 365;

/**
 * - `/` goes to the reader's language: the one they chose, else their browser's, else English.
 * - `?lang=<locale>` (the language switch) remembers the choice in a cookie and drops the parameter.
 * - Unknown addresses get the locale's not-found page, fully rendered, with a 404 status.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const pathname = url.pathname.replace(/(.)\/$/, '$1');

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

  known ??= new Set(publishedPages().map(sitePath));
  if (known.has(pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL(notFoundPath(localeOfPath(pathname)), request.url), { status: 404 });
}

export const config = {
  // Pages only: not Next's own files, nor files with an extension (icons, illustrations, sitemap,
  // the search index and its parts), which Next answers itself, with a plain 404 when unknown.
  matcher: ['/((?!_next/|.*\\.(?:svg|png|ico|xml|txt|json|webmanifest|woff2?)$).*)'],
};
