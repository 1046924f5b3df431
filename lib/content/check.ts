import { getDictionary, locales } from '../i18n';
import type { ContentProblem } from './problems';
import type { ReadContent } from './read';
import { contentRules, type ContentRule, type InterfaceText, type RuleContext } from './rules';

export interface CheckOptions {
  /** Interface text to check with the content: `siteInterfaceText()` for content:check. */
  interfaceText?: readonly InterfaceText[];
  /** Check the contact router against this content (the site's own content only). */
  contactRouter?: boolean;
  /** Check the editors' search words; `required` for the site's own content, which must have them. */
  searchWords?: { required: boolean };
  rules?: readonly ContentRule[];
}

/**
 * Runs every rule over content as read and returns all their problems, rule by rule. A rule that
 * throws is reported as a problem of its own file, and the other rules still run.
 */
export function checkContent(read: ReadContent, options: CheckOptions = {}): ContentProblem[] {
  const context: RuleContext = {
    ...read,
    interfaceText: options.interfaceText ?? [],
    contactRouter: options.contactRouter ?? false,
    searchWords: options.searchWords,
  };
  return (options.rules ?? contentRules).flatMap((rule) => {
    try {
      return rule.check(context);
    } catch (error) {
      return [{ file: `lib/content/rules/${rule.id}.ts`, field: 'rule', message: `stopped on an error, so what it checks was not checked: ${String(error)}` }];
    }
  });
}

/** Every locale's dictionary, for content:check. */
export function siteInterfaceText(): InterfaceText[] {
  return locales.map((locale) => ({ locale, file: `lib/i18n/dictionaries/${locale}.ts`, dictionary: getDictionary(locale) }));
}
