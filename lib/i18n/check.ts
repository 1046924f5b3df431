import { locales, type Locale } from './config';
import type { ContentProblem } from '../content/problems';
import { getDictionary } from './index';

type Shape = string | { [key: string]: Shape };

/** The dictionary's keys and the kind of each value, so two locales can be compared. */
function shapeOf(value: unknown): Shape {
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return `list of ${value.length}`;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shapeOf(child)]));
  }
  return typeof value;
}

function compare(reference: Shape, other: Shape, path: string, report: (field: string, message: string) => void) {
  if (typeof reference === 'string' || typeof other === 'string') {
    if (typeof reference !== typeof other || (typeof reference === 'string' && reference !== other)) {
      report(path, `is ${typeof other === 'string' ? other : 'a group of keys'} but the reference has ${typeof reference === 'string' ? reference : 'a group of keys'}`);
    }
    return;
  }
  for (const key of Object.keys(reference)) {
    const field = path ? `${path}.${key}` : key;
    if (!(key in other)) report(field, 'missing: the key exists in the reference dictionary');
    else compare(reference[key]!, other[key]!, field, report);
  }
  for (const key of Object.keys(other)) {
    if (!(key in reference)) report(path ? `${path}.${key}` : key, 'unknown key: it does not exist in the reference dictionary');
  }
}

/**
 * Every locale's dictionary has exactly the keys of the default one, with the same kinds of values
 * (text, function, list of the same length). The type checker catches most of this; this check
 * also runs in `content:check`, which does not type-check.
 */
export function checkDictionaries(reference: Locale = locales[0]): ContentProblem[] {
  return compareDictionaries(
    locales.map((locale) => ({ locale, file: `lib/i18n/dictionaries/${locale}.ts`, dictionary: getDictionary(locale) })),
    reference,
  );
}

/** The same comparison for the dictionaries given, each named by its file in messages. */
export function compareDictionaries(
  dictionaries: readonly { locale: Locale; file: string; dictionary: unknown }[],
  reference: Locale = locales[0],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const referenceEntry = dictionaries.find((entry) => entry.locale === reference);
  if (!referenceEntry) return problems;
  const referenceShape = shapeOf(referenceEntry.dictionary);
  for (const { locale, file, dictionary } of dictionaries) {
    if (locale === reference) continue;
    compare(referenceShape, shapeOf(dictionary), '', (field, message) => problems.push({ file, field, message }));
  }
  return problems;
}
