import { isLocale, locales } from '@/lib/i18n';
import { getSearchFiles } from '@/lib/search-index';

// The current index at a fixed address, for tools and tests. Pages load it from its build's folder
// (`searchIndexLocation`); this address changes content with each deploy, so caches must revalidate.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search-index.json'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return Response.json(getSearchFiles(locale).payload, { headers: { 'Cache-Control': 'no-cache' } });
}
