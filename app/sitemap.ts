import type { MetadataRoute } from 'next';
import { getArticle, getArticles } from '@/lib/content';
import { languageAlternates } from '@/lib/metadata';
import { publishedPages } from '@/lib/pages';
import { sitePath, type SitePath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

function priority(page: SitePath): number {
  if (page.kind === 'home') return 1;
  if (page.kind === 'article') return 0.8;
  if (page.kind === 'category') return 0.7;
  return page.kind === 'contact' && page.problem === undefined ? 0.6 : 0.5;
}

/** When the page's facts were last checked: the article's date, or the newest article's for the home page. */
function lastModified(page: SitePath): Date | undefined {
  if (page.kind === 'home') return new Date(Math.max(...getArticles(page.locale).map((article) => article.updated.getTime())));
  if (page.kind !== 'article') return undefined;
  const article = getArticle(page.locale, page.slug);
  if (!article) throw new Error(`The content listing has ${sitePath(page)}, which lib/content does not publish`);
  return article.updated;
}

/**
 * Every published page in every locale, each with its translations as hreflang alternates; not the
 * results page, which is `noindex`.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return publishedPages()
    .filter((page) => page.kind !== 'search')
    .map((page) => {
      const path = sitePath(page);
      const modified = lastModified(page);
      return {
        url: absoluteUrl(path),
        priority: priority(page),
        ...(modified ? { lastModified: modified } : {}),
        alternates: { languages: languageAlternates(path) },
      };
    });
}
