/**
 * An address rule for an official site must say where the site name ENDS, with a dot: the site name
 * (between "://" and the next "/") is kpay.com.kw itself or ends in ".kpay.com.kw". Every looser
 * wording lets a look-alike through (shared/content/FACTS.md, "Scams"):
 *
 * - "ends in kpay.com.kw", no dot: secure-kpay.com.kw ends in it;
 * - "links end in moci.gov.kw", a link rather than its site name: https://pay-fine.example/moci.gov.kw;
 * - "a dot right before amazon.", "starts with amazon.ae", "contains amazon", saying nothing of the
 *   end: www.amazon.ae.refund-kw.com passes. These pass when the same sentence, or the next one in
 *   its paragraph, says where the site name ends: "ends in .amazon.ae", "ends in it", "ends in a dot
 *   followed by it"; "ينتهي بـ .amazon.ae"، "ينتهي به"، "ينتهي بنقطة".
 *
 * English and Arabic wordings, in articles and interface text. One rule for every address
 * lib/official-sites.ts gives as an organisation's own: add one there and every wording is checked for it.
 */
import { stringsOf } from '../bidi';
import { lineFinder, withoutLinkDestinations } from '../lines';
import type { ContentProblem } from '../problems';
import { officialSites as officialHosts } from '../../official-sites';
import { articleTexts, localeSources, type ContentRule } from './rule';

/** Site names that share a first label (Amazon's stores), checked as one: one report per sentence for them all. */
export interface OfficialSite {
  /** The site names, as a regular expression. */
  names: string;
  /** Their first label, when it is a word that wordings name alone ("a dot right before kpay"). */
  label?: string;
  /** The name messages show. */
  example: string;
  /** A look-alike that a rule saying only how the name starts lets through. */
  lookAlike: string;
}

/** The addresses given, grouped by first label: amazon.ae, amazon.sa … are one site for this rule. */
export function sitesOf(hosts: readonly string[]): OfficialSite[] {
  const byLabel = new Map<string, string[]>();
  for (const host of hosts) {
    const label = host.split('.')[0]!;
    byLabel.set(label, [...(byLabel.get(label) ?? []), host]);
  }
  return [...byLabel].map(([label, names]) => ({
    // The longest first, so "amazon.com.au" is read whole rather than as "amazon.com".
    names: `(?:${[...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, '\\.')).join('|')})(?![\\w-])`,
    ...(label.length >= 3 ? { label } : {}),
    example: names[0]!,
    lookAlike: `${names[0]}.example.com`,
  }));
}

/** Every address FACTS.md gives as an organisation's own (lib/official-sites.ts, which the message check reads too). */
export const officialSites: readonly OfficialSite[] = sitesOf(officialHosts);

export type LooseShape = 'link-ends-in' | 'ends-without-dot' | 'dot-before' | 'starts-with' | 'contains';

export interface LooseAddressRule {
  site: OfficialSite;
  shape: LooseShape;
  /** The words that give the rule, as written. */
  text: string;
  /** 1-based line within the text checked. */
  line: number;
}

/** What may stand between a word and the name: spaces, quotes, code and emphasis marks, an opening bracket. */
const gap = String.raw`[\s"'“”‘’«»\`*_(]*`;
const arabicEnd = '(?:ينتهي|تنتهي|ينتهى|تنتهى|منتهي|منتهية|ينتهيان|تنتهيان)';
const arabicLetter = '\u0621-\u064A';
/** What an address rule is about, in English and Arabic. */
const addressNoun = String.raw`\b(?:address(?:es)?|links?|urls?|site names?|domains?|host(?:name)?s?)\b`;
const arabicAddressNoun = '(?:ال)?(?:عنوان|عناوين|رابط|روابط|اسم الموقع|النطاق)';
const arabicStarts = '(?:يبدأ|تبدأ|يبتدئ|تبتدئ)';
const arabicContains = '(?:يحتوي|تحتوي|يتضمن|تتضمن|يحوي|تحوي)';
/** A sentence that names the site name (or host) is about the name, not about the whole link. */
const namesTheSiteName = /\b(?:site name|host(?:name)?|domain)\b|اسم الموقع|النطاق/i;

/** A word every shape below holds: ends, links, dot, starts, contains, and their Arabic. */
const ruleWords = /end|link|dot|start|begin|contain|includ|نته|رابط|روابط|نقطة|يبد|تبد|يبتد|تبتد|يحت|تحت|يتضمن|تتضمن|يحوي|تحوي/i;

interface Shape {
  shape: LooseShape;
  pattern: RegExp;
  /** Whether the sentence holding the match, with the next one in its paragraph, still states the whole rule. */
  passes?: (sentences: string) => boolean;
}

function shapesFor(site: OfficialSite): Shape[] {
  const names = `(?:${site.names})`;
  const dotted = site.label ? `${site.label}\\b` : names;
  const start = site.label ? `(?:www\\.)?(?:${site.label}|${site.names})` : names;
  const anchored = new RegExp(
    [
      // "ends in .kpay.com.kw", "ending in “.amazon.ae”", "end in it", "ends in a dot followed by it"
      String.raw`\bend(?:s|ing)?\s+(?:in|with)\s+(?:it\b|a dot\b|${gap}\.${dotted})`,
      // "ينتهي بـ .kpay.com.kw", "أن ينتهي به", "ينتهي بنقطة"
      `${arabicEnd}\\s*بـ?\\s*(?:ها?(?![${arabicLetter}])|نقطة|${gap}\\.${dotted})`,
    ].join('|'),
    'i',
  );
  const shapes: Shape[] = [
    {
      shape: 'link-ends-in',
      pattern: new RegExp(
        [
          String.raw`\blinks?\b[^.!?\n]{0,30}?\bend(?:s|ing)?\b[^!?\n]{0,40}?${names}`,
          `(?:الروابط|روابط|الرابط|رابط)[${arabicLetter}]*[^.؟!\\n]{0,20}?${arabicEnd}[^!؟\\n]{0,40}?${names}`,
          `${arabicEnd}\\s+(?:ال)?(?:روابط|رابط)[${arabicLetter}]*[^!؟\\n]{0,40}?${names}`,
        ].join('|'),
        'gi',
      ),
      passes: (sentences) => namesTheSiteName.test(sentences) && anchored.test(sentences),
    },
    {
      // Unchanged from the first rule of this kind (kpay.com.kw): a name ending the address, no dot before it.
      shape: 'ends-without-dot',
      pattern: new RegExp(
        [String.raw`\bend(?:s|ing)?\b[^.!?\n]{0,40}?(?<![.\w-])${names}`, `${arabicEnd}[^.؟!\\n]{0,60}?(?<![.\\w-])${names}`].join('|'),
        'gi',
      ),
    },
    {
      shape: 'starts-with',
      pattern: new RegExp(
        [
          // "the address should start with amazon.ae"; not "Start with Amazon, then your email account"
          String.raw`${addressNoun}[^.!?\n]{0,30}?\b(?:starts?|starting|begins?|beginning)\s+with${gap}${start}\b`,
          `${arabicStarts}\\s+${arabicAddressNoun}[^.؟!\\n]{0,30}?بـ?${gap}${start}`,
          `${arabicAddressNoun}[^.؟!\\n]{0,20}?${arabicStarts}[^.؟!\\n]{0,30}?بـ?${gap}${start}`,
        ].join('|'),
        'gi',
      ),
      passes: (sentences) => anchored.test(sentences),
    },
    {
      shape: 'contains',
      pattern: new RegExp(
        [
          // "a safe link must contain amazon"; not "a message that contains DHL's logo and a link"
          String.raw`${addressNoun}[^.!?\n]{0,30}?\b(?:contains?|containing|includes?|including|has|have)\s+(?:the\s+(?:word|name)\s+)?${gap}${start}\b`,
          `${arabicContains}\\s+${arabicAddressNoun}[^.؟!\\n]{0,30}?${gap}${start}`,
          `${arabicAddressNoun}[^.؟!\\n]{0,20}?${arabicContains}[^.؟!\\n]{0,30}?${gap}${start}`,
        ].join('|'),
        'gi',
      ),
      passes: (sentences) => anchored.test(sentences),
    },
  ];
  if (site.label) {
    shapes.push({
      shape: 'dot-before',
      pattern: new RegExp(
        [
          String.raw`\bdot\s+(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:before|in front of)${gap}${site.label}\b`,
          `نقطة\\s+(?:مباشرة\\s+)?قبل${gap}${site.label}\\b`,
        ].join('|'),
        'gi',
      ),
      passes: (sentences) => anchored.test(sentences),
    });
  }
  return shapes;
}

const shapesBySite = new Map(officialSites.map((site) => [site, shapesFor(site)]));

/**
 * The sentence holding a position, and where the next one in the same line (paragraph) ends. A
 * sentence ends after . ! ? ؟ followed by a space, or at a line end ("amazon." inside quotes ends none).
 */
function sentenceFinder(text: string): (index: number) => { start: number; end: number; nextEnd: number } {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.!?؟](?=\s|$)|\n/g)) ends.push(match.index + 1);
  ends.push(text.length);
  return (index) => {
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! <= index) low = middle + 1;
      else high = middle;
    }
    const end = ends[low]!;
    const nextEnd = text[end - 1] === '\n' || low + 1 >= ends.length ? end : ends[low + 1]!;
    return { start: low === 0 ? 0 : ends[low - 1]!, end, nextEnd };
  };
}

/**
 * Every loose address rule in `markdown` (or plain text) for the given sites, at most one per
 * sentence and site: the first of its shapes in `LooseShape` order.
 */
export function findLooseAddressRules(markdown: string, sites: readonly OfficialSite[] = officialSites): LooseAddressRule[] {
  // Most texts state no address rule: one scan for the words every rule needs.
  if (!ruleWords.test(markdown)) return [];
  // Isolates (FSI … PDI around Latin names in Arabic) are invisible: dropped, lines kept.
  const text = withoutLinkDestinations(markdown).replace(/[\u2066-\u2069]/g, '');
  const lowerCase = text.toLowerCase();
  const lineAt = lineFinder(text);
  const sentenceAt = sentenceFinder(text);
  const found: (LooseAddressRule & { index: number })[] = [];
  for (const site of sites) {
    if (!lowerCase.includes(site.label ?? site.example.split('.')[0]!)) continue;
    const reported = new Set<number>();
    for (const { shape, pattern, passes } of shapesBySite.get(site) ?? shapesFor(site)) {
      for (const match of text.matchAll(pattern)) {
        const sentence = sentenceAt(match.index);
        if (reported.has(sentence.start)) continue;
        if (passes?.(text.slice(sentence.start, sentence.nextEnd))) continue;
        reported.add(sentence.start);
        found.push({ site, shape, text: match[0].trim(), line: lineAt(match.index), index: match.index });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _, ...rule }) => rule);
}

export function looseAddressRuleMessage({ site, shape, text }: LooseAddressRule): string {
  const name = shape === 'ends-without-dot' || shape === 'link-ends-in' ? (new RegExp(site.names, 'i').exec(text)?.[0].toLowerCase() ?? site.example) : site.example;
  if (shape === 'ends-without-dot') {
    return `"${text}": "ends in ${name}" lets secure-${name} pass; say the address is ${name} itself or ends in ".${name}" (a dot right before ${site.label ?? 'it'})`;
  }
  if (shape === 'link-ends-in') {
    return `"${text}": a link ending in ${name} can be https://pay-fine.example/${name}; say the site name (between "://" and the next "/") is ${name} itself or ends in ".${name}"`;
  }
  return `"${text}": this says how the site name starts but not where it ends, so ${site.lookAlike} passes; say the site name (between "://" and the next "/") is ${site.example} itself or ends in a dot plus it (".${site.example}"), and name a fake`;
}

export const anchoredAddressRules: ContentRule = {
  id: 'anchored-address-rules',
  description:
    'an address rule for an official site (kpay.com.kw, amazon.*, moci.gov.kw …) says where the site name ends, with a dot: "is kpay.com.kw itself or ends in .kpay.com.kw", in articles and interface text',
  check(context) {
    const problems: ContentProblem[] = [];
    for (const source of localeSources(context)) {
      for (const parsed of source.articles) {
        for (const { field, text, lineOffset } of articleTexts(parsed, { sources: false })) {
          for (const rule of findLooseAddressRules(text)) {
            const where = lineOffset === undefined ? {} : { line: rule.line + lineOffset };
            problems.push({ file: parsed.article.file, field, ...where, message: looseAddressRuleMessage(rule) });
          }
        }
      }
    }
    for (const { file, dictionary } of context.interfaceText) {
      for (const { path, text } of stringsOf(dictionary)) {
        for (const rule of findLooseAddressRules(text)) problems.push({ file, field: path || '(text)', message: looseAddressRuleMessage(rule) });
      }
    }
    return problems;
  },
};
