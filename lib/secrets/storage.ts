import { detectSecret, findSecrets, maskGlyphs, maskSecrets } from './index';

/** Addresses that can reach a person: nobody's email goes into the store. */
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * Phone numbers: 8 to 15 digits (Kuwaiti numbers have 8), optionally after + or 00, in one run or
 * grouped by spaces, dots or hyphens. An Amazon order number (17 digits) is not one.
 */
const phoneCandidate = /(?<![\p{L}\p{Nd}])(?:\+|00)?\p{Nd}(?:[ .-]?\p{Nd}){6,16}(?![\p{L}\p{Nd}])/gu;
const isPhoneLength = (candidate: string) => {
  const digits = candidate.replace(/\P{Nd}/gu, '').length;
  return digits >= 8 && digits <= 15;
};

/** A stand-alone number of 3–8 digits that is not a year: what a secret's word may point at. */
const shortNumber = /(?<![\p{L}\p{Nd}.,:/-])\p{Nd}{3,8}(?![\p{L}\p{Nd}]|[.,:/-]\p{Nd})/gu;

/**
 * Reader text as it may be stored (a feedback comment): card numbers cut to their last 4 digits,
 * CVVs, PINs and OTPs removed, emails and phone numbers masked. Whatever `detectSecret` would refuse
 * as a search query loses every short number too ("482913 otp not working").
 */
export function maskForStorage(text: string): string {
  let masked = maskSecrets(text, findSecrets(text, 'text'));
  if (detectSecret(masked)) masked = masked.replace(shortNumber, (digits) => (/^(19|20)\d\d$/.test(digits) ? digits : maskGlyphs));
  masked = masked.replace(email, '•••@•••');
  return masked.replace(phoneCandidate, (candidate) => (isPhoneLength(candidate) ? maskGlyphs : candidate));
}
