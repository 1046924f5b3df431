import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ContactResult } from '@/components/contact/contact-result';
import { contactAnswerParams, getContactStep } from '@/lib/contact';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { contactPath, homePath } from '@/lib/paths';

interface AnswerPageProps {
  params: Promise<{ locale: string; problem: string; answer: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return contactAnswerParams();
}

export async function generateMetadata({ params }: AnswerPageProps): Promise<Metadata> {
  const { locale, problem, answer } = await params;
  const step = isLocale(locale) ? getContactStep(locale, problem, answer) : undefined;
  if (!isLocale(locale) || step?.kind !== 'outcome') return {};
  return pageMetadata({ locale, path: step.path, title: step.title, description: step.summary });
}

/** Step 3 of the contact router: the result for one answer to a follow-up question. */
export default async function AnswerPage({ params }: AnswerPageProps) {
  const { locale, problem, answer } = await params;
  const step = isLocale(locale) ? getContactStep(locale, problem, answer) : undefined;
  if (!isLocale(locale) || step?.kind !== 'outcome') notFound();
  const t = getDictionary(locale);

  return (
    <div className="page-narrow py-6 sm:py-8">
      <Breadcrumbs
        label={t.nav.breadcrumbLabel}
        items={[
          { name: t.nav.home, href: homePath(locale) },
          { name: t.contact.title, href: contactPath(locale) },
          { name: step.problem.label, href: step.problem.href },
          { name: step.answer?.label ?? step.title, href: step.path },
        ]}
      />
      <ContactResult locale={locale} step={step} />
    </div>
  );
}
