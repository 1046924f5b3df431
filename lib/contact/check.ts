import type { ContentProblem } from '../content/problems';
import { getDictionary, locales, type Locale } from '../i18n';
import { channels } from './channels';
import { problems } from './routes';
import { checkContactRouter, type ContactRouterResult } from './validate';

type ArticlesByLocale = Partial<Record<Locale, { articles: readonly { slug: string }[] }>>;

/** The site's own router data checked against the given content and every dictionary. */
export function checkSiteContactRouter(content: ArticlesByLocale): ContactRouterResult {
  return checkContactRouter(
    { channels, problems },
    {
      articleSlugs: Object.fromEntries(
        Object.entries(content).map(([locale, localeContent]) => [locale, (localeContent?.articles ?? []).map((article) => article.slug)]),
      ),
      dictionaries: Object.fromEntries(locales.map((locale) => [locale, getDictionary(locale)])),
    },
  );
}

/** For `npm run content:check`: the problems only, in the same form as content problems. */
export function checkContactRouterAgainst(content: ArticlesByLocale): ContentProblem[] {
  return checkSiteContactRouter(content).problems;
}
