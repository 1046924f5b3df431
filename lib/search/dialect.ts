import { stripArabicSuffix } from './normalize';

/**
 * A light stemmer for dialect verb forms (Gulf, Egyptian, Levantine), used on query words the index
 * does not hold ("يقبلون", "بتقبل", "ماوصلني", "انسرقت", "مرجعتش", "اتخصم", "بياخد"). It never changes the index: it offers the forms a
 * word may stand for, and the planner keeps the first one the index holds. Index and query keep
 * sharing the one normalisation in `normalize.ts`; this only reaches words that would find nothing.
 */

/**
 * Prefixes of the present tense with the habitual ب ("بيصير", "بتقبل", "بنروح", "بادفع"), the
 * Egyptian and Levantine future ه/ح ("هيرجع", "حيرجع"), the Egyptian passive ات ("اتخصم"), the
 * present passive of both, with or without the habitual ب ("بيترفض", "تنرفض", "بتنسحب", "بينخصم"),
 * and the bare ones. The longest that fits is tried too, so a passive loses both its letters.
 */
const verbPrefixes = ['بيت', 'بتت', 'بتن', 'بين', 'تن', 'ين', 'بي', 'بت', 'بن', 'با', 'هي', 'هت', 'حي', 'حت', 'ات', 'ي', 'ت', 'ن', 'ا'];
/**
 * Endings: plural and dual persons (ون ين ان وا, and و as chat writes it: "خصمو", "يطلبو"), objects and possessives (ه ها هم هن ج ك كم نا ني),
 * the feminine and first person past (ت تي), and the dialect feminine ج of "شلونج".
 */
const verbSuffixes = ['ونه', 'ونها', 'ونهم', 'لي', 'لك', 'لنا', 'ون', 'ين', 'وا', 'ان', 'تي', 'ها', 'هم', 'هن', 'كم', 'نا', 'ني', 'ت', 'ه', 'ج', 'ك', 'ي', 'و'];
/** The present-tense letters a stem is tried with again: "يقبلون" → "قبل" → "تقبل". */
const presentLetters = ['', 'ت', 'ي', 'ن', 'ا'];

/**
 * Forms a normalised Arabic word may stand for, the closest first: negation ما written on the
 * word split off ("ماوصلني" → "وصلني"), the form VII انـ of "انسرق" and "انهكر" dropped, one
 * prefix and one ending removed, then the stem with each present-tense letter and with ه (a ta
 * marbuta: "سرق" → "سرقه"). Stems shorter than three letters are not offered.
 */
export function dialectForms(word: string): string[] {
  if (!/^[\u0621-\u064a]+$/.test(word) || word.length < 4) return [];
  const forms: string[] = [];
  const add = (form: string) => {
    if (form.length >= 3 && form !== word && !forms.includes(form)) forms.push(form);
  };
  const bases = [word];
  if (word.startsWith('ما') && word.length >= 5) bases.push(word.slice(2));
  // Egyptian and Levantine negation around the verb: "مرجعتش", "ماوصلتش", "معملتش".
  if (word.startsWith('م') && word.endsWith('ش') && word.length >= 5) bases.push(word.slice(word.startsWith('ما') ? 2 : 1, -1));
  for (const base of [...bases]) if (base.startsWith('ان') && base.length >= 5) bases.push(base.slice(2));
  for (const base of bases) {
    add(base);
    const stripped = new Set<string>([base]);
    for (const suffix of verbSuffixes) if (base.endsWith(suffix) && base.length - suffix.length >= 3) stripped.add(base.slice(0, -suffix.length));
    for (const form of [...stripped]) for (const prefix of verbPrefixes) if (form.startsWith(prefix) && form.length - prefix.length >= 3) stripped.add(form.slice(prefix.length));
    const stems = [...stripped].sort((a, b) => b.length - a.length);
    for (const stem of stems) add(stem);
    for (const stem of stems) {
      for (const letter of presentLetters) add(letter + stem);
      add(`${stem}ه`);
    }
  }
  return forms;
}

/**
 * Prepositions and demonstratives readers write on the word, which the shared normalisation leaves
 * (it would cut real words that start with the same letters): على as عـ ("عالبطاقة" = على البطاقة),
 * the Gulf "this" هالـ ("هالمسج"), and ل of purpose ("لترجع"). The stems, as normalised words; only
 * for query words the index does not hold.
 */
export function attachedForms(word: string): string[] {
  if (!/^[\u0621-\u064a]+$/.test(word)) return [];
  const forms: string[] = [];
  for (const prefix of ['عال', 'هال', 'ع', 'ل']) {
    const stem = word.slice(prefix.length);
    if (word.startsWith(prefix) && stem.length >= (prefix.length === 1 ? 3 : 2)) forms.push(stripArabicSuffix(stem));
  }
  return [...new Set(forms)];
}
