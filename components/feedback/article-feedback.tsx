import { feedbackReasons, maxCommentLength } from '@/lib/feedback/schema';
import { getDictionary, type Locale } from '@/lib/i18n';
import { privacyPath } from '@/lib/paths';
import { ArticleFeedbackClient } from './article-feedback-client';
import { moreId, moreTitleId } from './feedback-ids';

/**
 * "Was this article helpful?" at the end of an article, in two steps. "Yes" sends at once. "No" is
 * a link to the second step (`#feedback-no`), which asks what was missing (the reasons the report
 * counts) and for an optional comment, then sends "no" with them: without JavaScript the step shows
 * by CSS (:target), with it the client leaf shows it and moves focus there. "No" used to be a radio
 * button in one form, so Enter on it, or Send right after it, sent "no" before the reasons were
 * ever seen. All of the markup is rendered here, in the article's own locale, and handed to the
 * client leaf as children, so the page's JavaScript carries only the sending logic.
 */
export function ArticleFeedback({ locale, slug }: { locale: Locale; slug: string }) {
  const t = getDictionary(locale).feedback;
  const article = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
    </>
  );
  return (
    <ArticleFeedbackClient
      failed={t.failed}
      locale={locale}
      slug={slug}
      thanks={
        <>
          <h2 className="text-lg font-bold">{t.thanksTitle}</h2>
          <p className="mt-1 text-[var(--muted-fg)]">{t.thanksText}</p>
        </>
      }
      ask={
        <>
          {article}
          <input type="hidden" name="helpful" value="yes" />
          <h2 id="feedback-title" className="text-lg font-bold">
            {t.title}
          </h2>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="submit" className="article-feedback-choice">
              {t.yes}
            </button>
            <a href={`#${moreId}`} className="article-feedback-choice article-feedback-no">
              {t.no}
            </a>
          </div>
        </>
      }
      more={
        <>
          {article}
          <input type="hidden" name="helpful" value="no" />
          <fieldset>
            <legend id={moreTitleId} className="font-semibold">
              {t.reasonLegend}
            </legend>
            <div className="mt-2 space-y-1">
              {feedbackReasons.map((reason) => (
                <label key={reason} className="flex min-h-11 items-center gap-3">
                  <input type="radio" name="reason" value={reason} className="size-5 shrink-0 accent-brand-700" />
                  {t.reasons[reason]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mt-5">
            <label htmlFor="feedback-comment" className="block font-semibold">
              {t.commentLabel}
            </label>
            <p id="feedback-comment-hint" className="mt-1 text-sm text-[var(--muted-fg)]">
              {t.commentHint(maxCommentLength)}
            </p>
            <textarea
              id="feedback-comment"
              name="comment"
              rows={3}
              maxLength={maxCommentLength}
              aria-describedby="feedback-comment-hint"
              className="mt-2 w-full rounded-lg border border-[var(--border)] bg-[var(--page-bg)] p-3 text-base text-[var(--page-fg)]"
            />
          </div>
          <button
            type="submit"
            className="mt-5 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 dark:bg-brand-300 dark:text-[#0b1120] dark:hover:bg-brand-200"
          >
            {t.send}
          </button>
        </>
      }
      note={
        <p className="mt-4 text-sm text-[var(--muted-fg)]">
          {t.anonymous} <a href={privacyPath(locale)}>{t.privacyLink}</a>
        </p>
      }
    />
  );
}
