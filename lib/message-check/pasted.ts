import { codesIn } from './codes';
import { findAddresses, findPhones } from './links';
import { organisationNames } from './names';
import { arabic, countWords, foldText, word } from './text';

/**
 * Whether a search query is a pasted message: the part of the message check that search runs on
 * every query (and the failed-search beacon on every search it would report), kept apart from the
 * check's rules so that it stays small; the rules load only when a query is a message.
 */

/** Longer text is cut, as search cuts a query (lib/search/normalize.ts): an email's signs are at its start. */
export const maxMessageLength = 2000;

/** Question words a search query starts with; a pasted message seldom does. */
const question = /^\s*(?:how|what|why|where|when|can|could|does|do|did|is|are|should|which|who|هل|كيف|ليش|لماذا|لمادا|شلون|وش|شو|ماذا|متي|وين|اين|كم)(?![\p{L}])/u;
/** A message speaks to "you": "your parcel", "dear customer", "شحنتك", "عزيزي العميل". */
const secondPerson = new RegExp(
  `${word('you|your|dear|customer|client')}|${arabic('عزيزي|عزيزتي|عميلنا|لديك|حسابك|بطاقتك|شحنتك|طلبك|رقمك|طردك|فاتورتك|رصيدك|مبروك')}`,
  'u',
);
/** A line that starts like a message: a header, or a sender's name and a colon ("Kuwait Post:", "KNET:"). Built on first use, as the names are. */
let senderStartPattern: RegExp | undefined;
const senderStart = () =>
  (senderStartPattern ??= new RegExp(
    `(?:^|\\n)\\s*(?:(?:from|subject|reply-to|من|الموضوع|المرسل)\\s*:|(?:${organisationNames()
      .map(({ pattern }) => pattern.source)
      .join('|')})[^\\n:|]{0,20}[:|])`,
    'u',
  ));

/**
 * Whether a search query looks like a pasted message rather than words to search for, so search
 * shows the check's verdict above the articles. A message has at least five words and one of: a
 * link or email address, a phone number, a sender's name or a header at the start of a line
 * ("Kuwait Post:", "From:"), a one-time code; or, not being a question, it speaks to the reader
 * ("your parcel", "عزيزي العميل") in eight words or more; or it is long (sixteen words or more).
 */
export function looksLikeMessage(query: string): boolean {
  const text = foldText(query.slice(0, maxMessageLength)).text.trim();
  const words = countWords(text);
  if (words < 5) return false;
  const addresses = findAddresses(text);
  // "is kpay.com.kw real?": a short question naming a site is a search.
  if (addresses.length > 0 && !(words < 12 && (question.test(text) || /[?؟]\s*$/u.test(text)))) return true;
  if (findPhones(text, addresses).length > 0 || senderStart().test(text) || codesIn(text).length > 0) return true;
  if (words >= 16) return true;
  return words >= 8 && !question.test(text) && secondPerson.test(text);
}
