import { isOfficialHost } from '../official-sites';
import { findSecrets, maskSecrets } from '../secrets';
import { codesIn, isCodeMessageWithoutCode } from './codes';
import { findAddresses, findPhones, isIpAddress, type FoundAddress } from './links';
import { namedOrganisations, type Named } from './names';
import { maxMessageLength } from './pasted';
import * as patterns from './signs';
import { foldText, spans, type FoldedText, type Span } from './text';

export { looksLikeMessage, maxMessageLength } from './pasted';

/**
 * "Is this message a scam?": reads a message a reader pasted (an SMS, a WhatsApp message, an email)
 * and says what it looks like, from the signs a reader can be told about. Pure, and free of
 * dependencies beyond the site's own address list and secret detector, so it runs in the browser:
 * the message is never sent anywhere.
 *
 * One sign is seldom enough. A link to a site that is not an official address, a payment asked
 * for, a deadline: each alone is in plenty of genuine messages. A verdict of `scam` needs (see
 * `isScam`) one sign no genuine sender shows (weight 2 in `signWeights`: asking you to hand over a
 * card number, PIN, OTP or CVV, to pay in gift cards, to pass on "a code I sent you by mistake", a
 * link dressed as Amazon's or KNET's or borrowing the name the message goes by, a request the organisation named says it never makes by
 * message); or two signs where one is the way out for the money or the secret (a link, "update
 * your details", a QR code, a number to call, a mobile number to pay through, a "new number"); or a fee
 * asked for a prize or earnings, or a prize to be claimed by calling or writing to a number, or money
 * asked for by someone held at an airport, at customs or by the police, or an app that shows your
 * screen asked for about money, a bank, a card or a refund.
 */

/** `scam`: signs of a scam; `code`: a genuine-looking one-time code; `none`: neither. */
export type MessageVerdict = 'scam' | 'code' | 'none';

/** The signs, in the order a reader is shown them: the surest first. */
export const messageSignKinds = [
  'codeByMistake',
  'giftCards',
  'secrets',
  'remoteAccess',
  'neverAsks',
  'lookalike',
  'borrowedName',
  'link',
  'qrCode',
  'payment',
  'verify',
  'callBack',
  'payByPhone',
  'newNumber',
  'emergency',
  'keysByCourier',
  'wrongNumber',
  'prize',
  'pressure',
] as const;
export type MessageSignKind = (typeof messageSignKinds)[number];

/** What each sign counts for (see `isScam`). */
export const signWeights: Record<MessageSignKind, number> = {
  codeByMistake: 2,
  giftCards: 2,
  secrets: 2,
  remoteAccess: 1,
  neverAsks: 2,
  lookalike: 2,
  borrowedName: 2,
  link: 1,
  qrCode: 1,
  payment: 1,
  verify: 1,
  callBack: 1,
  payByPhone: 1,
  newNumber: 1,
  emergency: 1,
  keysByCourier: 1,
  wrongNumber: 2,
  prize: 1,
  pressure: 1,
};
export const scamWeight = 2;

export interface MessageSign {
  kind: MessageSignKind;
  /** What in the message showed it, quoted as written (a site name, a phrase), with any code masked. */
  evidence: string[];
}

export interface MessageCheck {
  verdict: MessageVerdict;
  /** The signs of a scam found, surest first; for `none`, fewer than make a scam. */
  signs: MessageSign[];
  /** For a one-time code: what it is for, as the message says, so the reader can compare. */
  code?: { amount?: string; merchant?: string };
  /** The message with one-time codes, PINs, CVVs and card numbers masked, for showing it again. */
  masked: string;
  /** How many numbers `masked` hides. */
  hidden: number;
}

/** Amazon's and KNET's names in a site name that is not theirs: "amazon-verify.com", "amaz0n.help", "secure-kpay.com.kw". */
const impersonated = /amazon|knet|kpay/;
const unLeet = (host: string) => host.replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').replace(/4/g, 'a').replace(/5/g, 's');

/** Words every name shares (bank, kuwait, post …): a site name may hold them without borrowing anyone's. */
const sharedWords = new Set(
  'the and for you your our new all com net org www http https kuwait kwt bank post ministry house finance national international commercial general express online store shop services service group company customer customers team support help security dear hello order orders code otp pin'.split(
    ' ',
  ),
);
const latinName = /[A-Za-z0-9][A-Za-z0-9&'-]*[A-Za-z0-9]/g;

/**
 * The names a message goes by, to compare with its links' site names: the Latin names of the
 * organisations it names (lib/official-sites), and the words it writes as names: a sender before a
 * colon at the start of a line ("Talabat:"), words in capitals ("ABK", "Lulu Hypermarket" not at a
 * sentence's start) and words mixing letters and digits ("4sale"), less the shared words.
 */
function namesOfMessage(original: string, named: readonly Named[]): Set<string> {
  const names = new Set<string>();
  const keep = (word: string) => {
    const name = word.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (name.length >= 3 && /[a-z]/.test(name) && !sharedWords.has(name)) names.add(name);
  };
  for (const { organisation } of named) {
    for (const name of organisation.names.en) {
      keep(name.replace(/\s+/g, ''));
      for (const part of name.split(/[\s.]+/)) keep(part);
    }
  }
  for (const line of original.split('\n')) {
    // A sender is one to three words, each a name's: capitalised, in capitals or with digits.
    const sender = /^[\s"'“>]*((?:[A-Z0-9][\w.&'-]*)(?: [A-Z0-9][\w.&'-]*){0,2})\s*:\s/.exec(line);
    if (sender) for (const part of sender[1]!.split(/[\s.]+/)) keep(part);
    for (const match of line.matchAll(latinName)) {
      const word = match[0];
      const before = line.slice(0, match.index).trimEnd();
      const startsSentence = before === '' || /[.!?:;؟]["'”)]*$/.test(before) || /^[\s"'“>]*$/.test(before);
      if (/^[A-Z0-9&'-]{3,}$/.test(word) || /\d/.test(word) || (/^[A-Z]/.test(word) && !startsSentence)) keep(word);
    }
  }
  return names;
}

/**
 * A site name's labels before its public suffix ("com.kw", "edu.kw", "co.uk", or one label); the last
 * is the part its owner registered: "refund-kw" in www.amazon.ae.refund-kw.com, "nbk" in nbk.com.kw.
 */
function ownedLabels(host: string): string[] {
  const labels = host.split('.');
  const suffix = labels.length >= 3 && /^(?:com|net|org|gov|edu|co|ac)$/.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 2 : 1;
  return labels.slice(0, labels.length - suffix);
}

/**
 * Words a site name adds to a borrowed name to look official or to bait: "secure", "refund", "gift",
 * "kw". A company's own second site seldom reads like that (e-gulfbank.com, bankboubyan.com do not), a
 * phishing site usually does.
 */
const baitWords = new Set(
  'secure security verify verification update login signin account accounts support help service services online official portal center centre care team app web refund refunds gift gifts reward rewards bonus promo offer offers deal deals prize prizes claim win winner pay payment payments billing bill fine fines fee fees cancel cancellation txn transaction protect protection shield confirm activate activation unlock alert alerts notice card cards wallet delivery track tracking parcel customs kw kwt kuwait q8'.split(
    ' ',
  ),
);

/**
 * A name the message goes by, used in a site name that is not that name's own site: "talabat-refunds.net"
 * in a message from "Talabat", "lulu-kw-gift.top" in one about "Lulu Hypermarket",
 * "www.amazon.ae.refund-kw.com". The name stands as a whole part of the site name (between dots or
 * hyphens), the site is registered under another name, and the other parts hold a bait word. A
 * company's site is its name and a domain ending (talabat.com), or ends in a dot and that
 * (track.aramex.com); neither is touched.
 */
function borrowsName(host: string, names: ReadonlySet<string>): boolean {
  // Words of the suffix are not the name's: "kw" in "portal.ack.edu.kw" is the country, not bait.
  const owned = ownedLabels(host);
  const registered = (owned.at(-1) ?? host).replace(/[^a-z0-9]/g, '');
  const parts = owned.flatMap((label) => label.split('-'));
  return [...names].some((name) => registered !== name && parts.includes(name) && parts.some((part) => part !== name && baitWords.has(part)));
}

/** An email address counts where it says who sent the message: a From, Reply-To or Sender line. */
const senderLine = /(?:^|\n)[ \t>]*(?:from|reply-to|sender|من|المرسل)[ \t]*:[^\n]*$/u;

/** "for KD 7.250 at AMAZON.AE": a merchant in capitals after "at", "merchant", "for" or "لدى". */
const merchant = /(?:\bat|\bmerchant:?|\bfor|لدى|لدي|عند)\s+([A-Z0-9][\w.*&'-]*(?:\s+[A-Z0-9][\w.*&'-]*)*)/gu;
const currencyOrAmount = /^(?:KWD|KD|USD|AED|SAR|EUR|GBP|OTP|PIN|CVV|\d[\d.,]*)$/i;

function merchantIn(original: string): string | undefined {
  for (const match of original.matchAll(merchant)) {
    const words: string[] = [];
    for (const part of (match[1] ?? '').split(/\s+/)) {
      if (currencyOrAmount.test(part)) break;
      words.push(part.replace(/[.,]+$/, ''));
      // "AMAZON.AE. Valid for 5 minutes": a word ending a sentence ends the name.
      if (/[.,]$/.test(part)) break;
    }
    const name = words.join(' ');
    if (name.length >= 2) return name;
  }
  return undefined;
}

/** What the check reads from a message once: its folded text, addresses, phone numbers, names and codes. */
interface Reading {
  original: string;
  folded: FoldedText;
  text: string;
  addresses: FoundAddress[];
  phones: Span[];
  named: Named[];
  codes: Span[];
  masks: Mask[];
}

function readMessage(message: string): Reading {
  const original = message.slice(0, maxMessageLength);
  const folded = foldText(original);
  const text = folded.text;
  // "at AMAZON.AE", "لدى NOON.COM": a site name in capitals, without https:// or a path, is a shop's name.
  const addresses = findAddresses(text).filter((address) => address.kind === 'email' || /[a-z/]/.test(originalOf(original, folded, address)));
  const codes = codesIn(text);
  return { original, folded, text, addresses, phones: findPhones(text, addresses), named: namedOrganisations(text), codes, masks: maskedRanges(original, folded, codes) };
}

const originalOf = (original: string, folded: FoldedText, span: Span) => original.slice(folded.at[span.start] ?? 0, (folded.at[span.end - 1] ?? 0) + 1);
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Each sign found, with its evidence; and whether a callback number claims to be Amazon's or KNET's. */
function findSigns(reading: Reading): { found: Map<MessageSignKind, string[]>; callsNoPhoneOrganisation: boolean; prizeByPhone: boolean; remoteForMoney: boolean } {
  const { text, addresses, named } = reading;
  const found = new Map<MessageSignKind, string[]>();
  const add = (kind: MessageSignKind, evidence: string[]) => {
    if (evidence.length > 0 && !found.has(kind)) found.set(kind, [...new Set(evidence.filter(Boolean))].slice(0, 3));
  };
  const quote = (span: Span) => quoteMasked(reading, wholeWords(text, span));
  // Words inside a link ("amazon-verify-account.com") are the link's sign, not the message's.
  const matched = (pattern: RegExp, keep: (span: Span) => boolean = () => true) =>
    spans(pattern, text).filter((span) => !addresses.some((address) => overlap(span, address)) && keep(span));
  const notNegated = (span: Span) => !patterns.negation.test(text.slice(Math.max(0, span.start - 40), span.start));

  const counted = addresses.filter((address) => address.kind === 'link' || senderLine.test(lineAt(text, address.start)) || impersonated.test(unLeet(address.host)));
  const unofficial = counted.filter((address) => isIpAddress(address.host) || !isOfficialHost(address.host));
  const lookalikes = unofficial.filter((address) => impersonated.test(unLeet(address.host)));
  // A site name in Arabic letters is quoted as written (folding turns its ة into ه).
  const hostAsWritten = (address: FoundAddress) => {
    const start = /^[\x21-\x7e]*$/.test(address.host) ? -1 : text.indexOf(address.host, address.start);
    return start === -1 ? address.host : originalOf(reading.original, reading.folded, { start, end: start + address.host.length });
  };
  add('lookalike', lookalikes.map(hostAsWritten));
  // The names the message goes by are read only when a link is left to compare them with.
  const others = unofficial.filter((address) => !lookalikes.includes(address));
  const names = others.length > 0 ? namesOfMessage(reading.original, named) : new Set<string>();
  const borrowing = others.filter((address) => borrowsName(address.host, names));
  add('borrowedName', borrowing.map(hostAsWritten));
  add('link', others.filter((address) => !borrowing.includes(address)).map(hostAsWritten));
  // A QR code to scan is a link whose site name cannot be read before it opens.
  const qr = matched(patterns.qrCode);
  add('qrCode', qr.map(quote));
  const hasLink = unofficial.length > 0 || qr.length > 0 || matched(patterns.linkCue).length > 0;

  add('payment', matched(patterns.payment).map(quote));
  // "You will get a code, read it to me": the code first, then the request to pass it on.
  const soonAfter = (code: Span, span: Span) => span.start >= code.end && span.start - code.end <= 100;
  const arrives = matched(patterns.codeToCome.arrives);
  // A code told to the courier at the door is a delivery code, not a secret given away.
  const forCourier = (span: Span) => text.slice(Math.max(0, span.start - 20), span.end + 30).search(patterns.toCourier) >= 0;
  const tellIt = matched(patterns.codeToCome.passOn, notNegated).filter((span) => arrives.some((code) => soonAfter(code, span)) && !forCourier(span));
  const codeToTell = arrives.filter((code) => tellIt.some((span) => soonAfter(code, span)));
  const calls = matched(patterns.callWords);
  // A request retold ("he asked me for the code") is a scam's when it came in a call: a driver asks for the delivery OTP too.
  const retold = calls.length > 0 || matched(patterns.aCall).length > 0 ? matched(patterns.askedForSecret, notNegated) : [];
  const secrets = [...matched(patterns.secretsGiven, notNegated), ...retold, ...(hasLink ? matched(patterns.secretsEntered, notNegated) : []), ...codeToTell, ...tellIt];
  add('secrets', secrets.map(quote));
  if (hasLink) {
    const toVerify = matched(patterns.verify, (span) => notNegated(span) && !secrets.some((other) => overlap(span, other)));
    const security = matched(patterns.securityService, notNegated);
    // Rearranging a delivery counts only through a site that is not the courier's own.
    const delivery = unofficial.length > 0 ? matched(patterns.redeliver, notNegated) : [];
    add('verify', [...toVerify, ...security, ...delivery].sort((a, b) => a.start - b.start).map(quote));
  }
  if (matched(patterns.giftCards.request).length > 0) add('giftCards', matched(patterns.giftCards.cards).map(quote));
  const mistake = matched(patterns.codeByMistake.mistake);
  const passOn = matched(patterns.codeByMistake.request);
  if (mistake.length > 0 && passOn.length > 0 && matched(patterns.codeByMistake.code).length > 0) add('codeByMistake', [...mistake, ...passOn].map(quote));
  const callSentences = calls.map((span) => sentenceAt(text, span));
  // Amazon and KNET publish no phone number: a number to call "them" is a scammer's, when the message
  // comes from them or names them where it says to call (not as the shop in a bank's alert).
  const callsNoPhoneOrganisation = named.some(
    ({ organisation, spans: where, sender }) =>
      organisation.noPublicPhone && (sender || where.some((span) => callSentences.some((sentence) => overlap(span, sentence)))),
  );
  // A renewal "you did not ask for" is a telecom's or a gym's notice too; only from a sender with no phone is it a call-back.
  const notYou = [...matched(patterns.notYou), ...(callsNoPhoneOrganisation ? matched(patterns.notYouRenewal) : [])];
  // Or a reason to call given where the number is: to confirm your payment or card, to cancel an order.
  const numberSentences = callSentences.filter((sentence) => reading.phones.some((number) => overlap(number, sentence)));
  const mobilePhones = reading.phones.filter((number) => isMobileNumber(text.slice(number.start, number.end)));
  const mobileSentences = callSentences.filter((sentence) => mobilePhones.some((number) => overlap(number, sentence)));
  const reasons = [
    ...matched(patterns.callReason, (span) => numberSentences.some((sentence) => overlap(span, sentence))),
    // "To unblock it, call …", "to avoid legal action, call …": a bank says so too, on its own published number.
    ...matched(patterns.callReasonMobile, (span) => mobileSentences.some((sentence) => overlap(span, sentence))),
  ];
  if ((notYou.length > 0 || reasons.length > 0) && calls.length > 0 && reading.phones.length > 0) add('callBack', [...notYou, ...reasons, ...reading.phones].map(quote));
  // Or a reply to send: "if this was not you, send 1 to cancel" is the same way out as a number to call.
  const replies = matched(patterns.replyToAct);
  const wordReplies = matched(patterns.replyWithWord);
  if (notYou.length > 0 && replies.length + wordReplies.length > 0) add('callBack', [...notYou, ...replies, ...wordReplies].map(quote));
  // A payment to settle by calling or writing to a mobile number: that number is the way out for the money.
  // Not a number given for questions, or for a transfer between people ("my WAMD number").
  const payingSentences = mobileSentences.filter((sentence) => !patterns.notForPaying.test(text.slice(sentence.start, sentence.end)));
  const mobiles = mobilePhones.filter((number) => payingSentences.some((sentence) => overlap(number, sentence)));
  if (found.has('payment') && mobiles.length > 0) add('payByPhone', mobiles.map(quote));
  add('newNumber', matched(patterns.newNumber).map(quote));
  add('remoteAccess', matched(patterns.remoteAccess).map(quote));
  // An app to see your screen asked for about money (a refund, your bank, a card): what IT support never needs.
  const remoteForMoney = found.has('remoteAccess') && matched(patterns.moneyContext).length > 0;
  add('emergency', matched(patterns.emergency).map(quote));
  // Keys by a courier or driver count when the money asked for is a deposit to reserve the place.
  const keysByHand = matched(patterns.reserveDeposit).length > 0 ? matched(patterns.keysByHand) : [];
  add('keysByCourier', [...matched(patterns.keysByCourier), ...keysByHand].map(quote));
  // A "wrong number" that then asks to be friends: both parts, the apology first.
  const wrong = matched(patterns.wrongNumber.wrong);
  const befriend = matched(patterns.wrongNumber.befriend).filter((span) => wrong.some((apology) => apology.start < span.start));
  if (befriend.length > 0 && matched(patterns.ownNumberCorrected).length === 0) add('wrongNumber', [...wrong, ...befriend].map(quote));
  // A prize to claim by calling or writing to a number: the number is the way out, as a link would be.
  const claimByPhone = matched(patterns.claimPrize, (span) => numberSentences.some((sentence) => overlap(span, sentence)));
  // A job from home with a salary named up front is easy money; either alone is any job advert.
  const remoteJob = matched(patterns.jobRemote);
  const paidJob = matched(patterns.jobSalary);
  const prizes = [...matched(patterns.prize), ...(remoteJob.length > 0 && paidJob.length > 0 ? [...remoteJob, ...paidJob] : [])];
  // Quoted from the claim to the number: "to claim your prize, WhatsApp 5xxx xxxx".
  const claimQuotes = claimByPhone.map((span) => {
    const sentence = sentenceAt(text, span);
    const number = reading.phones.find((phone) => overlap(phone, sentence)) ?? span;
    return { start: Math.min(span.start, number.start), end: Math.max(span.end, number.end) };
  });
  if (prizes.length > 0) add('prize', [...claimQuotes, ...prizes].map(quote));
  add('pressure', matched(patterns.pressure).map(quote));

  // "Through a link": Kuwait Post says it never asks for parcel fees by message, yet customs duty can be due at its counter.
  const neverAsked = named.filter(
    ({ organisation }) =>
      (organisation.neverAsks?.includes('payment') && found.has('payment') && hasLink) || (organisation.neverAsks?.includes('secrets') && found.has('secrets')),
  );
  add('neverAsks', neverAsked.flatMap((name) => name.spans.slice(0, 1).map(quote)));

  // A prize or easy money to claim by answering ("Reply YES to start") is claimed through a number too.
  return { found, callsNoPhoneOrganisation, prizeByPhone: prizes.length > 0 && (claimByPhone.length > 0 || replies.length > 0 || (wordReplies.length > 0 && matched(patterns.prizeWon).length > 0)), remoteForMoney };
}

/**
 * A Kuwaiti mobile number (eight digits starting with 4, 5, 6 or 9, after +965 or not), or one
 * written with x's for its digits: a person's phone. Organisations publish landlines and short
 * numbers (1801801, 2xxx xxxx).
 */
function isMobileNumber(written: string): boolean {
  const digits = written.toLowerCase().replace(/[^0-9x]/g, '').replace(/^(?:00)?965(?=[0-9x]{8}$)/, '');
  return /^[4569x][0-9x]{7}$/.test(digits);
}

const lineAt = (text: string, index: number) => text.slice(text.lastIndexOf('\n', index - 1) + 1, (text.indexOf('\n', index) + 1 || text.length + 1) - 1);

function sentenceAt(text: string, span: Span): Span {
  const start = text.slice(0, span.start).search(/[^.!?؟\n]*$/u);
  const after = text.slice(span.end).search(/[.!?؟\n]/u);
  return { start, end: after === -1 ? text.length : span.end + after };
}

export function checkMessage(message: string): MessageCheck {
  const reading = readMessage(message);
  const { found, callsNoPhoneOrganisation, prizeByPhone, remoteForMoney } = findSigns(reading);
  const signs = messageSignKinds.filter((kind) => found.has(kind)).map((kind) => ({ kind, evidence: found.get(kind) ?? [] }));
  const { text: masked, hidden } = applyMasks(reading.original, reading.masks);
  if (isScam(signs, callsNoPhoneOrganisation, prizeByPhone, remoteForMoney)) return { verdict: 'scam', signs, masked, hidden };
  const holdsCode = reading.codes.length > 0 || isCodeMessageWithoutCode(reading.text);
  if (holdsCode && !found.has('link') && !found.has('lookalike') && !found.has('borrowedName')) return { verdict: 'code', signs, code: codeDetails(reading), masked, hidden };
  return { verdict: 'none', signs, masked, hidden };
}

/** What a one-time code is for, as its message says: the first amount, and the shop. */
function codeDetails(reading: Reading): { amount?: string; merchant?: string } {
  const amount = [...reading.text.matchAll(patterns.moneyAmount)][0];
  const shop = merchantIn(reading.original);
  return {
    ...(amount ? { amount: quoteMasked(reading, { start: amount.index, end: amount.index + amount[0].length }) } : {}),
    ...(shop ? { merchant: shop } : {}),
  };
}

/**
 * Signs worth 2 together, where one of them is the way the money or the secret would leave: a link,
 * an "update your details", a number to call, a "new number". A payment asked for with a deadline
 * alone is a bill reminder as often as a scam; a payment asked for a prize or earnings is a scam
 * (an advance fee) however it is asked, and so is a prize to claim through a number to call or write to.
 */
function isScam(signs: readonly MessageSign[], noPublicPhone: boolean, prizeByPhone: boolean, remoteForMoney: boolean): boolean {
  const kinds = new Set(signs.map((sign) => sign.kind));
  const weightOf = (kind: MessageSignKind) => (kind === 'callBack' && noPublicPhone ? scamWeight : signWeights[kind]);
  if (signs.some((sign) => weightOf(sign.kind) >= scamWeight)) return true;
  if (kinds.has('prize') && (kinds.has('payment') || prizeByPhone)) return true;
  // An app that shows your screen, asked for about a refund, your bank or a card.
  if (remoteForMoney) return true;
  // Money asked for by someone held at an airport, at customs or by the police: the hold is the pressure, the account the way out.
  if (kinds.has('emergency') && kinds.has('payment')) return true;
  // A deposit for a flat whose keys come by courier: the owner cannot show it, the deposit is the way out.
  if (kinds.has('keysByCourier') && kinds.has('payment')) return true;
  const channel = channels.some((kind) => kinds.has(kind));
  return channel && signs.reduce((total, sign) => total + weightOf(sign.kind), 0) >= scamWeight;
}

/** The signs that are a way out for the money or the secret. */
const channels: readonly MessageSignKind[] = ['link', 'qrCode', 'verify', 'callBack', 'payByPhone', 'newNumber'];

/** A match grown to whole words, so a quote never stops inside a word or a number ("10", not "1"). */
function wholeWords(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start -= 1;
  while (end < text.length && (/[\p{L}\p{N}]/u.test(text[end]!) || (/[.,]/.test(text[end]!) && /\d/.test(text[end + 1] ?? '')))) end += 1;
  return { start, end };
}

interface Mask extends Span {
  replacement: string;
}

/** One-time codes found by the check, and whatever the site's secret detector finds, in the original's positions. */
function maskedRanges(original: string, folded: FoldedText, codes: readonly Span[]): Mask[] {
  const masks: Mask[] = findSecrets(original).map((secret) => ({ ...secret, replacement: maskSecrets(original.slice(secret.start, secret.end), [{ ...secret, start: 0, end: secret.end - secret.start }]) }));
  for (const code of codes) {
    const start = folded.at[code.start] ?? 0;
    const end = (folded.at[code.end - 1] ?? start) + 1;
    if (!masks.some((mask) => start < mask.end && mask.start < end)) masks.push({ start, end, replacement: '•••' });
  }
  return masks.sort((a, b) => a.start - b.start);
}

function applyMasks(original: string, masks: readonly Mask[]): { text: string; hidden: number } {
  let text = '';
  let from = 0;
  for (const mask of masks) {
    text += original.slice(from, mask.start) + mask.replacement;
    from = mask.end;
  }
  return { text: text + original.slice(from), hidden: masks.length };
}

/** A quote of the message as written, masked where it holds a code, on one line and at most 80 characters. */
function quoteMasked(reading: Reading, span: Span): string {
  if (span.end <= span.start) return '';
  const start = reading.folded.at[span.start] ?? 0;
  const end = (reading.folded.at[span.end - 1] ?? start) + 1;
  const inside = reading.masks.filter((mask) => mask.start >= start && mask.end <= end).map((mask) => ({ ...mask, start: mask.start - start, end: mask.end - start }));
  const text = applyMasks(reading.original.slice(start, end), inside).text.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
