import { localeInfo } from '../../i18n';
import { articleIsolationProblems, stringIsolationProblems } from '../bidi';
import { localeSources, type ContentRule } from './rule';

export const isolatedLatin: ContentRule = {
  id: 'isolated-latin',
  description:
    'in right-to-left text (titles, summaries, bodies, source titles, categories, interface text) a Latin phrase with punctuation at its edge or beside an arrow is wrapped in FSI … PDI',
  check(context) {
    const rightToLeft = localeSources(context).filter((source) => localeInfo[source.locale].dir === 'rtl');
    return [
      ...rightToLeft.flatMap((source) => [
        ...stringIsolationProblems(source.categoriesFile, source.categories),
        ...source.articles.flatMap(({ article, body, bodyOffset }) => articleIsolationProblems(article.file, article, body, bodyOffset)),
      ]),
      ...context.interfaceText
        .filter(({ locale }) => localeInfo[locale].dir === 'rtl')
        .flatMap(({ file, dictionary }) => stringIsolationProblems(file, dictionary)),
    ];
  },
};
