import { contactSteps } from './contact/paths';
import { problems } from './contact/routes';
import { listContent, type ContentListing } from './content/listing';
import { locales, type Locale } from './i18n/config';
import type { SitePath } from './paths';

/**
 * Every page the site publishes, in every locale: the fixed pages, each step of the contact router,
 * and the categories and articles of the content listing. The proxy (to tell a page from an unknown
 * address), the sitemap and the link checker all ask this one function. Cheap: no Markdown is
 * rendered, so the proxy can compute it at run time.
 */
export function publishedPages(listing: Partial<Record<Locale, ContentListing>> = listContent()): SitePath[] {
  return locales.flatMap((locale): SitePath[] => {
    const content = listing[locale];
    return [
      { kind: 'home', locale },
      { kind: 'search', locale },
      { kind: 'privacy', locale },
      { kind: 'check-message', locale },
      ...contactSteps(locale, problems),
      ...(content?.categories ?? []).map((category): SitePath => ({ kind: 'category', locale, category })),
      ...(content?.articles ?? []).map(({ slug }): SitePath => ({ kind: 'article', locale, slug })),
    ];
  });
}
