import { hint, type ContentProblem } from '../problems';
import { localeSources, type ContentRule } from './rule';

export const siteLists: ContentRule = {
  id: 'site-lists',
  description: 'site.json names published articles only (the lists, messagesArticle and orderProblem), and its messagesArticle has a ### heading for each message',
  check(context) {
    return localeSources(context).flatMap((source) => {
      const { lists, siteFile: file } = source;
      if (!lists) return [];
      const problems: ContentProblem[] = [];
      const articles = source.content.articles;
      const slugs = articles.map((article) => article.slug);
      const known = new Set(slugs);
      const check = (field: string, slug: string) => {
        if (known.has(slug)) return true;
        problems.push({ file, field, message: `no published article "${slug}"${hint(slug, slugs)}` });
        return false;
      };
      lists.paymentFailed.forEach((slug, index) => check(`paymentFailed.${index}`, slug));
      lists.popular.forEach((slug, index) => check(`popular.${index}`, slug));
      if (lists.orderProblem !== undefined) check('orderProblem', lists.orderProblem);
      if (lists.messagesArticle !== undefined && check('messagesArticle', lists.messagesArticle)) {
        const article = articles.find((candidate) => candidate.slug === lists.messagesArticle);
        if (!article?.headings.some((heading) => heading.depth === 3)) {
          problems.push({ file, field: 'messagesArticle', message: `"${lists.messagesArticle}" has no ### headings (one per message) for the home page to offer` });
        }
      }
      return problems;
    });
  },
};
