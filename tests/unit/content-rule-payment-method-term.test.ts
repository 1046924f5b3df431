import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';
import { findPaymentMethodTerm, paymentMethodTerm } from '@/lib/content/rules/payment-method-term';
import { article, baseTree, frontmatter, readTree, ruleProblems } from './content-rule-fixture';

const terms = (text: string) => findPaymentMethodTerm(text).map((found) => [found.text, found.term]);

describe('the Arabic term for "payment method"', () => {
  // shared/content/REVIEW-2026-12-07.md, AR1: each place that says طريقة/طرق الدفع, as it stood then.
  it.each([
    ['get-a-refund.md:3 (summary)', 'يعود المبلغ المسترد إلى طريقة الدفع التي استخدمتها.', 'طريقة الدفع', 'وسيلة الدفع'],
    ['get-a-refund.md:30', 'تردّ أمازون مبلغ الطلب إلى طريقة الدفع التي استخدمتها له.', 'طريقة الدفع', 'وسيلة الدفع'],
    ['get-a-refund.md:34 (table header)', '| طريقة الدفع | إلى أين يعود المبلغ |', 'طريقة الدفع', 'وسيلة الدفع'],
    ['get-a-refund.md:39', '| عربون رسوم استيراد أعلى من الرسوم الفعلية | طريقة الدفع التي استخدمتها |', 'طريقة الدفع', 'وسيلة الدفع'],
    ['customs-and-import-fees.md:45', 'تردّ أمازون الفرق إلى طريقة الدفع التي استخدمتها، وقد يستغرق ذلك وقتًا.', 'طريقة الدفع', 'وسيلة الدفع'],
    ['shop-amazon-from-kuwait.md:43', 'لا يذكر أيٌّ من المصادر التي راجعناها كي نت (\u2068KNET\u2069) بين طرق الدفع في أي متجر من متاجر أمازون.', 'طرق الدفع', 'وسائل الدفع'],
    ['pay-with-visa-or-mastercard.md:31', 'ولا يذكر أيٌّ من المصادر التي راجعناها كي نت نفسها بين طرق الدفع في أي متجر من متاجر أمازون.', 'طرق الدفع', 'وسائل الدفع'],
    ['fake-delivery-and-fee-messages.md:45', 'أو تطلب منك تحديث طريقة الدفع خارج أي طلب، ليست منها.', 'طريقة الدفع', 'وسيلة الدفع'],
    ['incorrect-card-details.md:54', 'ثم «Payment options» (أو «Your payments»)، وأضفها طريقةً للدفع.', 'طريقةً للدفع', 'وسيلةً للدفع'],
    ['use-a-third-party-payment-service.md:45', 'تقدّم خدمات الدفع من أمازون (Amazon Payment Services) كي نت طريقةً للدفع *لتجار آخرين* في مواقعهم الخاصة.', 'طريقةً للدفع', 'وسيلةً للدفع'],
    ['redeem-gift-card-steps-ar.svg:64', '<text class="sm" x="322" y="530" text-anchor="start">والباقي من طريقة الدفع الافتراضية</text>', 'طريقة الدفع', 'وسيلة الدفع'],
  ])('flags %s and names the glossary term', (_, text, found, term) => {
    expect(terms(text)).toEqual([[found, term]]);
  });

  it.each([
    ['بطريقة الدفع نفسها', 'بطريقة الدفع', 'بوسيلة الدفع'],
    ['اختر إحدى الطرق الدفع المتاحة', 'الطرق الدفع', 'الوسائل الدفع'],
    ['وطرقُ الدفعِ كثيرة', 'وطرقُ الدفعِ', 'ووسائلُ الدفعِ'],
    ['غيّر طريقة دفعك', 'طريقة دفعك', 'وسيلة دفعك'],
    ['أضف طريقة دفع جديدة', 'طريقة دفع', 'وسيلة دفع'],
    ['طريقتا الدفع المقبولتان', 'طريقتا الدفع', 'وسيلتا الدفع'],
  ])('flags it with any prefix or suffix: %s', (text, found, term) => {
    expect(terms(text)).toEqual([[found, term]]);
  });

  it.each([
    ['the glossary term', 'يعود المبلغ إلى وسيلة الدفع التي استخدمتها، ووسائل الدفع تختلف بين المتاجر.'],
    ['a way, not followed by الدفع', 'قد تتيح لهم ربط بطاقة والدفع لأمازون بطريقة غير مباشرة.'],
    ['in the way you paid', 'يعود المبلغ بالطريقة التي دفعت بها.'],
    ['a route', 'الطريق إلى خيارات الدفع (Payment options)'],
    ['a way of typing it', 'أو تُرفض البطاقة مهما كانت طريقة إدخالها.'],
    ['a single payment', 'راجع طريقة الدفعة الأولى'],
    ['"is not a way to pay" (wayToPay)', 'وإذا لم تكن الخدمة معروضة هناك، فهي ليست طريقة للدفع في ذلك المتجر.'],
    ['"no way to pay" (wayToPay)', '- **لا طريقة للدفع في النهاية.** إذا توقف المتجر عن قبول الخدمة.'],
    ['a link address', '[المقال](/ar/articles/طريقة-الدفع)'],
  ])('leaves %s alone', (_, text) => {
    expect(terms(text)).toEqual([]);
  });

  it('makes content:check name the line in an Arabic title, summary, source title, body, category, the dictionary and an illustration the article shows', () => {
    const tree = baseTree(['en', 'ar']);
    tree['ar/categories.json'] = JSON.stringify([{ slug: 'guides', title: 'أدلة', description: 'طرق الدفع في أمازون.', order: 1 }]);
    tree['ar/guides/a.md'] = article(
      frontmatter('كيف أغيّر طريقة الدفع؟', 'غيّر طريقة الدفع من حسابك.', 'guides', 'sources:\n  - title: "مساعدة أمازون: طرق الدفع"\n    url: https://www.amazon.ae/\nkeywords: ["طريقة الدفع"]\n'),
      '## الخطوات\n\nافتح حسابك.\n\nثم اختر طريقة الدفع.\n\n![رسم للخطوات](/illustrations/steps-ar.svg)\n',
    );
    // English text is not checked: the Arabic words there are not the Arabic edition's.
    tree['en/guides/a.md'] = article(frontmatter('Add a card', 'How to add a card (طريقة الدفع).'), '## Steps\n\nOpen your account.\n');
    const publicFiles = { 'illustrations/steps-ar.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<title>الخطوات</title>\n<text>والباقي من طريقة الدفع الافتراضية</text>\n</svg>\n' };
    const interfaceText = [
      { locale: 'ar' as const, file: 'lib/i18n/dictionaries/ar.ts', dictionary: { refund: { note: 'يعود المبلغ إلى طريقة الدفع.' } } },
      { locale: 'en' as const, file: 'lib/i18n/dictionaries/en.ts', dictionary: { refund: { note: 'Refunds go to the payment method.' } } },
    ];
    const problems = ruleProblems(paymentMethodTerm, tree, { interfaceText, publicFiles }).map(formatProblem);
    expect(problems.map((line) => line.split(' — ')[0])).toEqual([
      'content/ar/categories.json: 0.description',
      'content/ar/guides/a.md: title',
      'content/ar/guides/a.md: summary',
      'content/ar/guides/a.md: sources.0.title',
      'content/ar/guides/a.md:16: body',
      'public/illustrations/steps-ar.svg:3: text',
      'lib/i18n/dictionaries/ar.ts: refund.note',
    ]);
    expect(problems[4]).toContain('«طريقة الدفع»: "payment method" is «وسيلة الدفع»');
    expect(problems[5]).toContain('(the illustration is shown in content/ar/guides/a.md)');
    // The checker content:check runs holds the rule: the same tree fails it.
    const all = checkContent(readTree(tree, publicFiles), { interfaceText }).map(formatProblem);
    for (const problem of problems) expect(all).toContain(problem);
  });
});
