import { feedbackReasons, maxCommentLength } from '@/lib/feedback/schema';
import { getDictionary, type Locale } from '@/lib/i18n';
import { privacyPath } from '@/lib/paths';
import { ArticleFeedbackClient } from './article-feedback-client';

/**
 * "Was this article helpful?" at the end of an article. All of its markup is rendered here, in the
 * article's own locale, and handed to the client leaf as children, so the page's JavaScript carries
 * only the sending logic. The reasons and the comment show once "No" is chosen (CSS :has, see
 * article-feedback.css), with or without JavaScript.
 */
export function ArticleFeedback({ locale, slug }: { locale: Locale; slug: string }) {
  const t = getDictionary(locale).feedback;
  const thanks = (
    <>
      <h2 className="text-lg font-bold">{t.thanksTitle}</h2>
      <p className="mt-1 text-[var(--muted-fg)]">{t.thanksText}</p>
    </>
  );
  return (
    <ArticleFeedbackClient locale={locale} slug={slug} failed={t.failed} thanks={thanks}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <fieldset>
        <legend>
          <h2 id="feedback-title" className="text-lg font-bold">
            {t.title}
          </h2>
        </legend>
        <div className="mt-3 flex flex-wrap gap-3">
          {(['yes', 'no'] as const).map((value) => (
            <label key={value} className="article-feedback-choice">
              <input type="radio" name="helpful" value={value} required className="size-5 accent-brand-700" />
              {t[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="article-feedback-more mt-5 space-y-5">
        <fieldset>
          <legend className="font-semibold">{t.reasonLegend}</legend>
          <div className="mt-2 space-y-1">
            {feedbackReasons.map((reason) => (
              <label key={reason} className="flex min-h-11 items-center gap-3">
                <input type="radio" name="reason" value={reason} className="size-5 shrink-0 accent-brand-700" />
                {t.reasons[reason]}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
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
      </div>
      <button
        type="submit"
        className="mt-5 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 dark:bg-brand-300 dark:text-[#0b1120] dark:hover:bg-brand-200"
      >
        {t.send}
      </button>
      <p className="mt-3 text-sm text-[var(--muted-fg)]">
        {t.anonymous} <a href={privacyPath(locale)}>{t.privacyLink}</a>
      </p>
    </ArticleFeedbackClient>
  );
}
