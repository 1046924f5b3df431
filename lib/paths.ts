import { defaultLocale, isLocale, type Locale } from './i18n/config';

/**
 * Every address of the site, built and read back in one place. Pages, components, the sitemap,
 * metadata, the proxy, the search engine and the tests build URLs with these functions only, so a
 * route that moves moves everywhere at once. Imports nothing but the locale list: safe in client
 * bundles and in the proxy.
 */

/** A page or file of the site, as `parsePath` reads it and `sitePath` writes it. */
export type SitePath =
  | { kind: 'home'; locale: Locale }
  | { kind: 'category'; locale: Locale; category: string }
  | { kind: 'article'; locale: Locale; slug: string }
  | { kind: 'contact'; locale: Locale; problem?: string; answer?: string }
  | { kind: 'search'; locale: Locale }
  | { kind: 'privacy'; locale: Locale }
  | { kind: 'check-message'; locale: Locale }
  | { kind: 'not-found'; locale: Locale }
  | { kind: 'search-index'; locale: Locale }
  | { kind: 'search-index-file'; locale: Locale; file: string };

const segment = encodeURIComponent;
/** `#<id>` for a heading or section of a page, percent-encoded (Arabic ids included); empty for none. */
export const sectionHash = (id: string | undefined) => (id ? `#${segment(id)}` : '');

/** `/en`, or `/en#topics` for a section of the home page. */
export const homePath = (locale: Locale, section?: string) => `/${locale}${sectionHash(section)}`;

export const categoryPath = (locale: Locale, category: string) => `/${locale}/categories/${segment(category)}`;

/** `/en/articles/<slug>`, or `…#<heading id>` for one section (Arabic ids percent-encoded). */
export const articlePath = (locale: Locale, slug: string, section?: string) => `/${locale}/articles/${segment(slug)}${sectionHash(section)}`;

/** The contact router: the first step, a problem, or a problem's answer. */
export function contactPath(locale: Locale, problem?: string, answer?: string): string {
  const base = `/${locale}/contact`;
  if (problem === undefined) return base;
  return answer === undefined ? `${base}/${segment(problem)}` : `${base}/${segment(problem)}/${segment(answer)}`;
}

/**
 * Where the proxy sends a search with a query, to be answered on the server (a route, never an
 * address readers see: the proxy answers it as not found when asked for directly).
 */
export const answeredSearchRoute = (locale: Locale) => `/${locale}/search/answered`;

/** The query parameter of the results page: `/en/search?q=…`. */
export const searchQueryParam = 'q';

/** The results page, with the query when there is one. */
export const searchPath = (locale: Locale, query?: string) => `/${locale}/search${query ? `?${searchQueryParam}=${segment(query)}` : ''}`;

/** What the feedback features keep, and for how long. */
export const privacyPath = (locale: Locale) => `/${locale}/privacy`;

/** "Is this message a scam?": the message check, which runs in the browser (lib/message-check). */
export const checkMessagePath = (locale: Locale) => `/${locale}/check-message`;

/** The results page for a query whose card numbers, codes or personal numbers were removed (`stripSecrets`), with its notice. */
export const secretRemovedAnchor = 'search-secret-removed';
export const secretRemovedPath = (locale: Locale, query?: string) => `${searchPath(locale, query)}#${secretRemovedAnchor}`;

/** The prerendered not-found page the proxy serves, with a 404 status, for unknown addresses. */
export const notFoundPath = (locale: Locale) => `/${locale}/page-not-found`;

/** The search index: the whole of it, or the core of a sharded one. */
export const searchIndexPath = (locale: Locale) => `/${locale}/search-index.json`;

/** One part of a sharded search index (`postings-<n>.json`, `article-<n>.json`). */
export const searchIndexFilePath = (locale: Locale, file: string) => `/${locale}/search-index/${segment(file)}`;

/** Where the API routes live. They answer their own methods; pages and files take GET and HEAD. */
export const apiPathPrefix = '/api/';

export const isApiPath = (pathname: string) => pathname.startsWith(apiPathPrefix) || pathname === apiPathPrefix.slice(0, -1);

/** POST: a reader's answer to "Did this article help?". */
export const feedbackApiPath = `${apiPathPrefix}feedback`;

/** POST: searches that found nothing (lib/feedback/search-gaps-client.ts). */
export const searchGapsApiPath = `${apiPathPrefix}search-gaps`;

/** The path of a page or file of the site: the inverse of `parsePath`. */
export function sitePath(page: SitePath): string {
  switch (page.kind) {
    case 'home':
      return homePath(page.locale);
    case 'category':
      return categoryPath(page.locale, page.category);
    case 'article':
      return articlePath(page.locale, page.slug);
    case 'contact':
      return contactPath(page.locale, page.problem, page.problem === undefined ? undefined : page.answer);
    case 'search':
      return searchPath(page.locale);
    case 'privacy':
      return privacyPath(page.locale);
    case 'check-message':
      return checkMessagePath(page.locale);
    case 'not-found':
      return notFoundPath(page.locale);
    case 'search-index':
      return searchIndexPath(page.locale);
    case 'search-index-file':
      return searchIndexFilePath(page.locale, page.file);
  }
}

/**
 * What a pathname names, or undefined when it is not shaped like an address of the site (whether
 * that article or category exists is for `lib/content` to say). A query string or anchor is
 * ignored, one trailing slash is allowed, and segments are percent-decoded: malformed encoding
 * names nothing.
 */
export function parsePath(pathname: string): SitePath | undefined {
  const segments = splitPath(pathname);
  if (!segments) return undefined;
  const [first, section, name, answer, ...rest] = segments;
  if (first === undefined || !isLocale(first) || rest.length > 0) return undefined;
  const locale = first;
  if (section === undefined) return { kind: 'home', locale };
  if (section === 'contact') {
    if (name === undefined) return { kind: 'contact', locale };
    return answer === undefined ? { kind: 'contact', locale, problem: name } : { kind: 'contact', locale, problem: name, answer };
  }
  if (answer !== undefined) return undefined;
  if (name === undefined) {
    if (section === 'search') return { kind: 'search', locale };
    if (section === 'privacy') return { kind: 'privacy', locale };
    if (section === 'check-message') return { kind: 'check-message', locale };
    if (section === 'page-not-found') return { kind: 'not-found', locale };
    if (section === 'search-index.json') return { kind: 'search-index', locale };
    return undefined;
  }
  if (section === 'categories') return { kind: 'category', locale, category: name };
  if (section === 'articles') return { kind: 'article', locale, slug: name };
  if (section === 'search-index') return { kind: 'search-index-file', locale, file: name };
  return undefined;
}

/** The decoded segments of a path, or undefined when it is not absolute, has an empty segment or is not decodable. */
function splitPath(pathname: string): string[] | undefined {
  const path = pathname.split(/[?#]/, 1)[0]!.replace(/(.)\/$/, '$1');
  if (!path.startsWith('/')) return undefined;
  if (path === '/') return [];
  try {
    const segments = path.slice(1).split('/').map((part) => decodeURIComponent(part));
    return segments.includes('') ? undefined : segments;
  } catch {
    return undefined;
  }
}

/**
 * The same page in another locale (`/en/articles/x` → `/ar/articles/x`), for the language switch
 * and hreflang. An address that is not a page of the site keeps its tail under the new locale.
 */
export function localizedPath(pathname: string, locale: Locale): string {
  const page = parsePath(pathname);
  if (page) return sitePath({ ...page, locale });
  const [, first = '', ...rest] = pathname.split('/');
  const tail = isLocale(first) ? rest : [first, ...rest].filter(Boolean);
  return `/${[locale, ...tail].join('/')}`.replace(/\/$/, '');
}

/** The locale a path belongs to, for its not-found page; the default locale when it names none. */
export function localeOfPath(pathname: string, fallback: Locale = defaultLocale): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) ? first : fallback;
}
