import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readConfig } from '@/lib/feedback/config';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { privacyPath } from '@/lib/paths';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale).privacy;
  return pageMetadata({ locale, path: privacyPath(locale), title: t.title, description: t.description });
}

/** What the feedback and failed-search features keep, and for how long (the retention setting as built). */
export default async function PrivacyPage({ params }: PageProps<'/[locale]/privacy'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale).privacy;
  const { retentionDays } = readConfig();
  const section = (id: string, title: string, body: string | readonly string[]) => (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {typeof body === 'string' ? (
        <p className="mt-2">{body}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-2 ps-6">
          {body.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{t.title}</h1>
      <p className="mt-3 text-lg text-[var(--muted-fg)]">{t.intro}</p>
      {section('kept', t.keptTitle, t.kept)}
      {section('never', t.neverTitle, t.never)}
      {section('retention', t.retentionTitle, t.retention(retentionDays))}
      {section('browser', t.browserTitle, t.browser)}
      {section('who', t.whoTitle, t.who)}
    </div>
  );
}
