import type { Metadata } from 'next';
import { getDictionary, localeInfo, type Locale } from './i18n';
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
    alternates: { canonical: absoluteUrl(path) },
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
