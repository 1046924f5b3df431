/**
 * Every piece of interface text in English. Other locales must provide the same keys
 * (the `Dictionary` type is inferred from this object).
 */
export const en = {
  site: {
    name: 'KNET & Amazon Help',
    tagline: 'Pay on Amazon from Kuwait, fix failed payments, stay safe from scams.',
    description:
      'Independent help for shoppers in Kuwait: paying on Amazon with a KNET card, the alternatives when that fails, fixing declined payments, avoiding scams and reaching the right support.',
    disclaimer:
      'An independent help center. Not affiliated with Amazon, KNET or any bank. We never ask for your card number, PIN, OTP or CVV.',
  },
  nav: {
    skipToContent: 'Skip to main content',
    home: 'Home',
    categories: 'Topics',
    contact: 'Contact support',
    mainLabel: 'Main',
    breadcrumbLabel: 'Breadcrumb',
    footerLabel: 'Footer',
  },
  search: {
    label: 'Search the help center',
    placeholder: 'Search, or paste an error message',
    submit: 'Search',
  },
  home: {
    title: 'How can we help?',
    intro: 'Answers for paying on Amazon from Kuwait: KNET cards, other ways to pay, failed payments, scams and support.',
    paymentFailedTitle: 'Did your payment just fail?',
    paymentFailedIntro: 'Start here. These articles fix most failed payments.',
    browseTitle: 'Browse by topic',
    articleCount: (count: number) => (count === 1 ? '1 article' : `${count} articles`),
  },
  category: {
    articlesTitle: 'Articles in this topic',
    otherCategories: 'Other topics',
  },
  article: {
    updated: 'Last verified',
    readingTime: (minutes: number) => `${minutes} min read`,
    tocTitle: 'On this page',
    sourcesTitle: 'Sources',
    sourcesIntro: 'We checked this article against these sources on the date above. Things change: if something looks different, tell the company concerned.',
    relatedTitle: 'Related articles',
    stillNeedHelpTitle: 'Still need help?',
    stillNeedHelpText: 'Find out who can fix your problem (Amazon, your bank or KNET) and what to have ready.',
    stillNeedHelpLink: 'Contact support',
    opensInNewTab: '(opens in a new tab)',
    scrollableTable: 'Table (scrolls sideways on small screens)',
  },
  callout: {
    NOTE: 'Note',
    TIP: 'Tip',
    IMPORTANT: 'Important',
    WARNING: 'Warning',
    CAUTION: 'Caution',
  },
  contact: {
    title: 'Contact support',
    description: 'Who can fix your problem: Amazon, your bank or KNET, and how to reach each of them safely.',
    intro: 'Pick the channel that owns your problem. The wrong door costs time: a declined KNET payment is decided by your bank, not by Amazon.',
    neverShareTitle: 'Never share your PIN, OTP or CVV',
    neverShareText: 'No real support team asks for them: not Amazon, not your bank, not KNET. Anyone who asks is a scammer. Hang up and contact the company yourself through the channels below.',
    readFirst: 'Read first',
    channelsTitle: 'Support channels',
    whenTitle: 'Use it for',
    howTitle: 'How to reach it',
    prepareTitle: 'Before you contact anyone',
    prepareText: 'Have the date and time, the amount, the order number or KNET Payment ID and Track ID, and the exact message you saw.',
    prepareLink: 'What to prepare',
  },
  notFound: {
    title: 'Page not found',
    text: 'We could not find that page. It may have moved, or the address may have a typo. Try a search, or start with one of these articles.',
    popularTitle: 'Popular articles',
    homeLink: 'Go to the home page',
  },
  footer: {
    about: 'Written for shoppers in Kuwait. Facts are checked against public sources listed on each article.',
  },
} as const;

type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;
