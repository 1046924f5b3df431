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
    visitSite: 'Open the official site',
    channels: {
      amazon: {
        name: 'Amazon customer service',
        when: 'Problems with an Amazon order, the card details you entered on Amazon, changing the payment method of an open order, signing in, or a charge on your Amazon account you did not make.',
        how: [
          'Sign in to your Amazon account first.',
          'Open Help, choose "Need More Help?", then "Contact Us".',
          'Describe the problem, then pick how Amazon should reply: a phone call-back (often within minutes), a chat in real time, or an email for detailed, non-urgent questions with attachments.',
        ],
        note: 'We give no Amazon phone number on purpose: the numbers found online come from third parties, and some are run by scammers.',
      },
      amazonPay: {
        name: 'Amazon Pay',
        when: 'You paid on another website with Amazon Pay and see a charge you did not make, or the goods did not arrive.',
        how: [
          'Open your Amazon Pay account and go to its activity.',
          'Open the payment, choose "Details & Support".',
          'Choose "Report fraud or misuse" for a charge you did not make, or "File an A-to-Z Guarantee claim" for goods that did not arrive (give the merchant two business days first).',
        ],
        note: '',
      },
      bank: {
        name: 'Your bank',
        when: 'A declined payment, a limit or block on your card, an OTP that does not arrive, a card you think is compromised, or any charge you did not make.',
        how: [
          'Call the number printed on the back of your card, or visit a branch.',
          'Say what happened, when, and the amount. For a KNET payment, give the Payment ID and Track ID.',
          'If you think someone has your card details, ask the bank to block the card straight away.',
        ],
        note: 'Only the bank can say why it declined a payment. It will never ask for your PIN, OTP or CVV.',
      },
      knet: {
        name: 'KNET',
        when: 'Questions about the KNET payment page itself. For a payment that failed or was charged, your bank and the shop can act; KNET cannot refund a purchase.',
        how: [
          'Visit KNET\'s official website, knet.com.kw, for information.',
          'For a problem with a payment, contact your bank first, with the Payment ID and Track ID from the result page.',
        ],
        note: 'We publish no KNET phone number: the numbers seen online come from unofficial sites.',
      },
    },
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
