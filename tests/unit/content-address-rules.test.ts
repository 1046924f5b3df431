import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringsOf } from '@/lib/content/bidi';
import { loadContent } from '@/lib/content/load';
import { ar } from '@/lib/i18n/dictionaries/ar';
import { en } from '@/lib/i18n/dictionaries/en';

/**
 * How the articles and the contact router state the address checks readers apply to a link
 * (shared/content/FACTS.md, "Scams (Amazon and Kuwait)"): the site name is the address itself or
 * ends in a dot followed by it. A rule that looks only at the dot before "amazon." or at the end of
 * the link lets www.amazon.ae.refund-kw.com and https://pay-fine.example/moci.gov.kw through.
 */
const { locales } = loadContent(path.resolve(import.meta.dirname, '../../content'), { requiredLocales: [] });
const articleTexts = Object.values(locales).flatMap((content) =>
  content.articles.map((article) => ({ where: article.file, text: `${article.title}\n${article.summary}\n${article.html}` })),
);
const routerTexts = [
  ...stringsOf(en.contact).map(({ path: key, text }) => ({ where: `en.ts contact.${key}`, text })),
  ...stringsOf(ar.contact).map(({ path: key, text }) => ({ where: `ar.ts contact.${key}`, text })),
];
const texts = [...articleTexts, ...routerTexts];

describe('the address rules readers are given', () => {
  it('give Amazon\'s "dot before amazon." only with where the site name must end, and name two fakes', () => {
    const mentions = texts.filter(({ text }) => /dot right before .amazon\.|نقطة قبل «\u2068?amazon\./.test(text));
    expect(mentions.length).toBeGreaterThanOrEqual(12);
    for (const { where, text } of mentions) {
      expect(text, where).toMatch(/\.amazon\.ae/);
      expect(text, where).toContain('www.amazon.ae.refund-kw.com');
      expect(text, where).toContain('amazon-ae.help');
    }
  });

  it('give moci.gov.kw as the site name or its ending after a dot, never as the end of a link', () => {
    const mentions = texts.filter(({ text }) => text.includes('moci.gov.kw'));
    expect(mentions.length).toBeGreaterThanOrEqual(4);
    for (const { where, text } of mentions) {
      expect(text, where).toMatch(/\.moci\.gov\.kw/);
      expect(text, where).toContain('pay-fine.example/moci.gov.kw');
      expect(text, where).not.toMatch(/links end in moci|تنتهي روابطها/);
    }
  });

  it('tell readers which part of the address to read, in every place that gives a rule', () => {
    for (const { where, text } of texts.filter(({ text }) => /refund-kw|secure-kpay|pay-fine\.example/.test(text))) {
      expect(text, where).toMatch(/site name|اسم الموقع/);
    }
  });
});

describe('the Arabic term for a payment method', () => {
  // README, "Arabic: terms and Latin phrases": وسيلة الدفع، وسائل الدفع; طريقة stays for "a way, a route".
  const paymentMethodAsRoute = /طر(?:يقة|ق|يقةَ|يقةً)\s*(?:ال|لل)دفع/;

  it('is وسيلة الدفع in every Arabic title, summary and body, and in the Arabic interface', () => {
    const arabic = [
      ...(locales.ar?.articles ?? []).map((article) => ({ where: article.file, text: `${article.title}\n${article.summary}\n${article.html}` })),
      ...stringsOf(ar).map(({ path: key, text }) => ({ where: `ar.ts ${key}`, text })),
    ];
    expect(arabic.length).toBeGreaterThan(28);
    for (const { where, text } of arabic) expect(text, where).not.toMatch(paymentMethodAsRoute);
  });
});
