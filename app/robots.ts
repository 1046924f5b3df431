import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n';
import { searchPath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: locales.map((locale) => searchPath(locale)) },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
