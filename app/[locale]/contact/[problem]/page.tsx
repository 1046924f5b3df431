import type { Metadata } from 'next';
import { IntentLink as Link } from '@/components/intent-link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ChoiceList } from '@/components/contact/choice-list';
import { ContactResult } from '@/components/contact/contact-result';
import { contactProblemParams, getContactStep } from '@/lib/contact';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { contactPath, homePath } from '@/lib/paths';

interface ProblemPageProps {
  params: Promise<{ locale: string; problem: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return contactProblemParams();
}

export async function generateMetadata({ params }: ProblemPageProps): Promise<Metadata> {
  const { locale, problem } = await params;
  const step = isLocale(locale) ? getContactStep(locale, problem) : undefined;
  if (!isLocale(locale) || !step) return {};
  const t = getDictionary(locale).contact;
  return step.kind === 'question'
    ? pageMetadata({ locale, path: step.path, title: step.question, description: t.questionDescription(step.problem.label) })
    : pageMetadata({ locale, path: step.path, title: step.title, description: step.summary });
}

/** Step 2 of the contact router: the follow-up question, or the result for a problem that needs none. */
export default async function ProblemPage({ params }: ProblemPageProps) {
  const { locale, problem } = await params;
  const step = isLocale(locale) ? getContactStep(locale, problem) : undefined;
  if (!isLocale(locale) || !step) notFound();
  const t = getDictionary(locale);

  return (
    <div className="page-narrow py-6 sm:py-8">
      <Breadcrumbs
        label={t.nav.breadcrumbLabel}
        items={[
          { name: t.nav.home, href: homePath(locale) },
          { name: t.contact.title, href: contactPath(locale) },
          { name: step.problem.label, href: step.path },
        ]}
      />
      {step.kind === 'question' ? (
        <>
          <p className="text-sm font-semibold text-[var(--muted-fg)]">{step.problem.label}</p>
          <h1 className="page-title mt-1 mb-6">{step.question}</h1>
          <ChoiceList choices={step.answers} />
          <p className="mt-6">
            <Link href={contactPath(locale)} className="inline-flex min-h-11 items-center">
              {t.contact.startAgain}
            </Link>
          </p>
        </>
      ) : (
        <ContactResult locale={locale} step={step} />
      )}
    </div>
  );
}
