/**
 * Every piece of interface text in English. Other locales must provide the same keys
 * (the `Dictionary` type is inferred from this object).
 */
export const en = {
  site: {
    name: 'KNET & Amazon Help',
    /** This language's name in itself, for the language switch. */
    languageName: 'English',
    tagline: 'Pay on Amazon from Kuwait, fix failed payments, stay safe from scams.',
    description:
      'Independent help for shoppers in Kuwait: paying on Amazon with a KNET card, the alternatives when that fails, fixing declined payments, avoiding scams and reaching the right support.',
    disclaimer:
      'An independent help center. Not affiliated with Amazon, KNET or any bank. We never ask for your card number, PIN, OTP or CVV.',
    /** The quiet line under the header of every page. */
    trustLine: 'Independent help, not Amazon, KNET or a bank. We never ask for your card details.',
  },
  nav: {
    skipToContent: 'Skip to main content',
    home: 'Home',
    categories: 'Topics',
    contact: 'Contact support',
    menu: 'Menu',
    mainLabel: 'Main',
    breadcrumbLabel: 'Breadcrumb',
    footerLabel: 'Footer',
    /** Said to screen readers when a tapped link's page is slow to come (after 2 s). */
    loading: 'Loading the page…',
  },
  search: {
    label: 'Search the help center',
    placeholder: 'Search or paste a message',
    /** The header's field is narrow on a phone: a placeholder that fits it. */
    headerPlaceholder: 'Search',
    submit: 'Search',
    headerLabel: 'Site search',
    shortcutHint: 'Press / or Ctrl K to search from anywhere',
    dialogTitle: 'Search the help center',
    close: 'Close search',
    loading: 'Loading search…',
    /** Said while the index arrives on a slow connection: kilobytes received, of the total. */
    loadingProgress: (received: string, total: string) => `Loading search: ${received} of ${total} KB`,
    loadError: 'Search could not load. Check your connection and try again.',
    offline: 'Search needs an internet connection. Connect, then try again.',
    stalled: 'Search is taking too long to load. Check your connection and try again.',
    retry: 'Try again',
    resultsLabel: 'Search results',
    resultCount: (count: number) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`),
    resultsFor: (count: number, query: string) =>
      count === 0 ? `No results for “${query}”` : count === 1 ? `1 result for “${query}”` : `${count} results for “${query}”`,
    inSection: 'Section:',
    errorMatch: 'Lists this error message',
    seeAll: (query: string) => `See all results for “${query}”`,
    keysMove: 'to move',
    keysOpen: 'to open',
    keysClose: 'to close',
    emptyPrompt: 'Type a question, a few words, or paste the exact message you saw.',
    noResultsTitle: (query: string) => `No articles match “${query}”`,
    noResultsText: 'Check the spelling, try fewer or different words, or paste the message exactly as it appears.',
    /** Search found articles, but none it is sure answers the query: they are listed as the closest. */
    noAnswerTitle: (query: string) => `No article answers “${query}”`,
    noAnswerText: 'The articles below share some of its words, but none seems to be about it.',
    closestTitle: 'Closest articles',
    didYouMean: 'Did you mean:',
    showingResultsFor: (corrected: string) => `Showing results for “${corrected}”.`,
    searchInsteadFor: (query: string) => `Search instead for “${query}”`,
    popularTitle: 'Popular articles',
    contactText: 'Still stuck? Find out who can fix your problem and how to reach them.',
    contactLink: 'Contact support',
    pageTitle: 'Search',
    pageDescription: 'Search the help center for a question, a few words or an error message.',
    pageFormLabel: 'Search again',
    noScript: 'Search results need JavaScript, which is off in this browser. Browse the topics, or find out who can help with your problem.',
    sensitiveTitle: 'Removed from your search',
    sensitiveText: {
      card: 'That looked like a card number.',
      cvv: 'That looked like a card security code (CVV).',
      otp: 'That looked like a one-time code (OTP).',
      pin: 'That looked like a PIN or password.',
      iban: 'That looked like a bank account number (IBAN).',
      civilId: 'That looked like a civil ID number.',
      email: 'That looked like an email address.',
      phone: 'That looked like a phone number.',
    },
    secretRemoved:
      'Your search held what looked like a card number, a code, an account or civil ID number, an email address or a phone number. We removed it: it is not in the address bar or your history, and it was not kept. Never type or share your card number, CVV, PIN or OTP anywhere except the real payment page: no real support team asks for them.',
    sensitiveAdvice: 'We removed it from your search: it was not sent anywhere, and it is not in the address bar or your history.',
    sensitivePaymentAdvice: 'Never type or share your card number, CVV, PIN or OTP anywhere except the real payment page: no real support team asks for them.',
  },
  messageCheck: {
    title: 'Is this message a scam?',
    description:
      'Paste a text, WhatsApp message or email to see the signs of a scam in it, and what to do. The check runs in your browser: the message is not sent or kept.',
    intro:
      'Paste the whole message you got: a text, a WhatsApp message or an email. We look for the signs scammers leave and tell you what to do. The check runs in this browser: the message is not sent anywhere or kept.',
    label: 'The message',
    hint: 'Paste it as you got it, with its links and numbers. Any code in it is hidden once it is checked.',
    check: 'Check the message',
    clear: 'Clear',
    empty: 'Paste or type a message first.',
    noScript: 'The automatic check needs JavaScript, which is off in this browser. Go through the signs below yourself.',
    verdict: {
      scam: { title: 'This looks like a scam', text: 'It has the signs scammers leave. Don’t tap its link, reply, call or pay.' },
      code: {
        title: 'This looks like a real one-time code',
        text: 'It looks like a one-time code (OTP) from your bank, KNET or a shop. It is safe only on a payment page you opened yourself.',
      },
      caution: {
        title: 'Be careful with this message',
        text: 'We found one sign of a scam: not enough to be sure, but enough to check before you do anything.',
      },
      none: {
        title: 'We found no sign of a scam',
        text: 'That does not prove it is genuine: we know only the signs listed on this page. If you did not expect it, check with the sender yourself.',
      },
    },
    signsTitle: 'Signs of a scam in it',
    evidence: 'In the message:',
    signs: {
      codeByMistake: 'Someone says they sent you a code or money “by mistake” and asks you to pass it on or send it back',
      giftCards: 'It asks you to pay with gift cards, or to send their codes',
      secrets: 'It asks for your card number, PIN, OTP, CVV or password',
      remoteAccess: 'It asks you to install or open an app that lets someone see or work your phone or computer',
      neverAsks: 'The organisation it names says it never asks for this in a message',
      lookalike: 'A link dressed up as Amazon’s or KNET’s address that is not theirs',
      borrowedName: 'A link whose site name borrows the name the message goes by, with other words added',
      link: 'A link or sender address that is not an official address',
      qrCode: 'It asks you to scan a QR code',
      payment: 'It asks you to pay a fee or send money',
      verify: 'It asks you to “update” or “verify” your account, card or address through a link',
      callBack: 'It gives a number to call about a charge or an order you did not make',
      payByPhone: 'It asks for a payment and gives a mobile number to call or write to',
      newNumber: 'Someone on a “new number” asks for money',
      emergency: 'Someone says they are held at an airport, at customs or by the police, and asks for money',
      keysByCourier: 'Someone asks for a deposit and will send the keys or the contract by courier',
      wrongNumber: 'A stranger who wrote to a “wrong number” wants to be friends',
      prize: 'A prize, gift, refund or easy money you did not expect',
      pressure: 'A deadline or a threat: “within 24 hours”, “will be returned”, “blocked”',
    },
    signsWhy: {
      codeByMistake:
        'The code is for your account or your card: whoever gets it can sign in or pay as you. Money “sent by mistake” is for your bank to check: it may never have arrived.',
      giftCards: 'No real business or government agency asks to be paid in gift cards.',
      secrets: 'Kuwaiti banks never ask for your card number, PIN, OTP or CVV, and the Ministry of Commerce has said it never asks for bank details or an OTP.',
      neverAsks:
        'Kuwait’s Ministry of Communications says it never sends messages asking people to pay to receive a parcel, and the Interior Ministry says it sends no SMS demanding traffic-fine payment.',
      lookalike:
        'Amazon’s real addresses are amazon.ae, amazon.sa, amazon.com or amazon.co.uk themselves, or end in a dot and one of them (pay.amazon.com). A KNET payment page is on kpay.com.kw or an address ending in .kpay.com.kw. www.amazon.ae.refund-kw.com and secure-kpay.com.kw are fakes.',
      borrowedName:
        'A company’s own site name is its address itself (aramex.com) or ends in a dot and its address (www.aramex.com). Its name with words added, such as talabat-refunds.net or secure-bank-kw.com, is someone else’s site.',
      qrCode: 'A QR code hides the site name you would read before opening a link. Open the organisation’s app, or type its address yourself.',
      link: 'Read the site name: the part between “://” and the next “/”. It must be the organisation’s own address, or end in a dot and that address. kw-post-delivery.com is not an official address, and pay-fine.example/moci.gov.kw is on pay-fine.example, not on moci.gov.kw.',
      payment: 'A small “delivery”, “customs” or “processing” fee through a link is how fake parcel and fine messages take card details.',
      verify: 'Amazon says a request to update a payment that is not tied to an order you placed is not from Amazon: look in Your Orders yourself.',
      callBack: 'A call about a “suspicious purchase” is a scam. Call your bank on the number on the back of your card, or check your orders yourself.',
      payByPhone:
        'A mobile number in a message could be anyone’s, and a fee settled through it leaves you no way to see who gets the money. Look the organisation up yourself and pay only through its own app, site or office.',
      newNumber: 'Call the person on the number you already have before you send anything.',
      remoteAccess: 'An app like AnyDesk or TeamViewer shows the other person everything on your screen, your bank’s app and codes included, and can let them work it. Close it, and contact the organisation on a number you find yourself.',
      emergency: 'Call the person, or someone close to them, on a number you already have before you send anything. Someone you cannot see or call back is not who they say until you have checked.',
      keysByCourier: 'An owner who is “away” and sends the keys once you pay cannot show you the place: it may not be theirs, or not exist. Pay nothing before you have seen the place and met the owner.',
      wrongNumber: 'A friendly stranger from a “wrong number” is a common way for long romance and investment scams to begin. Don’t reply, and never send money or invest on the advice of someone you have not met.',
      prize: 'A prize or a refund you did not expect is bait, above all when a fee is asked first.',
      pressure: 'A short deadline is there to make you act before you think.',
    },
    adviceTitle: 'What to do',
    advice: {
      scam: [
        'Don’t tap the link, reply or call the number in it.',
        'Check for yourself: open the Amazon app, your bank’s app or the organisation’s website by typing its address.',
        'If you typed card details or a code, call your bank now on the number on the back of your card and ask it to block the card.',
      ],
      code: [
        'Use it only on the payment page you opened yourself, for a payment you are making now.',
        'Never share it with anyone, not even someone who says they are from your bank, KNET or Amazon.',
        'If you did not start a payment or a sign-in, don’t use it: call your bank on the number on the back of your card, and change your password.',
      ],
      none: [
        'If you did not expect it, don’t tap its links: open the app or type the address yourself.',
        'Never share your card number, PIN, OTP or CVV with anyone.',
      ],
    },
    /** `{amount}` and `{merchant}` are read from the message. */
    codeFor: {
      both: 'It is for {amount} at {merchant}. Use it only if that is the payment you are making now.',
      amount: 'It is for {amount}. Use it only if that is the payment you are making now.',
      merchant: 'It is for a payment at {merchant}. Use it only if that is the payment you are making now.',
    },
    hidden: 'We hid its codes and personal numbers on this page (•••).',
    openPage: 'See all the signs we look for',
    checklistTitle: 'The signs we look for',
    checklistIntro: 'Go through them yourself with any message you did not expect.',
    strongTitle: 'Any one of these means a scam',
    weakTitle: 'Two of these together are a strong warning; one alone is a reason to check',
    readMoreTitle: 'Read more about scams',
    contactLink: 'Already paid, or typed your card details? Find who can help',
  },
  home: {
    paymentFailedTitle: 'Did your payment just fail?',
    messagesLabel: 'Which message did the KNET payment page show?',
    otherFailuresLabel: 'Refused somewhere else, or no message?',
    browseTitle: 'Browse by topic',
    browseIntro: 'Paying on Amazon from Kuwait: KNET cards, other ways to pay, failed payments, scams and support.',
    contactTitle: 'Not sure who can fix it?',
    contactText: 'Answer one or two questions and see who to contact (Amazon, your bank or the shop), how to reach them safely and what to have ready.',
    contactLink: 'Find who can help',
    articleCount: (count: number) => (count === 1 ? '1 article' : `${count} articles`),
    orderTitle: 'My order didn’t arrive',
    orderText: 'Late, marked as delivered but not there, damaged or the wrong item: what to check in Your Orders, when to ask the seller, and how the A-to-z Guarantee works.',
    orderLink: 'What to do',
    checkMessageTitle: 'Got a message asking you to pay a fee or share a code?',
    checkMessageText: 'Paste it into our check to see the signs of a scam in it. The message never leaves your browser.',
    checkMessageLink: 'Check a message',
  },
  category: {
    articlesTitle: 'Articles in this topic',
    otherCategories: 'Other topics',
  },
  article: {
    /** Followed by the date: the sources are stored copies of pages, so the article was reviewed, not verified live. */
    updated: 'Reviewed on',
    readingTime: (minutes: number) => `${minutes} min read`,
    tocTitle: 'On this page',
    sourcesTitle: 'Sources',
    sourcesIntro: 'We reviewed this article against stored copies of these pages. Pages change: if something looks different, trust the company’s own page and tell it.',
    relatedTitle: 'Related articles',
    stillNeedHelpTitle: 'Still need help?',
    stillNeedHelpText: 'Find out who can fix your problem (Amazon, your bank or KNET) and what to have ready.',
    stillNeedHelpLink: 'Contact support',
    opensInNewTab: '(opens in a new tab)',
    scrollableTable: 'Table (scrolls sideways on small screens)',
    /** Added by the renderer under each heading that names a message the article lists (lib/content/message-help.ts). */
    messageHelp: {
      noteKnetIds: 'First, before you close the result page: screenshot or note its Payment ID and Track ID.',
      stillStuck: 'Still stuck?',
      contactLink: 'See who can fix it and how to reach them',
    },
  },
  feedback: {
    title: 'Was this article helpful?',
    yes: 'Yes',
    no: 'No',
    reasonLegend: 'What was missing or wrong? (optional)',
    reasons: {
      unanswered: "It didn't answer my question",
      outdated: 'It is out of date or wrong',
      unclear: 'It is hard to follow',
      'wrong-store': 'It is not right for my Amazon store',
      other: 'Something else',
    },
    commentLabel: 'Tell us more (optional)',
    commentHint: (max: number) =>
      `At most ${max} characters. Never write your card number, PIN, OTP or CVV: anything that looks like one is removed before your comment is kept.`,
    send: 'Send',
    thanksTitle: 'Thank you for your answer',
    thanksText: 'It helps us fix what is missing or unclear.',
    failed: 'Your answer could not be sent. Please try again in a few minutes.',
    anonymous: 'Anonymous: we keep no IP address, cookie or identifier.',
    privacyLink: 'How we handle feedback',
    errorPage: {
      title: 'Your answer was not sent',
      invalid: 'Something in the form was not right:',
      forbidden: 'The answer did not come from this site’s own form.',
      tooMany: 'Too many answers came from your connection in a short time. Wait a minute, then try again.',
      unavailable: 'We cannot save answers right now. Please try again later: the article itself still works.',
      back: 'Back to the article',
    },
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
    description:
      'Tell us what went wrong and see what to try first, who can fix it (Amazon, Amazon Pay, your bank, the shop or KNET), how to reach them safely and what to have ready.',
    intro:
      'Tell us what went wrong. We will show you what to try first, who can fix it and how to reach them. The wrong door costs time: a declined card payment is decided by your bank, not by the shop or Amazon.',
    problemsTitle: 'What went wrong?',
    neverShareTitle: 'Never share your PIN, OTP or CVV',
    neverShareText:
      'No real support team asks for them: not Amazon, not Amazon Pay, not your bank, not KNET. Anyone who asks is a scammer. Hang up and contact the company yourself, the way this page shows.',
    securityTitle: 'Stay safe',
    readFirst: 'Read first',
    channelsTitle: 'Support channels',
    channelsIntro: 'Already know who you need? Here is what each one can do and how to reach it.',
    whenTitle: 'Use it for',
    howTitle: 'How to reach it',
    waysTitle: 'Call-back, chat or email?',
    prepareTitle: 'Before you contact anyone',
    prepareText: 'Have the date and time, the amount, the order number or KNET Payment ID and Track ID, and the exact message you saw.',
    prepareLink: 'What to prepare',
    visitSite: 'Open the official site',
    questionDescription: (problem: string) =>
      `${problem}: answer one question to see what to try first, who to contact and what to have ready.`,
    otherAnswers: 'Not your situation?',
    chooseAgain: 'Choose a different answer',
    startAgain: 'Start again',
    checkMessage: 'Paste the message into our check to see the signs of a scam in it',
    articlesTitle: 'Try these first',
    articlesIntro: 'Many problems are fixed with one of these, without waiting for anyone.',
    contactTitle: 'Who to contact',
    contactIntro: (count: number) =>
      count === 1 ? 'If the articles do not fix it, contact:' : 'If the articles do not fix it, contact them in this order:',
    contactStep: (position: number) => `Step ${position}`,
    /** Inside the bank's step of a result: where its number is, and what to say when you call. */
    bankCall: {
      whereTitle: "Where to find your bank's number",
      card: 'On the back of your card',
      cardText: 'The number printed there is the real one. Numbers in ads and messages may not be.',
      app: "In your bank's app",
      appText: 'Or visit a branch. Either way, you reach your bank yourself.',
      sayTitle: 'What to say',
      /** Keys of a route's `bankScript` (lib/contact/routes.ts). */
      scripts: {
        declined: {
          say: '“I tried to pay online with my card and the payment was declined. Can you tell me why, and what I need to change?”',
          then: 'Then give the date and time, the amount and the shop’s name, and for a KNET payment the Payment ID and Track ID. Your summary below puts them in order.',
        },
      },
    },
    readyTitle: 'What to have ready',
    readyIntro: 'Gather these before you get in touch. Leave out anything that would let someone use your card.',
    ready: {
      dateTime: 'The date and time of the payment or problem, as exactly as you can.',
      amount: 'The amount and the currency.',
      orderNumber: 'The Amazon order number, if an order was created.',
      knetIds: 'The Payment ID and Track ID from the KNET result page.',
      message: 'The exact message you saw, word for word.',
      screenshot: 'A screenshot of the message, with any card number covered.',
      store: 'Which Amazon store you were using (its web address).',
      lastFour: 'Which card you used: its last four digits only, never the full number.',
      shopName: 'The name of the shop or website, and any order or reference number it gave you.',
      cardBrands: 'The logos on your card. Some Kuwaiti bank cards carry a Visa or Mastercard logo as well as KNET.',
      accountEmail: 'The email address of your Amazon account. Never your password.',
      giftCard: 'Where the gift card came from, the receipt, and which Amazon store issued it.',
      contactedBy: 'How they reached you: the number, email address or message they used.',
      tried: 'What you already tried: another attempt, another card, a call to your bank.',
      notes: 'Something to write with: note the name of the person you speak to and any reference number.',
    },
    security: {
      fakeSupport:
        'Fake support numbers exist. Numbers in search ads, social media posts and messages can lead to scammers who pose as Amazon, your bank or KNET. Reach support only the way shown on this page.',
      fakePaymentPage:
        "Fake copies of the KNET payment page have been seen. According to KNET's merchant manual, the real pages are on kpay.com.kw. Before you enter your PIN or OTP, read the site name, the part of the address between https:// and the next /: it must be kpay.com.kw itself or end in .kpay.com.kw, with a dot right before kpay. secure-kpay.com.kw and kpay.com.kw.example.com fail that test: they are not KNET.",
      suspiciousCall:
        'A call or message about a “suspicious Amazon purchase” is a scam. Hang up, and check your orders yourself in the Amazon app or website.',
      giftCardPayment:
        "No real business or government agency asks to be paid in gift cards. If you shared gift-card codes with someone, tell the card's issuer at once.",
      offAmazon:
        "Amazon says a real Amazon purchase never happens off its website, and that its own addresses have a dot right before “amazon.”. Read the site name, the part of the address between https:// and the next /: it must be your store's address itself, such as amazon.ae, or end in a dot followed by it, such as .amazon.ae in www.amazon.ae. www.amazon.ae.refund-kw.com and amazon-ae.help fail that test: they are not Amazon. Anyone who offers to take your payment for an Amazon order somewhere else is not Amazon.",
      reportFast: 'If your card, a code or a payment is involved, tell your bank today: the sooner it knows, the sooner it can stop further payments.',
    },
    form: {
      title: 'Prepare your request',
      intro:
        'Fill in what you know and we will turn it into a clear summary to copy into a chat or email, or to print. It stays in this tab: nothing is sent or saved, and it is gone when you leave the page.',
      fields: {
        whatHappened: { label: 'What happened', hint: 'A few plain sentences: what you did, what you expected, what happened instead.' },
        date: { label: 'Date', hint: '' },
        time: { label: 'Time', hint: '' },
        amount: { label: 'Amount', hint: 'With the currency, for example KD 12.500' },
        orderNumber: { label: 'Amazon order number', hint: '' },
        paymentId: { label: 'KNET Payment ID', hint: 'From the KNET result page' },
        trackId: { label: 'Track ID', hint: 'From the KNET result page' },
        message: { label: 'The exact message shown', hint: 'Word for word, for example NOT CAPTURED' },
      },
      warning: {
        card: 'That looks like a card number: the summary keeps only its last 4 digits.',
        cvv: 'That looks like a card security code (CVV): the summary leaves it out.',
        pin: 'That looks like a PIN: the summary leaves it out.',
        otp: 'That looks like a one-time code (OTP): the summary leaves it out.',
      },
      warningAdvice: 'No real support team needs these, and scammers ask for them. Never give them to anyone.',
      summaryTitle: 'Your summary',
      summaryHeading: (title: string) => `Support request: ${title}`,
      summaryMasked: 'Numbers that look like card details are hidden (•••).',
      copy: 'Copy summary',
      copied: 'Copied. Paste it into your chat or email.',
      copyFallback: 'Your browser did not let us copy. The summary is selected: press Ctrl+C, or long-press it and choose Copy.',
      print: 'Print summary',
      clear: 'Clear the form',
    },
    channels: {
      bank: {
        name: 'Your bank',
        when: 'A declined payment, a limit or block on your card, an OTP that does not arrive, money that left your account although the KNET result was NOT CAPTURED, a card you think is compromised, or any charge you did not make.',
        how: [
          "Call the number printed on the back of your card, or use your bank's app or a branch.",
          "Say it is about an online card payment, and give the date, time, amount and the shop's name. For a KNET payment, give the Payment ID and Track ID.",
          'If you think someone has your card details, ask the bank to block the card straight away.',
        ],
        ways: [],
        note: 'Your bank can say why it declined a payment and what an amount held on your card is, and it can block the card if someone else has its details. It will never ask for your PIN, OTP or CVV.',
      },
      amazon: {
        name: 'Amazon customer service',
        when: 'An Amazon order, the card details you entered on Amazon, changing the payment method of an open order, signing in, gift cards, or a charge on your Amazon account you did not make.',
        how: [
          'Sign in to your Amazon account in the app or on the website: Contact Us is meant to be used while you are signed in.',
          'Open Help, choose “Need More Help?”, then “Contact Us”: the route guides to Amazon’s support describe (the names can differ between stores).',
          'Describe the problem in a few plain sentences, then choose how Amazon should reply.',
        ],
        ways: [
          { name: 'Call-back', text: 'Amazon phones you, often within minutes according to guides to its support. Best when it is urgent, such as a charge you did not make.' },
          { name: 'Chat', text: 'A typed conversation in real time. Best for step-by-step help, such as checking the card details you entered.' },
          { name: 'Email', text: 'A written message, answered later. Best for detailed, non-urgent problems, and when you want to attach screenshots.' },
        ],
        note: 'We give no Amazon phone number on purpose: we could not verify any number from an Amazon page, so we publish none. Numbers found online come from third parties and can lead to scammers.',
      },
      amazonPay: {
        name: 'Amazon Pay',
        when: 'You paid on another website with Amazon Pay and see a payment you did not make, or the goods did not arrive.',
        how: [
          'Sign in to your Amazon Pay account and open your Amazon Pay orders, then Activity.',
          'Choose the payment, then “Details & Support”.',
          'Choose “Report fraud or misuse” for a payment you did not make, or “File an A-to-Z Guarantee claim” for physical goods that did not arrive or arrived damaged (give the merchant two business days first).',
        ],
        ways: [],
        note: "Amazon Pay's help pages are separate from your Amazon store's help.",
      },
      shop: {
        name: 'The shop you paid',
        when: 'A KNET payment that was CAPTURED but not confirmed, money that left your account after a HOST TIMEOUT, a gift card that never came, or a refund.',
        how: [
          "Use the contact details on the shop's own website or in its order confirmation, never a number from an ad or a message.",
          'Give the Payment ID and Track ID, the date and time, and the amount from the KNET result page.',
          'Ask the shop to confirm your order, or to refund the payment.',
        ],
        ways: [],
        note: "According to KNET's merchant manual, refunds are made by the shop that took the payment, not by KNET, and only for a payment whose result was CAPTURED.",
      },
      knet: {
        name: 'KNET',
        when: 'Official information about KNET and its payment page. For a payment that failed or took money, your bank and the shop are the ones who can act.',
        how: [
          'Type knet.com.kw into your browser yourself for official information.',
          'For a problem with a payment, contact your bank first, with the Payment ID and Track ID from the result page.',
        ],
        ways: [],
        note: "The only contact we found on KNET's own website is meant for merchants, not shoppers. We publish no KNET phone number: the numbers seen online come from unofficial sites.",
      },
    },
    problems: {
      declined: {
        label: 'My payment was declined',
        hint: 'Declined, refused or not approved',
        question: 'Where was your payment declined?',
        answers: {
          'knet-page': {
            label: 'On the KNET payment page',
            hint: 'The page where you chose your bank and entered your PIN',
            title: 'Payment declined on the KNET payment page',
            answer:
              'Your bank decides whether a KNET payment goes through. Check the bank, card prefix, expiry, PIN, your balance and limits, try once more, then call the number on the back of your card with the Payment ID and Track ID.',
          },
          'card-on-amazon': {
            label: 'On Amazon, with my card',
            hint: 'At checkout, or when adding the card',
            title: 'Card declined on Amazon',
            answer:
              'Your bank decides, not Amazon. Check that the card is active, funded and unexpired, that it is allowed to pay online shops abroad, and that the billing address is right; then ask your bank about security flags, daily limits and holds. Amazon can check the details you entered or change the payment method on an open order.',
          },
        },
      },
      'not-accepted': {
        label: "Amazon doesn't accept my card or KNET",
        hint: 'KNET is not offered, or the card is refused however you type it',
        title: "Amazon doesn't accept my card or KNET",
        answer:
          'No source we checked lists KNET as a way to pay in any Amazon store, so a card that works only on KNET may be refused. Check what your store accepts, ask your bank whether your card has a Visa or Mastercard side that works online, or use another route such as a gift card.',
      },
      'card-details': {
        label: 'My card details are refused',
        hint: '“Invalid card number”, “card expired”, or a form that will not take the card',
        question: 'Where were your card details refused?',
        answers: {
          'on-amazon': {
            label: 'On Amazon',
            hint: 'When adding a card or paying at checkout',
            title: 'Card details refused on Amazon',
            answer:
              'Usually a typo, the wrong format or an expired card. Check the number and expiry against the card and try once more. If it is still refused, Amazon can check the details you entered, and your bank can tell you whether the card can be used for this kind of payment.',
          },
          'knet-page': {
            label: 'On the KNET payment page',
            hint: 'After choosing your bank and card prefix',
            title: 'Card details refused on the KNET payment page',
            answer:
              'Use an unexpired card and re-enter the number with the right prefix: choose your bank, pick the card prefix from the list, then type the remaining digits. If it is still refused, call your bank on the number on the back of your card.',
          },
        },
      },
      'knet-message': {
        label: 'I got a message on the KNET payment page',
        hint: 'CAPTURED, NOT CAPTURED, HOST TIMEOUT, invalid OTP…',
        question: 'Which message did you see?',
        answers: {
          captured: {
            label: 'CAPTURED, but my order was not confirmed',
            hint: '',
            title: 'CAPTURED, but no order confirmation',
            answer:
              "CAPTURED means the payment was approved and charged. Don't pay again: contact the shop with the Payment ID and Track ID. According to KNET's merchant manual, refunds come from the shop, not from KNET.",
          },
          'not-captured': {
            label: 'NOT CAPTURED',
            hint: '',
            title: 'NOT CAPTURED on the KNET payment page',
            answer:
              'Your bank did not approve the payment, often because of wrong details, a limit or a timeout. Check the bank, card prefix, expiry and PIN, your balance and limits, and the mobile number your bank has for the OTP. Try once more, then call your bank. If the amount left your account all the same, call your bank, not the shop: the shop refunds only a CAPTURED payment, and your bank can tell you whether the amount is a hold and when it is released.',
          },
          canceled: {
            label: 'CANCELED',
            hint: '',
            title: 'CANCELED on the KNET payment page',
            answer:
              'The payment was canceled on the KNET page, and nothing was charged. Start the payment again from the shop. If it keeps happening, ask your bank.',
          },
          'host-timeout': {
            label: 'HOST TIMEOUT',
            hint: '',
            title: 'HOST TIMEOUT on the KNET payment page',
            answer:
              "Your bank did not answer in time, so the result is unclear. Don't pay again at once: check your SMS messages and bank statement first. If money left your account, contact the shop with the Payment ID and Track ID.",
          },
          'denied-by-risk': {
            label: 'DENIED BY RISK',
            hint: '',
            title: 'DENIED BY RISK on the KNET payment page',
            answer:
              'Risk rules or limits on how much or how often you pay stopped the payment. Try again later, or ask your bank which limit applies: limits differ between banks and change.',
          },
          otp: {
            label: 'Invalid OTP, or no OTP arrived',
            hint: '',
            title: 'Invalid OTP, or no code arrived',
            answer:
              'The code was mistyped or had expired. Tap “Resend OTP” and enter the newest code straight away. If no code arrives, your bank may have an old mobile number for you: call the number on the back of your card.',
          },
          'otp-attempts': {
            label: 'Too many OTP attempts',
            hint: '',
            title: 'Too many OTP attempts',
            answer:
              'Stop for now: after several wrong codes the page may refuse more. Start a new payment later, with the phone your bank sends codes to in your hand. If it happens again, call your bank on the number on the back of your card.',
          },
          session: {
            label: '“Session time limit exceeded” or “payment in progress in another window”',
            hint: '',
            title: 'The KNET page timed out or found another payment',
            answer:
              'The page timed out, or a second payment was started. Close any other tabs, start the payment again once, and finish without pausing. If it keeps happening, ask your bank.',
          },
          'card-refused': {
            label: '“Card expired” or “invalid card number”',
            hint: '',
            title: 'Card details refused on the KNET payment page',
            answer:
              'Use an unexpired card and re-enter the number with the right prefix: choose your bank, pick the card prefix from the list, then type the remaining digits. If it is still refused, call your bank on the number on the back of your card.',
          },
          other: {
            label: 'Another message, or only a number',
            hint: '',
            title: 'Another message on the KNET payment page',
            answer:
              "Note the message or number exactly as shown, with the Payment ID and Track ID. We don't guess what numeric codes mean: give the number to your bank as it appears. KNET's website, knet.com.kw, explains KNET, but we found no contact for shoppers there: your bank is the one to ask.",
          },
        },
      },
      'payment-failed': {
        label: 'Amazon says my payment failed',
        hint: 'Revise Payment or Retry Payment Method on an order, or a “payment failed” email or text',
        question: 'Where did you see it?',
        answers: {
          revise: {
            label: 'On the order, in Your Orders or Your Account',
            hint: 'Amazon offers Revise Payment or Retry Payment Method there',
            title: 'Revise a failed payment on your order',
            answer:
              "Fix the cause first: amazon.ae lists wrong card details, a card blocked for online payments, a bank outage, and a page refreshed or closed while the bank was working. Then pay again from the order itself, soon: Amazon's email and the order show the deadline, and the order may be cancelled after it. Only your bank can say why it refused the card; Amazon customer service can change the payment method on an open order.",
          },
          email: {
            label: 'In an email or text message',
            hint: 'It says a payment failed and asks you to update it',
            title: 'An email or text saying your payment failed',
            answer:
              "It may be real, or a fake. Don't tap its links: type your store's address yourself, sign in and open Your Orders. If the order is there and asks you to revise or retry the payment, do it there. If there is no such order, or nothing on that screen asks you to update your payment, Amazon says the message is not from Amazon. If you already typed card details or a code after tapping its link, call your bank now on the number on the back of your card.",
          },
        },
      },
      charge: {
        label: 'An amount on my statement looks wrong',
        hint: 'Pending, charged twice, or a different amount or currency',
        question: 'What do you see?',
        answers: {
          'pending-or-twice': {
            label: 'A pending amount, or two charges for one order',
            hint: 'Or money left my account but the order failed',
            title: 'A pending amount, or two charges for one order',
            answer:
              "Often it is a hold, not a charge: your bank reserves the amount while the payment is checked, and releases it on its own timetable if the order doesn't go ahead. Don't pay a second time while amazon.ae says it is waiting for payment confirmation from your bank. Compare Your Orders with your statement. Ask your bank about a hold; take two completed charges for one order to Amazon customer service first, then to your bank. For a KNET payment that left no order, the shop is the one to ask, with the Payment ID.",
          },
          'amount-differs': {
            label: 'A different amount or currency than the store showed',
            hint: 'The total at checkout and the line on the statement do not match',
            title: 'Your statement shows another amount or currency',
            answer:
              "What a store page shows is not always what your bank records: the payment's currency, your card company's exchange rate and fees, a hold followed by the final charge, or an import-fees deposit partly refunded later can each change the line. No source we found says which currency a Kuwaiti card is charged in, so ask your bank which currency it received, the rate it used and the fees it added: fees differ between banks and cards.",
          },
        },
      },
      unauthorized: {
        label: "I see a charge I didn't make",
        hint: 'On Amazon, through Amazon Pay, or on your statement',
        question: 'Where do you see the charge?',
        answers: {
          'amazon-order': {
            label: 'On my Amazon account',
            hint: 'An order or payment I did not make',
            title: 'A charge on Amazon that you did not make',
            answer:
              'Act today. Call your bank on the number on the back of your card, then report the charge to Amazon: find it in Your Transactions and contact Amazon to dispute it. Amazon investigates and may refund you. Then change your passwords.',
          },
          'amazon-pay': {
            label: 'An Amazon Pay payment on another website',
            hint: 'In your Amazon Pay activity',
            title: 'An Amazon Pay payment you did not make',
            answer:
              'Act today. In your Amazon Pay account, open the payment in Activity, choose “Details & Support”, then “Report fraud or misuse”. Call your bank too, and change your passwords.',
          },
          'card-statement': {
            label: 'Only on my bank statement or in an SMS',
            hint: "I don't know where it came from",
            title: "A charge on your card that you don't recognize",
            answer:
              'Call your bank today on the number on the back of your card, and ask whether the card should be blocked or replaced. Then look for the same amount in your Amazon orders and Your Transactions, and report it to Amazon if it is there.',
          },
        },
      },
      'sign-in': {
        label: "I can't sign in to Amazon",
        hint: 'Wrong password, no reset email, locked out',
        title: "You can't sign in to Amazon",
        answer:
          'Check that you are using the exact email address and password of your account. If that fails, use “Forgot Password” on the sign-in page to get reset instructions by email. If you still cannot get in, contact Amazon customer service.',
      },
      order: {
        label: 'A problem with an Amazon order',
        hint: 'It didn’t arrive or came wrong, or you want to return, cancel or change it',
        question: 'What do you need?',
        answers: {
          'not-arrived': {
            label: 'It didn’t arrive, or came damaged or wrong',
            hint: 'Late, marked as delivered but not received, damaged, or the wrong item',
            title: 'An order that didn’t arrive, or came damaged or wrong',
            answer:
              "Start from Your Orders in the store you bought from: track the package, and see whether Amazon or a marketplace seller sold it. Contact a marketplace seller first, from the order. On amazon.ae and amazon.sa, the A-to-z Guarantee can refund a third-party seller's item that has not arrived three days after the latest estimated delivery date, or was not what you ordered; Amazon may ask you to give the seller 48 hours first. A chargeback through your bank ends that guarantee, so start with the store.",
          },
          return: {
            label: 'I want to return an item',
            hint: 'Send something back and get a refund',
            title: 'Return an item delivered to Kuwait',
            answer:
              "Start from Your Orders in the store you bought from, and read the return options shown for that order before you send anything: we found no return window or return-shipping rule for orders delivered to Kuwait. A marketplace seller's item goes back to the seller: send it with trackable shipping and keep the receipt. The refund goes back to the payment method you used.",
          },
          'cancel-or-change': {
            label: 'I want to cancel it, or change its payment or address',
            hint: 'Before it ships, or after a failed payment',
            title: 'Cancel an order, or change its payment or address',
            answer:
              "Use Your Orders in the store you bought from: amazon.com and amazon.co.uk let you cancel items there until they enter the shipping process, and a marketplace seller may have to approve it. Fix a failed payment on the order itself. Editing an address in your address book does not change orders already placed. If the order page offers no way to do it, contact Amazon customer service: it can change the payment method on an open order.",
          },
        },
      },
      'gift-card': {
        label: 'A gift-card problem',
        hint: 'It will not redeem, a vendor did not deliver, or someone asked for gift cards',
        question: 'What happened with the gift card?',
        answers: {
          redeem: {
            label: "It won't redeem, or doesn't pay for my order",
            hint: '',
            title: "A gift card that won't redeem",
            answer:
              'A gift card works only on the Amazon store that issued it, and not through Amazon Pay. In that store, choose Redeem a Gift Card, enter the claim code and apply it to your balance. If it still fails, contact that store\'s customer service.',
          },
          vendor: {
            label: 'I paid a vendor with KNET and got no working card',
            hint: '',
            title: 'Paid a gift-card vendor, but no working card',
            answer:
              "Contact the vendor first, with the Payment ID and Track ID from the KNET result page: according to KNET's merchant manual, refunds come from the shop that took the payment, not from KNET. If the vendor does not answer, ask your bank what it can do, but don't count on a reversal: a payment processor lists no chargeback for KNET payments.",
          },
          scam: {
            label: 'Someone asked me to pay with gift cards, or for the codes',
            hint: '',
            title: 'Someone asked for gift cards or their codes',
            answer:
              "That is a scam: no real business or government agency asks to be paid in gift cards. If you shared codes, tell the card's issuer at once (for an Amazon gift card, that is Amazon) and use Amazon's “report a scam” page. If you paid with your card, call your bank too.",
          },
        },
      },
      refund: {
        label: "A refund hasn't arrived",
        hint: 'From an Amazon order, a returned Cash on Delivery order, or a KNET payment to a shop',
        title: "A refund that hasn't arrived",
        answer:
          'A refund goes back the way you paid, from whoever took the money: the Amazon store for an order, the shop for a KNET payment (and only if its result was CAPTURED). If a KNET payment was NOT CAPTURED but the amount left your account, ask your bank instead: the shop has nothing to refund. Check when the refund was issued and allow the time the store gives, then ask your bank whether it has arrived. If your bank does not resolve it, take the complaint further.',
      },
      'fee-message': {
        label: 'A message asks me to pay a fee or a fine',
        hint: 'A delivery, postal or customs fee, or a traffic fine, through a link',
        title: 'A message asking you to pay a fee through a link',
        answer:
          "Treat it as a scam: Kuwait's Ministry of Communications says it never sends messages asking people to pay to receive a parcel, and the Interior Ministry says it does not send SMS demanding traffic-fine payment. If you did not tap the link, leave it: delete the message and check the order or the fine yourself, in the shop's or the ministry's own app or website. You need not call anyone, and a fake Amazon message can be reported at amazon.com/reportascam. If you typed card details or a code on the page, call your bank now on the number on the back of your card and ask it to block the card.",
      },
      complaint: {
        label: "My bank hasn't resolved my complaint",
        hint: 'No written answer, or an answer you disagree with',
        title: "Your bank hasn't resolved your complaint",
        answer:
          "Put the complaint to your bank in writing, on its complaint form: the bank must answer in writing. If it does not, or you disagree, complain to the Central Bank of Kuwait through its online Consumers' Protection portal on cbk.gov.kw, attaching the bank's reply. For online fraud, KUNA reports that the Interior Ministry's Cybercrime Department handles it: report it there too.",
      },
      other: {
        label: 'Something else',
        hint: 'Not in this list',
        title: 'Something else',
        answer:
          "Start with Amazon's help pages: search with the words of your problem or the exact message, and follow the guide step by step. For a problem with the card itself, such as a block, a limit or an OTP, call your bank. For an order or your account, contact Amazon customer service.",
      },
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'We could not find that page. It may have moved, or the address may have a typo. Search at the top of the page, or start with one of these articles.',
    popularTitle: 'Popular articles',
    homeLink: 'Go to the home page',
  },
  privacy: {
    title: 'Privacy: what we keep and for how long',
    description: 'What this help center keeps when you answer “Was this article helpful?” or search, what it never keeps, and for how long.',
    intro: 'This help center has no accounts, no advertising and no tracking. It keeps only what helps us improve the articles, and nothing that says who you are.',
    keptTitle: 'What we keep',
    kept: [
      'When you answer “Was this article helpful?”: the article, the language, yes or no, the reason you chose, your comment if you wrote one, and the date.',
      'When a search finds nothing, or you leave the results without opening one: the words you searched for (in lower case), the language, the number of results, the date, and a code that tells searchers apart without saying who they are: it is made from your connection’s address and the words with a secret of that day, cannot be turned back into the address, and is different for your other searches and on other days.',
      'To stop abuse, for at most 15 minutes: how many answers came from your connection, under a code made with a secret of that day that cannot be turned back into its address.',
    ],
    neverTitle: 'What we never keep',
    never: [
      'No IP address, no browser or device details, no cookie and no identifier: two answers cannot be linked to each other or to you.',
      'No card details or codes. In a comment, a card number is cut to its last four digits, anything that looks like a PIN, OTP or CVV is removed, and email addresses, phone numbers, account (IBAN) and civil ID numbers are hidden, all before it is kept.',
      'Card numbers, codes, account and civil ID numbers, email addresses and phone numbers are removed from a search before it is sent, and the server masks them again if one arrives.',
      'A message you paste into the message check or the search box is read in your browser: the check sends it nowhere, and search never reports it as a failed search.',
    ],
    retentionTitle: 'How long',
    retention: (days: number) =>
      `Comments and searched words are deleted after ${days} days. The counts of yes, no and reasons stay, with no comment attached.`,
    browserTitle: 'In your browser',
    browser: 'So that we ask only once per visit, this tab remembers which articles you answered. It is forgotten when you close the tab and is never sent.',
    whoTitle: 'Who sees it',
    who: 'Only the editors of this help center, to fix and improve the articles. A searched phrase is shown to them only once it was searched from at least three different connections (one connection counts once a day). Nothing is shared or sold.',
  },
  footer: {
    about: 'Written for shoppers in Kuwait. Facts are checked against public sources listed on each article.',
    topicsTitle: 'Topics',
    helpTitle: 'Get help',
    contactRouter: 'Find who can fix your problem',
    searchLink: 'Search the help center',
    privacy: 'Privacy',
    checkMessage: 'Is this message a scam?',
  },
} as const;

type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => Widen<R>
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;
