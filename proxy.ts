import { NextResponse, type NextRequest } from 'next/server';
import { localeOfPath, notFoundPath, pagePaths } from './lib/known-paths';

let known: Set<string> | undefined;

/** Unknown addresses get the reader's not-found page, fully rendered, with a 404 status. */
export function proxy(request: NextRequest) {
  known ??= pagePaths();
  const pathname = request.nextUrl.pathname.replace(/(.)\/$/, '$1');
  if (pathname === '/' || known.has(pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL(notFoundPath(localeOfPath(pathname)), request.url), { status: 404 });
}

export const config = {
  // Pages only: not Next's own files, nor files with an extension (icons, illustrations, sitemap),
  // except the search index, which is a page-like route of its own.
  matcher: ['/((?!_next/|.*\\.(?:svg|png|ico|xml|txt|webmanifest|woff2?)$).*)'],
};
