import type { MetadataRoute } from 'next';
import { getContactPaths } from '@/lib/contact';
import { getArticles, getCategories } from '@/lib/content';
import { locales } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  return locales.flatMap((locale) => {
    const articles = getArticles(locale);
    const newest = new Date(Math.max(...articles.map((article) => article.updated.getTime())));
    return [
      { url: absoluteUrl(`/${locale}`), lastModified: newest, priority: 1 },
      ...getContactPaths(locale).map((path) => ({ url: absoluteUrl(path), priority: path === `/${locale}/contact` ? 0.6 : 0.5 })),
      ...getCategories(locale).map((category) => ({ url: absoluteUrl(`/${locale}/categories/${category.slug}`), priority: 0.7 })),
      ...articles.map((article) => ({ url: absoluteUrl(`/${locale}/articles/${article.slug}`), lastModified: article.updated, priority: 0.8 })),
    ];
  });
}
