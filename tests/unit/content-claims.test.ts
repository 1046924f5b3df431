import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findForbiddenClaims } from '@/lib/content/claims';
import { loadContent } from '@/lib/content/load';
import { en } from '@/lib/i18n/dictionaries/en';
import { ar } from '@/lib/i18n/dictionaries/ar';
import { stringsOf } from '@/lib/content/bidi';

/** The text a reader reads: addresses are wrapped in elements that keep them whole on a line. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');
const kinds = (text: string) => findForbiddenClaims(text).map((claim) => claim.kind);

describe('the KNET address rule', () => {
  it.each([
    'The site name should end exactly in `kpay.com.kw`, with nothing added or changed.',
    'Check that the address ends in kpay.com.kw before you type your PIN.',
    'Only trust a page ending with "kpay.com.kw".',
    'يجب أن ينتهي اسم الموقع بـ `kpay.com.kw` تمامًا، دون أي إضافة أو تغيير.',
    'تأكد أن العنوان ينتهي بـ kpay.com.kw قبل إدخال الرقم السري.',
  ])('rejects the "ends in kpay.com.kw" wording, which secure-kpay.com.kw passes: %s', (text) => {
    expect(kinds(text)).toEqual(['kpay-suffix-rule']);
  });

  it.each([
    'The address must be kpay.com.kw itself or end in .kpay.com.kw, with a dot right before kpay (secure-kpay.com.kw and kpay.com.kw.example.com are fakes).',
    'The address must be `kpay.com.kw` itself or end in `.kpay.com.kw`.',
    'يجب أن يكون العنوان kpay.com.kw نفسه، أو أن ينتهي بـ \u2068.kpay.com.kw\u2069 بنقطة قبل kpay مباشرة.',
    'According to the manual, the live payment pages are served from kpay.com.kw.',
  ])('accepts the rule with a dot right before kpay: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('is stated correctly in every article and in the contact router, in both languages', () => {
    const { locales } = loadContent(path.resolve(import.meta.dirname, '../../content'), { requiredLocales: [] });
    const texts = [
      ...Object.values(locales).flatMap((content) => content.articles.map((article) => `${article.title}\n${article.summary}\n${textOf(article.html)}`)),
      ...stringsOf(en.contact).map(({ text }) => text),
      ...stringsOf(ar.contact).map(({ text }) => text),
    ];
    const mentions = texts.filter((text) => text.includes('kpay.com.kw'));
    expect(mentions.length).toBeGreaterThan(6);
    for (const text of mentions) {
      expect(kinds(text).filter((kind) => kind === 'kpay-suffix-rule'), text.slice(0, 80)).toEqual([]);
      // Wherever readers are told about kpay.com.kw, they get the whole test: the dot right before kpay.
      expect(text, text.slice(0, 80)).toMatch(/\.kpay\.com\.kw/);
    }
  }, 30_000);
});
