import type { Metadata } from 'next';
import { IntentLink as Link } from '@/components/intent-link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ChannelCard } from '@/components/contact/channel-card';
import { ChoiceList } from '@/components/contact/choice-list';
import { SecurityNote } from '@/components/contact/security-note';
import { getContactChannels, getContactProblems } from '@/lib/contact';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { articlePath, contactPath, homePath } from '@/lib/paths';

interface ContactPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ContactPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale).contact;
  return pageMetadata({ locale, path: contactPath(locale), title: t.title, description: t.description });
}

/** Step 1 of the contact router: what went wrong, then every channel for readers who already know. */
export default async function ContactPage({ params }: ContactPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale);
  const c = t.contact;

  return (
    <div className="page-narrow py-6 sm:py-8">
      <Breadcrumbs
        label={t.nav.breadcrumbLabel}
        items={[
          { name: t.nav.home, href: homePath(locale) },
          { name: c.title, href: contactPath(locale) },
        ]}
      />
      <h1 className="page-title">{c.title}</h1>
      <p className="page-lede">{c.intro}</p>

      <section aria-labelledby="what-went-wrong" className="mt-8">
        <h2 id="what-went-wrong" className="section-title mb-4">
          {c.problemsTitle}
        </h2>
        <ChoiceList choices={getContactProblems(locale)} />
      </section>

      <SecurityNote locale={locale} notes={[{ id: 'fakeSupport', text: c.security.fakeSupport }]} className="mt-8" />

      <section aria-labelledby="channels" className="mt-10">
        <h2 id="channels" className="section-title">
          {c.channelsTitle}
        </h2>
        <p className="mt-1 text-[var(--muted-fg)]">{c.channelsIntro}</p>
        <div className="mt-4 space-y-6">
          {getContactChannels(locale).map((channel) => (
            <ChannelCard key={channel.id} locale={locale} channel={channel} />
          ))}
        </div>
      </section>

      <section aria-labelledby="prepare" className="help-box mt-10">
        <h2 id="prepare" className="text-lg font-bold">
          {c.prepareTitle}
        </h2>
        <p className="mt-1">{c.prepareText}</p>
        <p className="mt-2">
          <Link href={articlePath(locale, 'prepare-before-contacting-support')} className="inline-flex min-h-11 items-center">
            {c.prepareLink}
          </Link>
        </p>
      </section>
    </div>
  );
}
