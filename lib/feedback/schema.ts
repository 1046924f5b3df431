import { z } from 'zod';
import { locales } from '../i18n/config';
import { maxGapQueryLength, maxGapsPerRequest, normalizeGapQuery } from './gap-query';

export { maxGapQueryLength, maxGapsPerRequest, normalizeGapQuery };

/** Why an article did not help, in the order the form offers them. */
export const feedbackReasons = ['unanswered', 'outdated', 'unclear', 'wrong-store', 'other'] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

export const maxCommentLength = 500;

/**
 * Text a reader wrote, as PostgreSQL can store it: a NUL cannot be stored in a text column (the
 * whole batch would fail with a 503) and a lone surrogate is no character at all.
 */
const readerText = () =>
  z
    .string()
    .refine((text) => !text.includes('\u0000'), 'must not contain a NUL character (U+0000)')
    .refine((text) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text), 'must be valid Unicode text (a lone surrogate is not)');

/** An empty form field is a field left out. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article slug').max(120);

/**
 * A vote, as `POST /api/feedback` takes it (JSON or form fields). A reason and a comment belong to a
 * "no": with a "yes" they are dropped, so a reader who changes their mind in the plain form (where
 * the hidden fields are still sent) is not refused.
 */
export const feedbackSchema = z
  .strictObject({
    locale: z.enum(locales, 'must be one of: ' + locales.join(', ')),
    slug,
    helpful: z.enum(['yes', 'no'], 'must be "yes" or "no"'),
    reason: optional(z.enum(feedbackReasons, 'must be one of: ' + feedbackReasons.join(', '))),
    comment: optional(readerText().max(maxCommentLength, `must be at most ${maxCommentLength} characters`)),
  })
  .transform((vote) =>
    vote.helpful === 'yes'
      ? { locale: vote.locale, slug: vote.slug, helpful: vote.helpful }
      : { ...vote, comment: vote.comment?.trim() || undefined },
  );
export type FeedbackInput = z.output<typeof feedbackSchema>;

export const searchGapSchema = z.strictObject({
  locale: z.enum(locales, 'must be one of: ' + locales.join(', ')),
  query: readerText()
    .max(maxGapQueryLength * 2, `must be at most ${maxGapQueryLength} characters`)
    .transform(normalizeGapQuery)
    .refine((query) => query.length > 0, 'must not be empty'),
  results: z.number('must be a number').int('must be a whole number').min(0, 'must be 0 or more').max(1000, 'must be at most 1000'),
});
export type SearchGapInput = z.output<typeof searchGapSchema>;

/** One failed search, or a batch of them (what the browser's beacon sends). */
export const searchGapsSchema = z.union([
  searchGapSchema.transform((gap) => [gap]),
  z.array(searchGapSchema).min(1, 'must hold at least one search').max(maxGapsPerRequest, `must hold at most ${maxGapsPerRequest} searches`),
]);

/** "field: message" for the first problem, the path spelled as in the request (`1.query` for a batch). */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'request: invalid';
  if (issue.code === 'unrecognized_keys') return `${issue.keys.join(', ')}: unknown field`;
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.map((issues) => issues[0]).filter((found) => found !== undefined);
    const deepest = branches.sort((a, b) => b.path.length - a.path.length)[0];
    if (deepest) return describeIssue(new z.ZodError([deepest]));
  }
  const field = issue.path.length > 0 ? issue.path.join('.') : 'request';
  return `${field}: ${issue.message}`;
}
