import { checkSearchWords } from '../../search/words-data';
import { localeSources, type ContentRule } from './rule';

export const searchWords: ContentRule = {
  id: 'search-words',
  description:
    "the editors' search words (content/<locale>/search-words.json, content/search-translations.json) are valid, each listed once, and lead to words the articles hold (content:check; lib/search/words-data.ts reads them)",
  check(context) {
    if (!context.searchWords) return [];
    const content = Object.fromEntries(localeSources(context).map((source) => [source.locale, source.content]));
    return checkSearchWords(context.contentDir, content, { required: context.searchWords.required, displayRoot: context.display() });
  },
};
