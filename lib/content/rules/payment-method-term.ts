/**
 * "Payment method" in Arabic is وسيلة الدفع, plural وسائل الدفع (README's glossary, "Arabic: terms and
 * Latin phrases"). طريقة keeps its own meaning, "a way, a route": «بطريقة غير مباشرة», «الطريق إلى…».
 *
 * Flagged: طريقة or طرق, with any prefix or suffix (بطريقة، الطرق، طريقتها، طريقةً), right before الدفع,
 * للدفع or دفع: «طريقة الدفع», «بين طرق الدفع», «وأضفها طريقةً للدفع», «طريقة دفع جديدة».
 * Allowed: a phrase of `wayToPay`, where the words mean "a way to pay" («ليست طريقة للدفع»: "is not a
 * way to pay"). An author who means "a way" rewords it (طريقة لتدفع بها، سبيل للدفع) or adds the phrase,
 * with its meaning, to `wayToPay`. Not caught: طريقة standing for "payment method" with no الدفع
 * after it («ضمن الطرق التي يمكنك إضافتها»), which a word pattern cannot tell from "a way".
 *
 * Checked: Arabic titles, summaries, source titles, bodies, categories, the Arabic interface text, and
 * the text of the SVG illustrations Arabic articles show. Not `keywords`: they keep the words
 * readers type, both spellings included.
 */
import { stringsOf } from '../bidi';
import { lineFinder, withoutLinkDestinations } from '../lines';
import type { ContentProblem } from '../problems';
import type { Illustration } from '../read';
import { articleTexts, localeSources, type ContentRule } from './rule';

/** Phrases in which طريقة … الدفع means "a way to pay", with the English. */
export const wayToPay: readonly { phrase: string; meaning: string }[] = [
  { phrase: 'ليست طريقة للدفع', meaning: 'is not a way to pay' },
  { phrase: 'ليس طريقة للدفع', meaning: 'is not a way to pay' },
  { phrase: 'لا طريقة للدفع', meaning: 'no way to pay' },
];

const letter = '\u0621-\u064A';
const mark = '\u064B-\u0652';
const paymentMethod = new RegExp(
  // Prefixes و ف, ب ك ل, ال (لل for ل + ال); the word; then الدفع, للدفع or دفع with a possessive ending.
  `(?<![${letter}\u0640])(?:[وف])?(?:[بكل])?(?:ال|ل)?\u0640?(?:طريق[ةت]|طرق)[${letter}${mark}]*\\s+(?:ال|لل|ل)?دفع(?:ك|ه|ها|كم|هم|نا)?[${mark}]*(?![${letter}])`,
  'g',
);

export interface PaymentMethodTerm {
  /** The words as written, e.g. «طرق الدفع». */
  text: string;
  /** The glossary's words in the same form, e.g. «وسائل الدفع». */
  term: string;
  /** 1-based line within the text checked. */
  line: number;
}

/** The glossary's word in the form written: طريقةً → وسيلةً, الطرق → الوسائل, طريقتها → وسيلتها. */
function glossaryForm(words: string): string {
  return words.replace(/طريقت/, 'وسيلت').replace(/طريقة/, 'وسيلة').replace(/طرق/, 'وسائل');
}

/** Whether a phrase of `wayToPay` covers text[start, end): only the places it could start are tried, so a long text costs no more per match. */
function allowed(text: string, start: number, end: number): boolean {
  return wayToPay.some(({ phrase }) => {
    for (let at = Math.max(0, end - phrase.length); at <= start; at++) if (text.startsWith(phrase, at)) return true;
    return false;
  });
}

/** Every «طريقة الدفع» meaning "payment method" in Arabic `markdown` (or plain text, or an SVG's source). */
export function findPaymentMethodTerm(markdown: string): PaymentMethodTerm[] {
  const text = withoutLinkDestinations(markdown).replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const lineAt = lineFinder(text);
  const found: PaymentMethodTerm[] = [];
  for (const match of text.matchAll(paymentMethod)) {
    if (allowed(text, match.index, match.index + match[0].length)) continue;
    found.push({ text: match[0], term: glossaryForm(match[0]), line: lineAt(match.index) });
  }
  return found;
}

export function paymentMethodTermMessage({ text, term }: PaymentMethodTerm): string {
  return `«${text}»: "payment method" is «${term}» (the glossary's وسيلة الدفع، وسائل الدفع); طريقة is kept for "a way, a route": if that is what is meant, reword it or add the phrase to wayToPay in lib/content/rules/payment-method-term.ts`;
}

export const paymentMethodTerm: ContentRule = {
  id: 'payment-method-term',
  description:
    'Arabic says وسيلة الدفع / وسائل الدفع for "payment method", never طريقة الدفع / طرق الدفع, in articles, categories, interface text and the illustrations articles show',
  check(context) {
    const problems: ContentProblem[] = [];
    const report = (file: string, field: string, text: string, lineOffset?: number) => {
      for (const found of findPaymentMethodTerm(text)) {
        problems.push({ file, field, ...(lineOffset === undefined ? {} : { line: found.line + lineOffset }), message: paymentMethodTermMessage(found) });
      }
    };
    const illustrations = new Map<Illustration, string>();
    for (const source of localeSources(context).filter((candidate) => candidate.locale === 'ar')) {
      for (const { path, text } of stringsOf(source.categories)) report(source.categoriesFile, path, text);
      for (const parsed of source.articles) {
        for (const { field, text, lineOffset } of articleTexts(parsed)) report(parsed.article.file, field, text, lineOffset);
        for (const illustration of parsed.illustrations) if (!illustrations.has(illustration)) illustrations.set(illustration, parsed.article.file);
      }
    }
    for (const [illustration, article] of illustrations) {
      for (const found of findPaymentMethodTerm(illustration.text)) {
        problems.push({ file: illustration.file, field: 'text', line: found.line, message: `${paymentMethodTermMessage(found)} (the illustration is shown in ${article})` });
      }
    }
    for (const { file, dictionary } of context.interfaceText.filter(({ locale }) => locale === 'ar')) {
      for (const { path, text } of stringsOf(dictionary)) report(file, path || '(text)', text);
    }
    return problems;
  },
};
