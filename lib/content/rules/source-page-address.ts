import { localeSources, type ContentRule } from './rule';

/** True for `https://example.com` and `https://example.com/` (whatever follows a `?` or `#`): a site's home page. */
export function isHomePageAddress(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/+$/, '') === '';
  } catch {
    return false;
  }
}

/**
 * A source says which page a fact comes from. A site's home page does not: the reader cannot find the
 * fact there. Where FACTS.md gives no page address, cite the source without a `url` (its title says
 * what it says) rather than link its home page.
 */
export const sourcePageAddress: ContentRule = {
  id: 'source-page-address',
  description: "a source's url is the page the facts come from, never a site's home page (a path that is empty or /)",
  check(context) {
    return localeSources(context).flatMap((source) =>
      source.articles.flatMap(({ article }) =>
        article.sources.flatMap((cited, index) =>
          cited.url !== undefined && isHomePageAddress(cited.url)
            ? [
                {
                  file: article.file,
                  field: `sources.${index}.url`,
                  message: `"${cited.url}" is a home page, not the page the facts come from: give the page's address from FACTS.md, or leave out url and cite "${cited.title}" by name`,
                },
              ]
            : [],
        ),
      ),
    );
  },
};
