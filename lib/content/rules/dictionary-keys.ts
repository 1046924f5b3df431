import { compareDictionaries } from '../../i18n/check';
import type { ContentRule } from './rule';

export const dictionaryKeys: ContentRule = {
  id: 'dictionary-keys',
  description: 'every locale\'s interface text has the keys of the English dictionary, with the same kinds of values',
  check: (context) => compareDictionaries(context.interfaceText),
};
