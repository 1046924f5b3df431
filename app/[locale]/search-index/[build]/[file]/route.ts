import { isLocale, locales } from '@/lib/i18n';
import { getSearchFiles, immutableCacheControl, searchIndexFileName } from '@/lib/search-index';

// A locale's index files (the index, and a sharded index's postings and article files), under a
// folder named by their hash, built at `next build` and served as static, immutable files.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => {
    const { build, files } = getSearchFiles(locale);
    return [searchIndexFileName, ...files.keys()].map((file) => ({ locale, build, file }));
  });
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search-index/[build]/[file]'>) {
  const { locale, build, file } = await params;
  const files = isLocale(locale) ? getSearchFiles(locale) : undefined;
  const value = !files || files.build !== build ? undefined : file === searchIndexFileName ? files.payload : files.files.get(file);
  if (!value) return new Response('Not found', { status: 404 });
  return Response.json(value, { headers: { 'Cache-Control': immutableCacheControl } });
}
