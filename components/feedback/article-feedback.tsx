import { getDictionary, type Locale } from '@/lib/i18n';
import { feedbackReasons, maxCommentLength } from '@/lib/feedback/schema';
import { privacyPath } from '@/lib/paths';
import { ArticleFeedbackClient, type ArticleFeedbackStrings } from './article-feedback-client';

/** "Was this article helpful?" at the end of an article: its strings, in its own locale only, for the client leaf. */
export function ArticleFeedback({ locale, slug }: { locale: Locale; slug: string }) {
  const t = getDictionary(locale).feedback;
  const strings: ArticleFeedbackStrings = {
    title: t.title,
    yes: t.yes,
    no: t.no,
    reasonLegend: t.reasonLegend,
    reasons: feedbackReasons.map((reason) => ({ value: reason, label: t.reasons[reason] })),
    commentLabel: t.commentLabel,
    commentHint: t.commentHint(maxCommentLength),
    send: t.send,
    sending: t.sending,
    thanksTitle: t.thanksTitle,
    thanksText: t.thanksText,
    failed: t.failed,
    anonymous: t.anonymous,
    privacyLink: t.privacyLink,
  };
  return <ArticleFeedbackClient locale={locale} slug={slug} maxCommentLength={maxCommentLength} privacyHref={privacyPath(locale)} strings={strings} />;
}
