import { checkContactRouterAgainst } from '../../contact/check';
import { localeSources, type ContentRule } from './rule';

export const contactRouter: ContentRule = {
  id: 'contact-router',
  description: 'the contact router\'s routes (lib/contact/) lead to published articles, known channels and existing texts (the site\'s own content only)',
  check(context) {
    if (!context.contactRouter) return [];
    return checkContactRouterAgainst(Object.fromEntries(localeSources(context).map((source) => [source.locale, source.content])));
  },
};
