import { z } from 'zod';

/** Lower-case words joined by hyphens: the form of every slug in a URL. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (for example "transaction-declined")');

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted date into a Date object, so both forms
 * are accepted; either way the value must be a real day ("2026-02-30" fails).
 */
const isoDateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `must be a real date written YYYY-MM-DD, got ${JSON.stringify(String(value))}` });
    return z.NEVER;
  }
  return date;
});

/** `https://knet.com.kw.evil@evil.example/` goes to evil.example: what a reader takes for the site is a user name. */
export function hasUserInfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}

export const userInfoMessage =
  'holds a user name before the host ("…@"): readers take the part before @ for the site, but the browser goes to the host after it';

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const sourceSchema = z.strictObject({
  /** The page's title as it appears on the page, e.g. "Redeem an Amazon Gift Card"; without a url, also what it says. */
  title: nonEmpty('a source title'),
  /**
   * The address of the page the facts come from, https only, as FACTS.md gives it. Leave it out where
   * FACTS.md names no page (only the site): the source is then cited by its title, without a link,
   * since a site's home page does not show the fact (content:check rejects one).
   */
  url: z
    .url({ protocol: /^https$/, error: 'must be a full https:// address' })
    .refine((url) => !hasUserInfo(url), `the address ${userInfoMessage}`)
    .optional(),
  /** Who published it, e.g. "Amazon" or "National Bank of Kuwait". Optional. */
  publisher: nonEmpty('a publisher').optional(),
});

/**
 * Front matter of an article: the block between `---` lines at the top of each Markdown file in
 * `content/<locale>/<category>/<slug>.md`. The file name is the slug; the folder is the category.
 * Unknown keys are errors, so a typo such as `catgory` cannot pass silently.
 */
export const articleFrontmatterSchema = z.strictObject({
  /** The article's title: a question or a task in the reader's words, under about 70 characters. */
  title: nonEmpty('title').max(90, 'title must be 90 characters or fewer'),
  /**
   * One or two sentences that answer the title. Shown in article lists and search results and used as
   * the page's meta description, so it must make sense on its own.
   */
  summary: nonEmpty('summary').max(300, 'summary must be 300 characters or fewer (one or two sentences)'),
  /** The category slug. Must match the folder the file is in and a category in `categories.json`. */
  category: slugSchema,
  /** The day the facts in the article were last checked against its sources (YYYY-MM-DD). */
  updated: isoDateSchema,
  /** Pages the article's facts come from, shown at its end. Optional, but every real article should have them. */
  sources: z.array(sourceSchema).default([]),
  /** Words and phrases readers search with that may not appear in the text ("giftcard", "refused"). */
  keywords: z.array(nonEmpty('a keyword')).default([]),
  /** Error messages this article answers, exactly as readers see or paste them ("NOT CAPTURED"): only those in `messages.ts`; plain phrases go in `keywords`. */
  errors: z.array(nonEmpty('an error message')).default([]),
  /** Slugs of articles a reader may want next, in order of usefulness (2–4 is a good number). */
  related: z.array(slugSchema).default([]),
  /** Lower numbers come first in the category's list. Articles without it follow, by title. */
  order: z.number().int().min(0).optional(),
  /** A draft is validated but not published: no page, no listing, no search entry. */
  draft: z.boolean().default(false),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/**
 * Ids the article page gives its own parts around the body. No heading in an article may take one
 * ("## Sources" would become #sources): its table-of-contents link and every link to it would lead to
 * the page's section instead. `main` is the layout's skip-link target.
 */
export const articlePageIds = {
  main: 'main',
  tableOfContentsFold: 'toc-title-fold',
  tableOfContentsSide: 'toc-title-side',
  sources: 'sources',
  stillNeedHelp: 'still-need-help',
  related: 'related',
  // The reader-feedback form (components/feedback/article-feedback-client.tsx).
  feedback: 'feedback',
  feedbackTitle: 'feedback-title',
  feedbackThanks: 'feedback-thanks',
  feedbackComment: 'feedback-comment',
  feedbackCommentHint: 'feedback-comment-hint',
} as const;
export type ArticleSource = z.infer<typeof sourceSchema>;

/** One topic in `content/<locale>/categories.json`. */
export const categorySchema = z.strictObject({
  /** Used in the URL `/<locale>/categories/<slug>` and as the articles' folder name. */
  slug: slugSchema,
  /** Short name of the topic, shown on cards and in breadcrumbs. */
  title: nonEmpty('title'),
  /** One paragraph saying what the topic holds; also the page's meta description. */
  description: nonEmpty('description').max(400, 'description must be 400 characters or fewer'),
  /** Position on the home page, lowest first. */
  order: z.number().int().min(0),
});

export const categoriesFileSchema = z.array(categorySchema).min(1, 'must list at least one category');

export type Category = z.infer<typeof categorySchema>;

/** `content/<locale>/site.json`: which articles the home page and the not-found page put first. */
export const siteFileSchema = z.strictObject({
  /** Slugs for the home page's "Did your payment just fail?" shortcuts, most useful first (3–6). */
  paymentFailed: z.array(slugSchema).min(1, 'must list at least one article'),
  /** Slugs shown as popular articles on the not-found page and in empty search results. */
  popular: z.array(slugSchema).min(1, 'must list at least one article'),
  /**
   * The article that explains each message of the KNET payment page, one `### ` heading per message:
   * the home page offers every such heading as a choice that opens its section.
   */
  messagesArticle: slugSchema.optional(),
  /** The article behind the home page's "My order didn't arrive" task. */
  orderProblem: slugSchema.optional(),
});

export type SiteLists = z.infer<typeof siteFileSchema>;
