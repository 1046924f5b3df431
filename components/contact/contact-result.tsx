import { IntentLink as Link } from '@/components/intent-link';
import { ArticleList } from '@/components/article-list';
import type { OutcomeStep } from '@/lib/contact';
import { requestFormText } from '@/lib/contact/form';
import { getDictionary, localeInfo, type Locale } from '@/lib/i18n';
import { checkMessagePath, contactPath } from '@/lib/paths';
import { ChannelCard } from './channel-card';
import { RequestSummary } from './request-summary-client';
import { SecurityNote } from './security-note';

/**
 * The result of the router: the short answer, the articles to try first, who to contact in order
 * and how, what to have ready, and the request form. Everything but the form is server-rendered, so
 * without JavaScript the checklist still says what to prepare.
 */
export function ContactResult({ locale, step }: { locale: Locale; step: OutcomeStep }) {
  const t = getDictionary(locale).contact;
  return (
    <>
      <header>
        <h1 className="page-title">{step.title}</h1>
        <p className="page-lede text-[var(--page-fg)]">{step.summary}</p>
        {step.checkMessage && (
          <p className="mt-3">
            <Link href={checkMessagePath(locale)} className="font-semibold">
              {t.checkMessage}
            </Link>
          </p>
        )}
        <p className="no-print mt-3 flex flex-wrap items-center gap-x-4 text-sm">
          <span className="text-[var(--muted-fg)]">{t.otherAnswers}</span>
          {step.answer && (
            <Link href={step.problem.href} className="inline-flex min-h-11 items-center">
              {t.chooseAgain}
            </Link>
          )}
          <Link href={contactPath(locale)} className="inline-flex min-h-11 items-center">
            {t.startAgain}
          </Link>
        </p>
      </header>

      <section aria-labelledby="try-first" className="mt-8">
        <h2 id="try-first" className="section-title">
          {t.articlesTitle}
        </h2>
        <p className="mt-1 mb-3 text-[var(--muted-fg)]">{t.articlesIntro}</p>
        <ArticleList articles={step.articles} summaries={false} />
      </section>

      <section aria-labelledby="who-to-contact" className="mt-10">
        <h2 id="who-to-contact" className="section-title">
          {t.contactTitle}
        </h2>
        <p className="mt-1 text-[var(--muted-fg)]">{t.contactIntro(step.channels.length)}</p>
        <SecurityNote locale={locale} notes={step.security} className="mt-4" />
        <ol className="mt-4 space-y-4">
          {step.channels.map((channel, index) => (
            <li key={channel.id}>
              <ChannelCard locale={locale} channel={channel} position={index + 1} bankScript={step.bankScript} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="ready" className="help-box mt-10">
        <h2 id="ready" className="section-title">
          {t.readyTitle}
        </h2>
        <p className="mt-1 text-[var(--muted-fg)]">{t.readyIntro}</p>
        <ul className="mt-3 space-y-2">
          {step.ready.map((item) => (
            <li key={item.id} className="flex gap-3">
              <span aria-hidden="true" className="mt-2 size-2 shrink-0 rounded-full bg-[var(--muted-fg)]" />
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      </section>

      <RequestSummary text={requestFormText(t.form, step.title)} dateLocale={localeInfo[locale].dateLocale} fields={step.formFields} />
    </>
  );
}
