import type { Metadata } from 'next';
import { defaultLocale, getDictionary, localeInfo, locales, type Locale } from './i18n';
import { localizedPath } from './paths';
import { absoluteUrl } from './site';

interface PageMetadataInput {
  locale: Locale;
  /** The page's path, e.g. `/en/articles/transaction-declined`. */
  path: string;
  title: string;
  description: string;
  type?: 'website' | 'article';
  modifiedTime?: Date;
}

/** Title, description, canonical URL and Open Graph for a page, the same way on every page. */
export function pageMetadata({ locale, path, title, description, type = 'website', modifiedTime }: PageMetadataInput): Metadata {
  const siteName = getDictionary(locale).site.name;
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(path), languages: languageAlternates(path) },
    openGraph: {
      type,
      title,
      description,
      url: absoluteUrl(path),
      siteName,
      locale: localeInfo[locale].ogLocale,
      ...(type === 'article' && modifiedTime ? { modifiedTime: modifiedTime.toISOString() } : {}),
    },
    twitter: { card: 'summary', title, description },
  };
}

/** The page in every locale (same slugs everywhere), for hreflang links and the sitemap. */
export function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(localizedPath(path, locale))])),
    'x-default': absoluteUrl(localizedPath(path, defaultLocale)),
  };
}
