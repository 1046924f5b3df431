/**
 * What a script can detect of the claims no article may make (shared/content/FACTS.md): phone
 * numbers, which the site never publishes for Amazon or KNET, and statements that Amazon accepts
 * KNET. Negated statements ("Amazon's stores do not accept KNET"), questions ("Does Amazon accept
 * KNET?") and conditions ("check whether Amazon accepts KNET") pass. `findForbiddenClaims` also
 * reports a loose address rule for kpay.com.kw ("ends in kpay.com.kw", which secure-kpay.com.kw
 * passes), found by the rule that checks every official site (rules/anchored-address-rules.ts).
 */
import { lineFinder, withoutLinkDestinations } from './lines';
import { findLooseAddressRules, officialSites } from './rules/anchored-address-rules';

export interface ForbiddenClaim {
  kind: 'phone-number' | 'amazon-accepts-knet' | 'kpay-suffix-rule';
  text: string;
  /** 1-based line within the text checked. */
  line: number;
}

// Seven to fifteen digits, optionally grouped by spaces, dots or dashes, optionally after + or 00:
// the shape of a phone number (Kuwait's have eight digits).
const phoneNumber = /(?<![\w/.-])(?:\+|00)?\d(?:[ .-]?\d){6,}(?![\w/-])/g;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/g;
// "Amazon accepts KNET", "Amazon now accepts KNET", "Amazon's stores accept KNET", "amazon.ae takes KNET".
const acceptsKnet =
  /\bamazon(?:\.[a-z]{2,3})*(?:'s)?(?:\s+(?:stores?|sites?|websites?|app|now|also|already|still|officially|does|do|did|will|can|finally))*\s+(?:accepts?|accepted|takes?|supports?)\s+(?:payments?\s+(?:by|with|through|via)\s+)?knet\b/gi;
const sentenceEnds = /[.!?\n]/g;
const kpay = officialSites.filter((site) => site.label === 'kpay');

/** Prose to check: link destinations and ISO dates blanked, lines and positions kept. */
function prose(markdown: string): string {
  return withoutLinkDestinations(markdown).replace(isoDate, (date) => ' '.repeat(date.length));
}

export function findPhoneNumbers(markdown: string): ForbiddenClaim[] {
  const text = prose(markdown);
  const lineAt = lineFinder(text);
  const claims: ForbiddenClaim[] = [];
  for (const match of text.matchAll(phoneNumber)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15) claims.push({ kind: 'phone-number', text: match[0], line: lineAt(match.index) });
  }
  return claims;
}

export function findAmazonAcceptsKnet(markdown: string): ForbiddenClaim[] {
  const text = prose(markdown);
  const lineAt = lineFinder(text);
  const claims: ForbiddenClaim[] = [];
  for (const match of text.matchAll(acceptsKnet)) {
    const end = match.index + match[0].length;
    // The sentence's end: searched from the match on, without copying the rest of the text for every match.
    sentenceEnds.lastIndex = end;
    const isQuestion = sentenceEnds.exec(text)?.[0] === '?';
    const sentenceStart = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf('\n', match.index)) + 1;
    const lead = text.slice(sentenceStart, match.index);
    if (isQuestion || /\b(if|whether|unless|until|no source says|nothing says)\b/i.test(lead)) continue;
    claims.push({ kind: 'amazon-accepts-knet', text: match[0], line: lineAt(match.index) });
  }
  return claims;
}

/** Every forbidden claim in `markdown`, by line. */
export function findForbiddenClaims(markdown: string): ForbiddenClaim[] {
  const kpayRules = findLooseAddressRules(prose(markdown), kpay).map(
    ({ text, line }): ForbiddenClaim => ({ kind: 'kpay-suffix-rule', text, line }),
  );
  return [...findPhoneNumbers(markdown), ...findAmazonAcceptsKnet(markdown), ...kpayRules].sort((a, b) => a.line - b.line);
}
