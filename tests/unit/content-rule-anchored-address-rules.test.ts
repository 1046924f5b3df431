import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { checkContent } from '@/lib/content/check';
import { officialSites as officialHosts } from '@/lib/official-sites';
import { anchoredAddressRules, findLooseAddressRules, officialSites, sitesOf } from '@/lib/content/rules/anchored-address-rules';
import { article, baseTree, frontmatter, readTree, ruleProblems } from './content-rule-fixture';

const shapes = (text: string) => findLooseAddressRules(text).map((rule) => [rule.site.example, rule.shape]);

/**
 * Every place shared/content/REVIEW-2026-12-07.md quotes under U1 (Amazon) and U2 (Ministry of
 * Commerce), as the line stood in each language when the review was written.
 */
const amazonRuleQuotes: [string, string][] = [
  ['en/troubleshooting/cant-sign-in.md:42', '- Before you open a link, look at its address. Amazon says its own addresses have a dot right before "amazon." (as in pay.amazon.com), and that it never links to an IP address (an address made only of numbers).'],
  ['ar/troubleshooting/cant-sign-in.md:42', '- قبل أن تفتح أي رابط، انظر إلى عنوانه. تقول أمازون إن عناوينها الحقيقية فيها نقطة قبل «\u2068amazon.\u2069» مباشرة (مثل pay.amazon.com)، وإنها لا تضع أبدًا رابطًا إلى عنوان IP (عنوان من أرقام فقط).'],
  ['en/alternatives/check-for-new-payment-options.md:45', 'A message announcing a new payment option, with a link to "activate" or "verify" your card, fits the pattern of phishing: messages that imitate real companies and push you to click or hand over personal details. Amazon doesn\'t ask for your password by email, and a real Amazon transaction never happens off Amazon\'s own website. Amazon says its own addresses have a dot right before "amazon." (as in pay.amazon.com), and that it never links to an IP address (an address made only of numbers). Go to the store yourself instead of using the link, and read [How do I spot a phishing message, fake page or scam?](/en/articles/recognize-phishing-and-scams)'],
  ['ar/alternatives/check-for-new-payment-options.md:45', 'الرسالة التي تعلن عن خيار دفع جديد، ومعها رابط «لتفعيل» بطاقتك أو «للتحقق» منها، تطابق نمط التصيّد الاحتيالي: رسائل تنتحل صفة شركات حقيقية وتدفعك إلى الضغط على رابط أو تسليم بياناتك الشخصية. أمازون لا تطلب كلمة المرور عبر البريد الإلكتروني، والمعاملة الحقيقية في أمازون لا تتم أبدًا خارج موقع أمازون نفسه. تقول أمازون إن عناوينها الحقيقية فيها نقطة قبل «\u2068amazon.\u2069» مباشرة (مثل pay.amazon.com)، وإنها لا تضع أبدًا رابطًا إلى عنوان IP (عنوان من أرقام فقط). ادخل المتجر بنفسك بدلًا من استخدام الرابط، واقرأ [كيف أكتشف رسالة تصيّد احتيالي أو صفحة مزيفة أو عملية نصب؟](/ar/articles/recognize-phishing-and-scams)'],
  ['en/security/fake-delivery-and-fee-messages.md:54', '- **The Amazon address.** Amazon says its real addresses have a dot right before "amazon.", as in pay.amazon.com, and that it never links to an IP address (a row of numbers in place of a name).'],
  ['ar/security/fake-delivery-and-fee-messages.md:54', '- **عنوان أمازون.** تقول أمازون إن عناوينها الحقيقية فيها نقطة قبل «\u2068amazon.\u2069» مباشرة، مثل \u2068pay.amazon.com\u2069، وإنها لا تضع أبدًا رابطًا إلى عنوان \u2068IP\u2069 (سلسلة أرقام مكان الاسم).'],
  ['en/security/recognize-phishing-and-scams.md:41', '- **An address that isn\'t Amazon\'s.** Amazon says its own addresses have a dot right before "amazon." (as in pay.amazon.com), and that it never links to an IP address (an address made only of numbers). A message about an order you didn\'t place, or one asking you to update a payment outside an order, is not from Amazon: open Your Orders yourself to check.'],
  ['ar/security/recognize-phishing-and-scams.md:41', '- **عنوان ليس لأمازون.** تقول أمازون إن عناوينها الحقيقية فيها نقطة قبل «\u2068amazon.\u2069» مباشرة (مثل pay.amazon.com)، وإنها لا تضع أبدًا رابطًا إلى عنوان IP (عنوان من أرقام فقط). والرسالة التي تتحدث عن طلب لم تقدّمه، أو تطلب منك تحديث وسيلة الدفع خارج أي طلب، ليست من أمازون: افتح طلباتك (\u2068Your Orders\u2069) بنفسك وتحقّق.'],
  ['en/orders-and-refunds/shop-amazon-from-kuwait.md:53', '> Pay for an Amazon order only on Amazon\'s own website or app. Amazon says a real Amazon transaction never happens off its website, and real Amazon addresses have a dot right before "amazon.", as in pay.amazon.com. A link in a message that asks you to pay elsewhere is a scam: see [How do I spot a phishing message, fake page or scam?](/en/articles/recognize-phishing-and-scams).'],
  ['ar/orders-and-refunds/shop-amazon-from-kuwait.md:53', '> ادفع ثمن طلب أمازون في موقع أمازون أو تطبيقها فقط. تقول أمازون إن المعاملة الحقيقية على أمازون لا تتم أبدًا خارج موقعها، وإن عناوينها الحقيقية فيها نقطة قبل «\u2068amazon.\u2069» مباشرة، مثل \u2068pay.amazon.com\u2069. والرابط الذي يصلك في رسالة ويطلب منك الدفع في مكان آخر احتيال: راجع [كيف أكتشف رسالة تصيّد احتيالي أو صفحة مزيفة أو عملية نصب؟](/ar/articles/recognize-phishing-and-scams).'],
  ['lib/i18n/dictionaries/en.ts:221 (contact.security.offAmazon)', 'A real Amazon purchase never happens off Amazon\'s website, and Amazon\'s own addresses have a dot right before “amazon.” (as in pay.amazon.com). Anyone who offers to take your payment for an Amazon order somewhere else is not Amazon.'],
  ['lib/i18n/dictionaries/ar.ts:240 (contact.security.offAmazon)', 'الشراء الحقيقي من أمازون لا يتم أبدًا خارج موقع أمازون، وعناوين أمازون الحقيقية فيها نقطة قبل «\u2068amazon.\u2069» مباشرة (مثل pay.amazon.com). ومن يعرض عليك أن يستلم منك ثمن طلب من أمازون في مكان آخر فليس أمازون.'],
];
const commerceRuleQuotes: [string, string][] = [
  ['en/security/fake-delivery-and-fee-messages.md:55', '- **Ministry of Commerce links** end in moci.gov.kw, and KUNA quoted the Ministry as saying it never asks for bank details, a photo of your card or an OTP.'],
  ['ar/security/fake-delivery-and-fee-messages.md:55', '- **روابط وزارة التجارة** تنتهي بـ\u2068moci.gov.kw\u2069، ونقلت كونا عن الوزارة أنها لا تطلب أبدًا بيانات بنكية أو صورة بطاقتك أو رمز التحقق.'],
  ['en/getting-help/take-a-complaint-further.md:53', '- **A fake site that copied an official one:** the Ministry of Commerce has warned about such copies. Its own links end in moci.gov.kw, and it never asks for bank details, a photo of your card or an OTP.'],
  ['ar/getting-help/take-a-complaint-further.md:53', '- **موقع مزيف يقلّد موقعًا رسميًا:** حذّرت وزارة التجارة من هذه النسخ. تنتهي روابطها هي بـ\u2068moci.gov.kw\u2069، وهي لا تطلب أبدًا بيانات بنكية أو صورة بطاقتك أو رمز التحقق.'],
];

describe('the address rule for an official site', () => {
  it.each(amazonRuleQuotes)('rejects the Amazon rule with no end at %s (REVIEW U1)', (_, text) => {
    expect(shapes(text)).toEqual([['amazon.ae', 'dot-before']]);
  });

  it.each(commerceRuleQuotes)('rejects "links end in moci.gov.kw" at %s (REVIEW U2)', (_, text) => {
    expect(shapes(text)).toEqual([['moci.gov.kw', 'link-ends-in']]);
  });

  it.each([
    ['The address should start with amazon.ae.', 'amazon.ae', 'starts-with'],
    ['Real Amazon links begin with www.amazon, so check that first.', 'amazon.ae', 'starts-with'],
    ['A safe link must contain amazon in its address.', 'amazon.ae', 'contains'],
    ['The site name ends in amazon.ae, so my-amazon.ae would pass.', 'amazon.ae', 'ends-without-dot'],
    ['Its links end in .moci.gov.kw.', 'moci.gov.kw', 'link-ends-in'],
    ['Central Bank pages end in cbk.gov.kw.', 'cbk.gov.kw', 'ends-without-dot'],
    ['يجب أن يبدأ العنوان بـ \u2068amazon.ae\u2069.', 'amazon.ae', 'starts-with'],
    ['يجب أن يحتوي الرابط على amazon.', 'amazon.ae', 'contains'],
    ['روابط البنك المركزي تنتهي بـ cbk.gov.kw.', 'cbk.gov.kw', 'link-ends-in'],
    ['عناوين أمازون فيها نقطة مباشرة قبل amazon.', 'amazon.ae', 'dot-before'],
  ])('rejects other loose wordings: %s', (text, site, shape) => {
    expect(shapes(text)).toEqual([[site, shape]]);
  });

  it.each([
    // The REVIEW's fix and FACTS.md's rule, in both languages.
    'The site name (everything before the first `/`) must be your store\'s address, such as amazon.ae, or end in it with a dot before amazon (pay.amazon.com); `www.amazon.ae.refund-kw.com` and `amazon-ae.com` are not Amazon.',
    'Read the site name, the part between "://" and the next "/"; it must be the store\'s address (amazon.ae, amazon.sa, amazon.com) or end in a dot plus it (pay.amazon.com, www.amazon.ae).',
    'Amazon says its real addresses have a dot right before "amazon.", as in pay.amazon.com: the site name must be your store\'s address itself or end in ".amazon.ae".',
    'يجب أن يكون اسم الموقع (كل ما قبل أول «/») عنوان متجرك نفسه، مثل \u2068amazon.ae\u2069، أو أن ينتهي به بنقطة قبل amazon (مثل pay.amazon.com)؛ أما www.amazon.ae.refund-kw.com و amazon-ae.com فليسا من أمازون.',
    'تقول أمازون إن عناوينها الحقيقية فيها نقطة قبل «\u2068amazon.\u2069» مباشرة، أي أن اسم الموقع هو amazon.ae نفسه أو ينتهي بـ \u2068.amazon.ae\u2069.',
    'KUNA quoted the Ministry of Commerce: its site name (before the first /) is moci.gov.kw itself or ends in .moci.gov.kw; https://pay-fine.example/moci.gov.kw is not the Ministry.',
    'اسم موقع وزارة التجارة (ما قبل أول «/») هو \u2068moci.gov.kw\u2069 نفسه أو ينتهي بـ \u2068.moci.gov.kw\u2069.',
    'The site name of its links is moci.gov.kw itself or ends in ".moci.gov.kw".',
    // The KNET rule as the articles give it.
    'The address must be kpay.com.kw itself or end in .kpay.com.kw, with a dot right before kpay (secure-kpay.com.kw and kpay.com.kw.example.com are fakes).',
    'صفحة الدفع الحقيقية من كي نت تكون على \u2068kpay.com.kw\u2069 نفسه أو على عنوان ينتهي بـ«\u2068.kpay.com.kw\u2069»، أي بنقطة قبل \u2068kpay\u2069 مباشرة.',
    // Sentences that give no address rule.
    'Change your passwords. Start with Amazon, then your email account.',
    'Type pay.amazon.com yourself, or open the Amazon app.',
    'The stores the sources describe are amazon.ae and amazon.sa; none mentions a Kuwait store.',
    'Link the card in the app, then check the last digits it shows.',
    'A message that contains DHL\'s logo and a link to pay a fee is a scam.',
    'يبدأ الاحتيال برسالة تحتوي على شعار أمازون.',
  ])('accepts a rule that says where the site name ends, and text that gives none: %s', (text) => {
    expect(shapes(text)).toEqual([]);
  });

  it('accepts the end given in the next sentence of the paragraph, for the same site only', () => {
    const nextSentence = 'Amazon says its own addresses have a dot right before “amazon.”. Read the site name: it must be your store\'s address itself, such as amazon.ae, or end in a dot followed by it.';
    expect(shapes(nextSentence)).toEqual([]);
    expect(shapes('ويقول إن عناوينها فيها نقطة قبل «\u2068amazon.\u2069» مباشرة. فاقرأ اسم الموقع: يجب أن يكون عنوان متجرك نفسه أو أن ينتهي بنقطة يليها هذا العنوان.')).toEqual([]);
    expect(shapes('Amazon\'s addresses have a dot right before amazon. KNET pages are kpay.com.kw itself or end in .kpay.com.kw, with a dot right before kpay.')).toEqual([['amazon.ae', 'dot-before']]);
    expect(shapes('Amazon\'s addresses have a dot right before amazon.\n\nThe site name is amazon.ae or ends in .amazon.ae.')).toEqual([['amazon.ae', 'dot-before']]);
  });

  it('reports each sentence once per site, on its line', () => {
    const text = 'First line.\n\nAmazon addresses start with www.amazon and have a dot right before amazon. KNET pages end in kpay.com.kw.';
    expect(findLooseAddressRules(text).map(({ site, shape, line }) => [site.example, shape, line])).toEqual([
      ['amazon.ae', 'starts-with', 3],
      ['kpay.com.kw', 'ends-without-dot', 3],
    ]);
  });

  it('checks every address lib/official-sites.ts gives, so a new one is a line there', () => {
    const checked = officialSites.map((site) => new RegExp(`^${site.names}$`));
    for (const host of officialHosts) expect(checked.some((names) => names.test(host)), host).toBe(true);
    const bank = sitesOf(['bank.example.kw']);
    expect(findLooseAddressRules('Its pages end in bank.example.kw.', bank).map((rule) => rule.shape)).toEqual(['ends-without-dot']);
    expect(findLooseAddressRules('Its pages have a dot right before bank.', bank).map((rule) => rule.shape)).toEqual(['dot-before']);
    expect(findLooseAddressRules('Its pages are bank.example.kw itself or end in .bank.example.kw.', bank)).toEqual([]);
    // Amazon's stores are one site: one report per sentence, whichever store it names.
    expect(findLooseAddressRules('The address must start with amazon.sa or amazon.com.').map((rule) => rule.site.example)).toEqual(['amazon.ae']);
  });

  it('makes content:check name the file, field and line in articles of both languages and in interface text', () => {
    const tree = baseTree(['en', 'ar']);
    tree['en/guides/a.md'] = article(
      frontmatter('Add a card', 'Check that the address starts with amazon.ae.'),
      '## Steps\n\nOpen your account.\n\nAmazon says its own addresses have a dot right before "amazon." (as in pay.amazon.com).\n',
    );
    tree['ar/guides/a.md'] = article(frontmatter('أضف بطاقة', 'كيف تضيف بطاقة.'), '## الخطوات\n\nروابط وزارة التجارة تنتهي بـ\u2068moci.gov.kw\u2069.\n');
    const interfaceText = [{ locale: 'ar' as const, file: 'lib/i18n/dictionaries/ar.ts', dictionary: { note: { offAmazon: amazonRuleQuotes[9]![1] } } }];
    const problems = ruleProblems(anchoredAddressRules, tree, { interfaceText }).map(formatProblem);
    expect(problems.map((line) => line.split(' — ')[0])).toEqual([
      'content/en/guides/a.md: summary',
      'content/en/guides/a.md:12: body',
      'content/ar/guides/a.md:10: body',
      'lib/i18n/dictionaries/ar.ts: note.offAmazon',
    ]);
    expect(problems[1]).toContain('so amazon.ae.example.com passes; say the site name (between "://" and the next "/") is amazon.ae itself or ends in a dot plus it');
    expect(problems[2]).toContain('can be https://pay-fine.example/moci.gov.kw');
    // The checker content:check runs holds the rule: the same tree fails it.
    const all = checkContent(readTree(tree), { interfaceText }).map(formatProblem);
    for (const problem of problems) expect(all).toContain(problem);
  });
});
