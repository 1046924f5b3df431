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
const sentenceEnds = /[.!?\n]/g;

/** Line of a position (1-based), by binary search over where lines start: one pass per text, not one per match. */
function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** Markdown link destinations are addresses, not statements: drop them before checking prose. */
function withoutLinkDestinations(markdown: string): string {
  return markdown.replace(/\]\([^)\n]*\)/g, (match) => `]${' '.repeat(match.length - 1)}`);
}

export function findForbiddenClaims(markdown: string): ForbiddenClaim[] {
  const text = withoutLinkDestinations(markdown).replace(isoDate, (date) => ' '.repeat(date.length));
  const claims: ForbiddenClaim[] = [];
  const lineAt = lineFinder(text);

  for (const match of text.matchAll(phoneNumber)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15) claims.push({ kind: 'phone-number', text: match[0], line: lineAt(match.index) });
  }

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
  for (const pattern of kpaySuffixRule) {
    for (const match of text.matchAll(pattern)) {
      claims.push({ kind: 'kpay-suffix-rule', text: match[0], line: lineAt(match.index) });
    }
  }
  return claims.sort((a, b) => a.line - b.line);
}
