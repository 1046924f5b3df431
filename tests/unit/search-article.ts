import type { SearchableArticle } from '@/lib/search/records';

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
