/**
 * What a script can detect of the claims no article may make (shared/content/FACTS.md): phone
 * numbers, which the site never publishes for Amazon or KNET, and statements that Amazon accepts
 * KNET. Negated statements ("Amazon's stores do not accept KNET"), questions ("Does Amazon accept
 * KNET?") and conditions ("check whether Amazon accepts KNET") pass. It also rejects the unsafe
 * address rule "ends in kpay.com.kw", which secure-kpay.com.kw passes: the rule is kpay.com.kw itself
 * or an address ending in ".kpay.com.kw", a dot right before kpay.
 */
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

// "ends in kpay.com.kw", "should end exactly in `kpay.com.kw`", "ينتهي بـ kpay.com.kw": a suffix with no dot before kpay.
const kpaySuffixRule = [
  /\bend(?:s|ing)?\b[^.!?\n]{0,40}?(?<![.\w-])kpay\.com\.kw/gi,
  /(?:ينتهي|تنتهي|ينتهى|تنتهى|منتهي|ينتهيان)[^.؟!\n]{0,60}?(?<![.\w-])kpay\.com\.kw/g,
];

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Markdown link destinations are addresses, not statements: drop them before checking prose. */
function withoutLinkDestinations(markdown: string): string {
  return markdown.replace(/\]\([^)\n]*\)/g, (match) => `]${' '.repeat(match.length - 1)}`);
}

export function findForbiddenClaims(markdown: string): ForbiddenClaim[] {
  const text = withoutLinkDestinations(markdown).replace(isoDate, (date) => ' '.repeat(date.length));
  const claims: ForbiddenClaim[] = [];

  for (const match of text.matchAll(phoneNumber)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15) claims.push({ kind: 'phone-number', text: match[0], line: lineAt(text, match.index) });
  }

  for (const match of text.matchAll(acceptsKnet)) {
    const end = match.index + match[0].length;
    const sentenceEnd = text.slice(end).search(/[.!?\n]/);
    const isQuestion = sentenceEnd >= 0 && text[end + sentenceEnd] === '?';
    const sentenceStart = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf('\n', match.index)) + 1;
    const lead = text.slice(sentenceStart, match.index);
    if (isQuestion || /\b(if|whether|unless|until|no source says|nothing says)\b/i.test(lead)) continue;
    claims.push({ kind: 'amazon-accepts-knet', text: match[0], line: lineAt(text, match.index) });
  }
  for (const pattern of kpaySuffixRule) {
    for (const match of text.matchAll(pattern)) {
      claims.push({ kind: 'kpay-suffix-rule', text: match[0], line: lineAt(text, match.index) });
    }
  }
  return claims.sort((a, b) => a.line - b.line);
}
