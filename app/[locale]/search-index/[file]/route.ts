import { isLocale, locales } from '@/lib/i18n';
import { getSearchFiles } from '@/lib/search-index';

// The parts of a sharded index (postings and article files), built at `next build` and served as
// static files. An index small enough to be one file has none, and this route then serves nothing.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => [...getSearchFiles(locale).files.keys()].map((file) => ({ locale, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search-index/[file]'>) {
  const { locale, file } = await params;
  const value = isLocale(locale) ? getSearchFiles(locale).files.get(file) : undefined;
  if (!value) return new Response('Not found', { status: 404 });
  return Response.json(value);
}
