import type { MetadataRoute } from 'next';
import { getContactPaths } from '@/lib/contact';
import { getArticles, getCategories } from '@/lib/content';
import { locales } from '@/lib/i18n';
import { languageAlternates } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/site';

/** Every page in every locale, each with its translations as hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const entry = (path: string, priority: number, lastModified?: Date) => ({
    url: absoluteUrl(path),
    priority,
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages: languageAlternates(path) },
  });
  return locales.flatMap((locale) => {
    const articles = getArticles(locale);
    const newest = new Date(Math.max(...articles.map((article) => article.updated.getTime())));
    return [
      entry(`/${locale}`, 1, newest),
      ...getContactPaths(locale).map((path) => entry(path, path === `/${locale}/contact` ? 0.6 : 0.5)),
      ...getCategories(locale).map((category) => entry(`/${locale}/categories/${category.slug}`, 0.7)),
      ...articles.map((article) => entry(`/${locale}/articles/${article.slug}`, 0.8, article.updated)),
      entry(`/${locale}/privacy`, 0.2),
    ];
  });
}
