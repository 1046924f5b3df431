/**
 * The links, email addresses and phone numbers in a message (folded, see text.ts). A link is an
 * address with `http(s)://` or `www.`, or a bare site name such as `kw-post-delivery.com/track`;
 * a bare name without a path counts only with a top-level domain that sites use, so "KD.Please"
 * or "e.g." is not a link. Its site name is what the one safe address rule reads.
 */

export interface FoundAddress {
  kind: 'link' | 'email';
  /** The site name, lower case, or the email's domain. */
  host: string;
  start: number;
  end: number;
}

/** Top-level domains a bare site name without a path may end in (any two-letter country code also counts). */
const siteTlds = new Set(
  'com net org info biz top xyz online site shop store help live link click club vip icu cc me io app page delivery services support world today win bid loan work fun space website tech pro asia mobi email cloud center digital agency express finance bank pay money cash gift gifts deals sale promo rest buzz cyou sbs cfd lol monster'.split(
    ' ',
  ),
);

const schemeLink = /(?:https?:\/\/|www\.)[^\s<>"'«»()[\]{}،؛]+/gu;
const email = /[\p{L}\p{N}._%+-]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(?![\p{L}\p{N}])/gu;
/** A site name's labels may be written in Arabic letters ("بنك-امان.com"), the domain ending in Latin ones. */
const bareSite = /(?<![\p{L}\p{N}@._/\\-])((?:[a-z0-9\u0621-\u064a](?:[a-z0-9\u0621-\u064a-]{0,61}[a-z0-9\u0621-\u064a])?\.)+([a-z]{2,24}))(?![\p{L}\p{N}-])(\/[^\s<>"'«»،]*)?/gu;
const arabicLetter = /[\u0621-\u064a]/;

function hostOf(link: string): string {
  const withoutScheme = link.replace(/^[a-z]+:\/\//, '');
  const authority = withoutScheme.split(/[/?#\\]/, 1)[0] ?? '';
  // "https://amazon.com@evil.example/": the site is what follows the last "@".
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  return host.replace(/\.+$/, '');
}

const overlaps = (found: readonly FoundAddress[], start: number, end: number) => found.some((other) => start < other.end && other.start < end);

/** Links and email addresses, in the order they appear. */
export function findAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  for (const match of text.matchAll(schemeLink)) {
    const link = match[0].replace(/[.,;:!?)\]'"…]+$/, '');
    const host = hostOf(link);
    if (host) found.push({ kind: 'link', host, start: match.index, end: match.index + link.length });
  }
  for (const match of text.matchAll(email)) {
    if (overlaps(found, match.index, match.index + match[0].length)) continue;
    found.push({ kind: 'email', host: match[1]!, start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(bareSite)) {
    const [whole, host = '', tld = '', path] = match;
    if (overlaps(found, match.index, match.index + whole.length)) continue;
    const name = host.slice(0, -tld.length);
    if (!/[a-z]/.test(name) && !arabicLetter.test(name)) continue;
    // "خلاص.ok": an Arabic word before a full stop is a sentence, unless a site's domain ending or a path follows.
    if (!path && !siteTlds.has(tld) && (tld.length !== 2 || !/[a-z]/.test(name))) continue;
    found.push({ kind: 'link', host, start: match.index, end: match.index + whole.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export const isIpAddress = (host: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);

const phone = /(?<![\p{L}\p{N}.,/:#*-])(?:\+|00)?\d(?:[ -]?\d){6,14}(?![\p{L}\p{N}]|[.,:/-]\d)/gu;
/**
 * A number a reader hid before pasting ("+965 5xxx xxxx", "2*** ****"): it begins with a digit and
 * has a phone's length, its last digits written as x, * or • (not a card number masked in its middle).
 */
const hiddenPhone = /(?<![\p{L}\p{N}.,/:#*-])(?:\+|00)?\d(?:[ -]?\d){0,5}(?:[ -]?[x*•]){2,}(?![\p{L}\p{N}*•]|[ -]?[\dx*•])/gu;
const phoneLength = (text: string) => text.replace(/[^\dx*•]/g, '').length;
const dateLike = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/;

/** Phone numbers: 7 to 15 digits (the last ones maybe hidden as x), maybe with + or 00 and single spaces or hyphens; not dates. */
export function findPhones(text: string, addresses: readonly FoundAddress[] = []): { start: number; end: number }[] {
  const phones: { start: number; end: number }[] = [];
  for (const match of text.matchAll(phone)) {
    const end = match.index + match[0].length;
    if (dateLike.test(match[0]) || overlaps(addresses, match.index, end)) continue;
    phones.push({ start: match.index, end });
  }
  for (const match of text.matchAll(hiddenPhone)) {
    const end = match.index + match[0].length;
    const length = phoneLength(match[0]);
    if (length < 7 || length > 15 || overlaps(addresses, match.index, end) || phones.some((other) => match.index < other.end && other.start < end)) continue;
    phones.push({ start: match.index, end });
  }
  return phones.sort((a, b) => a.start - b.start);
}
