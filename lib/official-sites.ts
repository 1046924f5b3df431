/**
 * The organisations a message to a shopper in Kuwait may claim to come from, with the web addresses
 * that are theirs. Every address and every "never asks" here comes from a row of
 * /work/shared/content/FACTS.md, quoted in `organisationFacts` (source, confidence), so nothing is added from
 * memory: an organisation whose address the fact sheet does not give has no `sites`, and is only
 * recognised by name. The message check (lib/message-check) and content:check's link rule ask this
 * module; it is data and one pure rule, imports nothing and runs nothing when imported, so it loads
 * in the browser and in build scripts alike.
 */

export type OrganisationKind = 'store' | 'payments' | 'bank' | 'government' | 'courier';

export interface Organisation {
  /** A stable id, in kebab-case. */
  id: string;
  kind: OrganisationKind;
  /**
   * How messages name it, in English (Latin letters) and Arabic; the first of each is how the check
   * names it to a reader. Matched as whole words, case-insensitively.
   */
  names: { en: readonly string[]; ar: readonly string[] };
  /**
   * Its own addresses, by the one safe address rule (`isOfficialHost`): a site name that IS one of
   * these or ENDS in a dot plus one of these. Empty when the fact sheet gives none.
   */
  sites: readonly string[];
  /**
   * What the fact sheet says it never asks for in a message: `payment` (a fee or payment by message
   * or link), `secrets` (card details, PIN, OTP, CVV, bank details). A message that names it and
   * asks for that is a scam by the organisation's own word.
   */
  neverAsks?: readonly ('payment' | 'secrets')[];
  /** True when the fact sheet says it publishes no phone number for shoppers: a number "from" it is not its own. */
  noPublicPhone?: boolean;
}

/** Every Kuwaiti bank, by the fact sheet's rows on cards and OTPs. */
const banksNeverAsk =
  'Kuwaiti banks never ask for your card number, PIN, OTP or CVV. (nbk.com announcements; Gulf Bank awareness campaign; Ministry of Commerce warnings; H/M)';

export const organisations = [
  {
    id: 'amazon',
    kind: 'store',
    names: { en: ['Amazon', 'Amazon.ae', 'Amazon Pay', 'Amazon Prime', 'AMZN'], ar: ['أمازون', 'امازون'] },
    sites: [
      'amazon.ae',
      'amazon.sa',
      'amazon.com',
      'amazon.co.uk',
      'amazon.de',
      'amazon.in',
      'amazon.sg',
      'amazon.com.au',
      'amazon.co.jp',
      'amazon.eg',
      'amazon.ie',
      'amazon.eu',
      'aboutamazon.com',
    ],
    noPublicPhone: true,
  },
  {
    id: 'knet',
    kind: 'payments',
    names: { en: ['KNET', 'K-Net', 'Shared Electronic Banking Services'], ar: ['كي نت', 'الكي نت', 'كي-نت'] },
    sites: ['knet.com.kw', 'kpay.com.kw'],
    noPublicPhone: true,
  },
  {
    id: 'ministry-of-commerce',
    kind: 'government',
    names: { en: ['Ministry of Commerce', 'MOCI'], ar: ['وزارة التجارة'] },
    sites: ['moci.gov.kw'],
    neverAsks: ['secrets'],
  },
  {
    id: 'kuwait-post',
    kind: 'government',
    names: { en: ['Kuwait Post', 'Ministry of Communications'], ar: ['بريد الكويت', 'البريد الكويتي', 'وزارة المواصلات', 'قطاع البريد'] },
    sites: [],
    neverAsks: ['payment'],
  },
  {
    id: 'ministry-of-interior',
    kind: 'government',
    names: { en: ['Ministry of Interior', 'Interior Ministry', 'MOI'], ar: ['وزارة الداخلية'] },
    sites: [],
    neverAsks: ['payment'],
  },
  {
    id: 'government-portal',
    kind: 'government',
    names: { en: ['Kuwait Government Online'], ar: ['البوابة الحكومية'] },
    sites: ['e.gov.kw'],
  },
  {
    id: 'central-bank',
    kind: 'government',
    names: { en: ['Central Bank of Kuwait'], ar: ['بنك الكويت المركزي'] },
    sites: ['cbk.gov.kw'],
  },
  {
    id: 'customs',
    kind: 'government',
    names: { en: ['Kuwait Customs', 'General Administration of Customs'], ar: ['الإدارة العامة للجمارك'] },
    sites: [],
  },
  {
    id: 'nbk',
    kind: 'bank',
    names: { en: ['NBK', 'National Bank of Kuwait'], ar: ['بنك الكويت الوطني'] },
    sites: ['nbk.com'],
    neverAsks: ['secrets'],
  },
  {
    id: 'burgan',
    kind: 'bank',
    names: { en: ['Burgan Bank', 'Burgan'], ar: ['بنك برقان', 'برقان'] },
    sites: ['burgan.com'],
    neverAsks: ['secrets'],
  },
  {
    id: 'abk',
    kind: 'bank',
    names: { en: ['ABK', 'Al Ahli Bank of Kuwait'], ar: ['البنك الأهلي الكويتي'] },
    sites: ['abk.eahli.com'],
    neverAsks: ['secrets'],
  },
  {
    id: 'commercial-bank',
    kind: 'bank',
    names: { en: ['Commercial Bank of Kuwait', 'CBK'], ar: ['البنك التجاري الكويتي'] },
    sites: ['cbk.com'],
    neverAsks: ['secrets'],
  },
  {
    id: 'kfh',
    kind: 'bank',
    names: { en: ['KFH', 'Kuwait Finance House'], ar: ['بيت التمويل الكويتي'] },
    // uk.kfh.com is KFH's UK bank, not Kuwait (FACTS.md, Google Pay gap row): no Kuwaiti address is given.
    sites: [],
    neverAsks: ['secrets'],
  },
  {
    id: 'boubyan',
    kind: 'bank',
    names: { en: ['Boubyan', 'Boubyan Bank'], ar: ['بنك بوبيان', 'بوبيان'] },
    sites: [],
    neverAsks: ['secrets'],
  },
  {
    id: 'gulf-bank',
    kind: 'bank',
    names: { en: ['Gulf Bank'], ar: ['بنك الخليج'] },
    sites: [],
    neverAsks: ['secrets'],
  },
  {
    id: 'kib',
    kind: 'bank',
    names: { en: ['KIB', 'Kuwait International Bank'], ar: ['بنك الكويت الدولي'] },
    sites: [],
    neverAsks: ['secrets'],
  },
  {
    id: 'dhl',
    kind: 'courier',
    names: { en: ['DHL', 'DHL Express'], ar: ['دي إتش إل', 'دي اتش ال'] },
    sites: ['dhl.com'],
  },
  {
    id: 'aramex',
    kind: 'courier',
    names: { en: ['Aramex'], ar: ['أرامكس', 'ارامكس'] },
    sites: ['aramex.com'],
  },
] as const satisfies readonly Organisation[];

export type OrganisationId = (typeof organisations)[number]['id'];

/**
 * The FACTS.md rows each entry rests on: the fact, then its source and confidence. Kept beside the
 * entries rather than in them so that the browser, which needs only names and addresses, does not
 * load them (nothing there imports this).
 */
export const organisationFacts: Record<OrganisationId, readonly string[]> = {
  amazon: [
    'Real Amazon addresses have a dot right before "amazon." (for example pay.amazon.com); Amazon never links to an IP address; the site name must BE the store\'s address (amazon.ae, amazon.sa, amazon.com, amazon.co.uk) or END in a dot plus it. (amazon.com help nodeId=G4YFYCCNUSENA23B; H)',
    'Help pages of amazon.de, amazon.in, amazon.sg, amazon.com.au, amazon.co.jp and amazon.eg, and Amazon Pay help on pay.amazon.ie and pay.amazon.eu, are cited as Amazon\'s own. (FACTS.md, "Added 2026-12-07" rows; H)',
    'Report suspicious Amazon messages at amazon.com/reportascam. (trustworthyshopping.aboutamazon.com; H)',
    'A legitimate Amazon transaction never happens off Amazon\'s website; Amazon does not ask for your password by email. (Amazon help "Avoiding Payment Scams"; H)',
    'Contacting Amazon: Help, Contact Us while signed in. Phone numbers circulate only in third-party summaries: do not publish one. (L-M)',
  ],
  knet: [
    'Legal name: Shared Electronic Banking Services Company (K.S.C.C) (KNET). (knet.com.kw terms of service; H)',
    'The live KNET payment pages are served from kpay.com.kw; the page is kpay.com.kw itself or ends in ".kpay.com.kw". (K-064 §3.1; M-H)',
    'Phone numbers seen for KNET come only from unofficial sites: do not publish them. (K-064 §8-9; M-H)',
  ],
  'ministry-of-commerce': [
    'The Ministry of Commerce never asks for bank details, a card photo or an OTP. Its site is moci.gov.kw: the site name is moci.gov.kw or ends in ".moci.gov.kw". (TimesKuwait quoting KUNA, 2023-03-29; M)',
  ],
  'kuwait-post': [
    "Kuwait's Ministry of Communications says it never sends messages asking people to pay to receive a parcel; scam texts ask for a small \"postal fee\" through a link. (Kuwait Times, MoC warning; M)",
    'No official page was found on paying customs or a courier fee online in Kuwait (a Kuwait Post app included). (FACTS.md gap row)',
  ],
  'ministry-of-interior': [
    'The Interior Ministry says it does not send SMS demanding traffic-fine payment (use Sahel or the official site). (menafn, 2026-01-27; M)',
  ],
  'government-portal': [
    "Kuwait's government portal lists customs fees on incoming postal parcels (e.gov.kw \"Incoming Postal Parcels Delivery Service\"; H)",
  ],
  'central-bank': ["Complaints: the Central Bank of Kuwait's online Consumers' Protection portal. (cbk.gov.kw customer protection pages; H)"],
  customs: [
    "Kuwait's air-customs director said customs charges no fee for late collection or storage; fees that shipping companies collect are not customs' business. (Al-Jarida, c. 2020; M)",
  ],
  nbk: ['NBK sends online-payment OTPs by SMS or email. (nbk.com "Secure Shopping"; H)', banksNeverAsk],
  burgan: ['Burgan requires an SMS OTP for local online payments above a threshold. (burgan.com OTP page; H then)', banksNeverAsk],
  abk: ['ABK: all ABK credit and debit cards can be added to Apple Pay. (abk.eahli.com Apple Pay FAQ; H)', banksNeverAsk],
  'commercial-bank': ['Commercial Bank of Kuwait lists 2.5% on its credit cards for use abroad. (cbk.com Visa cards; H)', banksNeverAsk],
  kfh: ['The Central Bank of Kuwait licensed banks including KFH to offer Google Wallet. (timeskuwait.com; M)', banksNeverAsk],
  boubyan: ["Boubyan's advice on card fees abroad is cited in FACTS.md (\"Why the statement differs\" row).", banksNeverAsk],
  'gulf-bank': ['Never share the 3-D Secure OTP; read the merchant name and amount in the OTP message before approving. (Gulf Bank, 2025-06-23; H)', banksNeverAsk],
  kib: ['Never share the 3-D Secure OTP. (KIB; M)', banksNeverAsk],
  dhl: ['DHL "does not request payment" through such emails; reach DHL through its global website. (lot.dhl.com/fraud-awareness; H)'],
  aramex: [
    'Warning signs of fraud include unexpected, often urgent requests for money in return for delivering shipments, and requests for card details. (dr.aramex.com/ae/ar/fraud-prevention; H)',
  ],
};

/** Every official address, each once: the list content:check's link rule takes. */
export const officialSites: readonly string[] = [...new Set(organisations.flatMap((organisation) => organisation.sites))];

/** A site name as the rule reads it: lower case, without a trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.+$/, '');
}

/**
 * The one safe address rule (FACTS.md, Scams): the site name, the part between "://" and the next
 * "/", must BE an official address or END in a dot plus it. `www.amazon.ae.refund-kw.com`,
 * `kw-post-delivery.com` and the site `pay-fine.example` of `pay-fine.example/moci.gov.kw` are not.
 */
export function isOfficialHost(host: string, sites: readonly string[] = officialSites): boolean {
  const name = normalizeHost(host);
  return sites.some((site) => name === site || name.endsWith(`.${site}`));
}

/** The organisation whose address a site name is, if any. */
export function organisationOfHost(host: string): Organisation | undefined {
  return organisations.find((organisation) => organisation.sites.length > 0 && isOfficialHost(host, organisation.sites));
}
