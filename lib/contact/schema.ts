import { z } from 'zod';
import { slugSchema } from '../content/schema';

/**
 * The shape of the contact router's data (`channels.ts`, `routes.ts`). Every field says what it is
 * for, so this file doubles as the guide for whoever adds a channel or a route. Wording never lives
 * here: each id is a key into the `contact` block of the locale dictionaries.
 */

/** What a reader should gather before contacting anyone: keys of `contact.ready` in the dictionary. */
export const readyItemIds = [
  'dateTime',
  'amount',
  'orderNumber',
  'knetIds',
  'message',
  'screenshot',
  'store',
  'lastFour',
  'shopName',
  'cardBrands',
  'accountEmail',
  'giftCard',
  'contactedBy',
  'tried',
  'notes',
] as const;

/** Scripts for calling the bank: keys of `contact.bankCall.scripts`. */
export const bankScriptIds = ['declined'] as const;

/** Security notes shown beside "never share your PIN, OTP or CVV": keys of `contact.security`. */
export const securityNoteIds = ['fakeSupport', 'fakePaymentPage', 'suspiciousCall', 'giftCardPayment', 'offAmazon', 'reportFast'] as const;

export type ReadyItemId = (typeof readyItemIds)[number];
export type SecurityNoteId = (typeof securityNoteIds)[number];

export const channelSchema = z.strictObject({
  /** Key of the channel's texts (`contact.channels.<id>`), in camelCase, e.g. `amazonPay`. */
  id: z.string().regex(/^[a-z][a-zA-Z]*$/, 'must be a camelCase word such as "amazonPay"'),
  /** The official web address, only where shared/content/FACTS.md gives one. Never a phone number. */
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).optional(),
  /** Articles to read before using this channel, shown in the overview on /<locale>/contact. */
  articles: z.array(slugSchema).min(1, 'must list at least one article').max(3, 'list at most 3 articles'),
});

export const outcomeSchema = z.strictObject({
  /** Articles to try first, most useful first: 2 or 3 slugs of published articles. */
  articles: z.array(slugSchema).min(2, 'must list 2 or 3 articles').max(3, 'must list 2 or 3 articles'),
  /** Who to contact if the articles do not fix it, in the order to try them: ids from channels.ts. */
  channels: z.array(z.string()).min(1, 'must name at least one channel').max(3, 'name at most 3 channels'),
  /** What to have ready, most important first. Also decides which fields the request form shows. */
  ready: z.array(z.enum(readyItemIds)).min(1, 'must list at least one thing to have ready'),
  /** Security notes that matter here, beyond "never share your PIN, OTP or CVV" (always shown). */
  security: z.array(z.enum(securityNoteIds)).default([]),
  /** What to say when calling the bank, where the bank is a channel: a key of `contact.bankCall.scripts`. */
  bankScript: z.enum(bankScriptIds).optional(),
  /** Offer the message check (/<locale>/check-message) under the answer: for a message that may be a scam. */
  checkMessage: z.boolean().default(false),
});

export const answerSchema = z.strictObject({
  /** The last URL segment: /<locale>/contact/<problem>/<answer>. */
  slug: slugSchema,
  outcome: outcomeSchema,
});

export const problemSchema = z
  .strictObject({
    /** The URL segment: /<locale>/contact/<slug>. Its texts are `contact.problems.<slug>`. */
    slug: slugSchema,
    /** The result, for a problem that needs no second question. */
    outcome: outcomeSchema.optional(),
    /** Answers to the follow-up question (`contact.problems.<slug>.question`), each its own page. */
    answers: z.array(answerSchema).min(2, 'a follow-up question needs at least 2 answers').optional(),
  })
  .superRefine((problem, ctx) => {
    if (Boolean(problem.outcome) === Boolean(problem.answers)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'needs either an outcome or answers to a follow-up question, not both and not neither' });
    }
  });

export const channelsSchema = z.array(channelSchema).min(1, 'must list at least one channel');
export const problemsSchema = z.array(problemSchema).min(1, 'must list at least one problem');

export type Channel = z.infer<typeof channelSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Problem = z.infer<typeof problemSchema>;
