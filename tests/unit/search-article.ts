import path from 'node:path';
import type { Locale } from '@/lib/i18n/config';
import type { SearchableArticle } from '@/lib/search/records';
import { compileLexicon, type SearchLexicon, type SearchWords } from '@/lib/search/words';
import { loadSearchWords } from '@/lib/search/words-data';

/** A small article for search tests: its title from the slug, everything else empty unless given. */
export const article = (slug: string, fields: Partial<SearchableArticle> = {}): SearchableArticle => ({
  slug,
  title: slug.replace(/-/g, ' '),
  summary: '',
  keywords: [],
  errors: [],
  sections: [],
  ...fields,
});

/** The site's own search words (`content/`), as the build embeds them in the index. */
export const siteSearchWords = (locale: Locale): SearchWords => loadSearchWords(path.join(process.cwd(), 'content'), locale);

/** The site's search words compiled for a locale, as the engine reads them. */
export const siteLexicon = (locale: Locale): SearchLexicon => compileLexicon(siteSearchWords(locale), locale);
