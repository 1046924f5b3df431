import { isLocale, locales } from '@/lib/i18n';
import { getSearchFiles } from '@/lib/search-index';

// Built once per locale at `next build` (Fuse.createIndex) and served as a static file.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search-index.json'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return Response.json(getSearchFiles(locale).payload);
}
