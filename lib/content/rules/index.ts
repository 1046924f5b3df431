import { anchoredAddressRules } from './anchored-address-rules';
import { articleCategory } from './article-category';
import { articleSlugs } from './article-slugs';
import { categoryList } from './category-list';
import { contactRouter } from './contact-router';
import { dictionaryKeys } from './dictionary-keys';
import { images } from './images';
import { internalLinks } from './internal-links';
import { isolatedLatin } from './isolated-latin';
import { noAmazonAcceptsKnet } from './no-amazon-accepts-knet';
import { noPhoneNumbers } from './no-phone-numbers';
import { nonEmptyBody } from './non-empty-body';
import { paymentMethodTerm } from './payment-method-term';
import type { ContentRule } from './rule';
import { relatedArticles } from './related-articles';
import { sectionHeadings } from './section-headings';
import { searchWords } from './search-words';
import { siteLists } from './site-lists';
import { sourcePageAddress } from './source-page-address';
import { translations } from './translations';

export type { ContentRule, RuleContext, InterfaceText } from './rule';

/**
 * Every rule content:check and the build run, in the order their problems are listed. A new rule is
 * a file in this folder exporting a `ContentRule`, added here (README, "Writing an article").
 */
export const contentRules: readonly ContentRule[] = [
  categoryList,
  articleSlugs,
  articleCategory,
  nonEmptyBody,
  sectionHeadings,
  siteLists,
  relatedArticles,
  sourcePageAddress,
  internalLinks,
  images,
  translations,
  noPhoneNumbers,
  noAmazonAcceptsKnet,
  anchoredAddressRules,
  paymentMethodTerm,
  isolatedLatin,
  dictionaryKeys,
  contactRouter,
  searchWords,
];
