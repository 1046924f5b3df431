import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '@/lib/contact/channels';
import { findForbiddenClaims } from '@/lib/content/claims';
import { isKnownErrorMessage } from '@/lib/content/messages';
import { loadContent } from '@/lib/content/load';
import { locales } from '@/lib/i18n';

/**
 * The content plan (shared/content/PLAN.md): slugs and categories are fixed because URLs, links,
 * tests and the Arabic edition rely on them. Kept here as data so a rename fails loudly even where
 * the shared folder is not checked out.
 */
const plannedArticles: Record<string, string[]> = {
  'getting-started': ['what-is-knet', 'does-amazon-accept-knet', 'add-knet-card-to-amazon', 'verify-payment-method'],
  alternatives: ['use-a-third-party-payment-service', 'buy-amazon-gift-cards-with-knet', 'redeem-amazon-gift-card', 'check-for-new-payment-options'],
  troubleshooting: [
    'payment-method-not-accepted',
    'incorrect-card-details',
    'transaction-declined',
    'knet-payment-page-messages',
    'unauthorized-transaction',
    'cant-sign-in',
    'pending-charge-or-charged-twice',
    'revise-a-failed-payment',
    'statement-amount-differs',
  ],
  security: [
    'fake-delivery-and-fee-messages',
    'secure-your-amazon-account',
    'recognize-phishing-and-scams',
    'monitor-account-activity',
    'suspect-a-security-issue',
  ],
  'getting-help': [
    'take-a-complaint-further',
    'amazon-pay-help-pages',
    'contact-amazon-customer-service',
    'prepare-before-contacting-support',
    'contact-knet-or-your-bank',
  ],
  'orders-and-refunds': [
    'shop-amazon-from-kuwait',
    'pay-with-visa-or-mastercard',
    'customs-and-import-fees',
    'get-a-refund',
    'order-not-arrived-or-wrong-item',
    'return-an-item',
    'cancel-or-change-an-order',
    'pay-a-real-customs-or-delivery-fee',
    'use-a-parcel-forwarder',
  ],
};

const root = process.cwd();
const content = loadContent(path.join(root, 'content'), { publicDir: path.join(root, 'public'), displayRoot: 'content' });
const english = content.locales.en!;

describe('the content plan', () => {
  it('plans 36 articles in 6 categories', () => {
    expect(Object.keys(plannedArticles)).toHaveLength(6);
    expect(Object.values(plannedArticles).flat()).toHaveLength(36);
  });
});

describe.each(locales)('the %s library, against the plan', (locale) => {
  const library = content.locales[locale] ?? { categories: [], articles: [] };

  it('has exactly the planned categories', () => {
    expect(library.categories.map((category) => category.slug).sort()).toEqual(Object.keys(plannedArticles).sort());
  });

  it.each(Object.entries(plannedArticles))('has every planned article of %s in that category', (category, slugs) => {
    for (const slug of slugs) {
      const article = library.articles.find((candidate) => candidate.slug === slug);
      expect(article, `missing article ${slug}`).toBeDefined();
      expect(article?.category, slug).toBe(category);
    }
  });

  it('publishes no article outside the plan', () => {
    const planned = Object.values(plannedArticles).flat();
    expect(library.articles.map((article) => article.slug).filter((slug) => !planned.includes(slug))).toEqual([]);
  });
});

describe('the English library', () => {
  it('loads without a single content problem', () => {
    expect(content.problems).toEqual([]);
  });

  it('matches the plan in shared/content/PLAN.md where it is checked out', () => {
    const planFile = path.join(root, '..', 'shared', 'content', 'PLAN.md');
    if (!existsSync(planFile)) return;
    const plan = readFileSync(planFile, 'utf8');
    for (const [category, slugs] of Object.entries(plannedArticles)) {
      const section = plan.split(`### ${category}`)[1]?.split('###')[0] ?? '';
      for (const slug of slugs) expect(section, `${slug} in ${category}`).toContain(`\`${slug}\``);
    }
  });

  it('gives every article sources, keywords, only known error messages and 2–4 related articles', () => {
    for (const article of english.articles) {
      expect(article.sources.length, article.slug).toBeGreaterThan(0);
      expect(article.keywords.length, article.slug).toBeGreaterThan(0);
      // An article with no message a reader sees (gift cards, account activity) lists none: see messages.ts.
      for (const error of article.errors) expect(isKnownErrorMessage(error), `${article.slug}: ${error}`).toBe(true);
      expect(article.related.length, article.slug).toBeGreaterThanOrEqual(2);
      expect(article.related.length, article.slug).toBeLessThanOrEqual(4);
    }
  });

  it('keeps articles between about 250 and 700 words, a phone screen or three', () => {
    for (const article of english.articles) {
      const words = article.sections.map((section) => `${section.heading} ${section.text}`).join(' ').split(/\s+/).length;
      expect(words, article.slug).toBeGreaterThanOrEqual(250);
      expect(words, article.slug).toBeLessThanOrEqual(800);
    }
  });

  it('has a table of messages on the KNET messages page that covers every known message', () => {
    const article = english.articles.find((candidate) => candidate.slug === 'knet-payment-page-messages')!;
    expect(article.html).toContain('<table>');
    for (const message of ['CAPTURED', 'NOT CAPTURED', 'CANCELED', 'HOST TIMEOUT', 'DENIED BY RISK']) {
      expect(article.errors, message).toContain(message);
      expect(article.headings.map((heading) => heading.text), message).toContain(message);
    }
  });

  it('points the home page shortcuts and the contact channels at real articles', () => {
    const slugs = english.articles.map((article) => article.slug);
    expect(english.lists.paymentFailed).toContain('transaction-declined');
    expect(english.lists.paymentFailed).toContain('knet-payment-page-messages');
    for (const channel of channels) for (const slug of channel.articles) expect(slugs, channel.id).toContain(slug);
  });
});

describe('forbidden claims', () => {
  it('finds phone numbers in the shapes they are written', () => {
    for (const text of ['Call 22345678.', 'Call +965 2224 5678 now', 'ring 00965-1-888-888', 'on 1 800 123 4567']) {
      expect(findForbiddenClaims(text).map((claim) => claim.kind), text).toEqual(['phone-number']);
    }
  });

  it('leaves dates, years, amounts, codes and order numbers alone', () => {
    for (const text of ['Updated 2026-11-21', 'In 2025 the rules changed', 'KD 25', 'a 4-digit PIN', 'order 403-1234567-1234567', '[link](/en/articles/x-123456789)']) {
      expect(findForbiddenClaims(text), text).toEqual([]);
    }
  });

  it('finds statements that Amazon accepts KNET', () => {
    for (const text of ['Amazon accepts KNET.', "Good news: Amazon's stores now accept KNET cards.", 'amazon.ae takes KNET', 'Amazon supports payments with KNET']) {
      expect(findForbiddenClaims(text).map((claim) => claim.kind), text).toEqual(['amazon-accepts-knet']);
    }
  });

  it('lets negations, questions and conditions through', () => {
    for (const text of ['Does Amazon accept KNET?', "Amazon's stores do not accept KNET.", 'Check whether Amazon accepts KNET today.', 'Amazon never took KNET']) {
      expect(findForbiddenClaims(text), text).toEqual([]);
    }
  });

  it('finds none in any published article', () => {
    for (const article of english.articles) {
      const prose = [article.title, article.summary, ...article.sections.flatMap((section) => [section.heading, section.text])].join('\n');
      expect(findForbiddenClaims(prose), article.slug).toEqual([]);
    }
  });

  it('fails content:check for an article that makes one', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, cpSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claims-'));
    cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
    mkdirSync(path.join(dir, 'public'));
    const file = path.join(dir, 'content', 'en', 'getting-started', 'what-is-knet.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## /, '\nGood news: Amazon accepts KNET. Call 22 33 44 55 for help.\n\n## '));
    const result = loadContent(path.join(dir, 'content'), { publicDir: path.join(root, 'public'), displayRoot: 'content' });
    const messages = result.problems.filter((problem) => problem.file === 'content/en/getting-started/what-is-knet.md');
    expect(messages.map((problem) => problem.message)).toEqual([
      expect.stringContaining('looks like a phone number'),
      expect.stringContaining('states that Amazon accepts KNET'),
    ]);
    expect(messages[0]?.line).toBeGreaterThan(5);
  });
});
