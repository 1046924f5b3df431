import { findSecrets, maskGlyphs, maskSecrets, stripSecrets } from './index';

/**
 * Stricter than search, for what is kept: any number of 8 to 15 digits, in one run or grouped by
 * spaces, dots or hyphens, may be a phone number of any country written without its code, so the
 * store masks it too. An Amazon order number (17 digits) or a KNET Payment ID (18) is not one.
 */
const longNumber = /(?<![\p{L}\p{Nd}])(?:\+|00)?\p{Nd}(?:[ .-]?\p{Nd}){6,16}(?![\p{L}\p{Nd}])/gu;
const isPhoneLength = (candidate: string) => {
  const digits = candidate.replace(/\P{Nd}/gu, '').length;
  return digits >= 8 && digits <= 15;
};

/**
 * Reader text as it may be stored (a feedback comment, a failed search): every secret the detector
 * finds, read as strictly as a search query (`findSecrets(text, 'query')`), masked; a card number
 * keeps its last 4 digits. Masking can bring two pieces together, so the result is read again.
 */
export function maskForStorage(text: string): string {
  let masked = text;
  for (let pass = 0; pass < 3; pass++) {
    const matches = findSecrets(masked, 'query');
    if (matches.length === 0) break;
    masked = maskSecrets(masked, matches);
  }
  return masked.replace(longNumber, (candidate) => (isPhoneLength(candidate) ? maskGlyphs : candidate));
}

/** A failed search as it may be stored, or undefined when it was nothing but secrets: that teaches nothing. */
export function maskGapForStorage(query: string): string | undefined {
  return stripSecrets(query).text.trim() ? maskForStorage(query) : undefined;
}
