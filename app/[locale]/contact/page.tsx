import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { channels } from '@/lib/contact/channels';
import { getArticlesBySlug } from '@/lib/content';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/contact'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale).contact;
  return pageMetadata({ locale, path: `/${locale}/contact`, title: t.title, description: t.description });
}

export default async function ContactPage({ params }: PageProps<'/[locale]/contact'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        label={t.nav.breadcrumbLabel}
        items={[
          { name: t.nav.home, href: `/${locale}` },
          { name: t.contact.title, href: `/${locale}/contact` },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">{t.contact.title}</h1>
      <p className="mt-3 text-lg text-[var(--muted-fg)]">{t.contact.intro}</p>

      <div className="callout callout-warning mt-6" role="note">
        <p className="callout-title">{t.contact.neverShareTitle}</p>
        <p>{t.contact.neverShareText}</p>
      </div>

      <h2 className="mt-10 text-2xl font-bold">{t.contact.channelsTitle}</h2>
      <div className="mt-4 space-y-6">
        {channels.map((channel) => {
          const text = t.contact.channels[channel.id];
          return (
            <section key={channel.id} aria-labelledby={`channel-${channel.id}`} className="rounded-xl border border-[var(--border)] p-5">
              <h3 id={`channel-${channel.id}`} className="text-xl font-bold">
                {text.name}
              </h3>
              <h4 className="mt-3 font-semibold">{t.contact.whenTitle}</h4>
              <p className="mt-1">{text.when}</p>
              <h4 className="mt-3 font-semibold">{t.contact.howTitle}</h4>
              <ol className="mt-1 list-decimal space-y-1 ps-6">
                {text.how.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              {text.note && <p className="mt-3 text-sm text-[var(--muted-fg)]">{text.note}</p>}
              {channel.url && (
                <p className="mt-3">
                  <a href={channel.url} target="_blank" rel="noopener noreferrer external">
                    {t.contact.visitSite}: {new URL(channel.url).hostname.replace(/^www\./, '')}
                    <span className="sr-only"> {t.article.opensInNewTab}</span>
                  </a>
                </p>
              )}
              <p className="mt-3 text-sm">
                <span className="font-semibold">{t.contact.readFirst}: </span>
                {getArticlesBySlug(locale, channel.articles).map((article, index) => (
                  <span key={article.slug}>
                    {index > 0 && ' · '}
                    <Link href={`/${locale}/articles/${article.slug}`}>{article.title}</Link>
                  </span>
                ))}
              </p>
            </section>
          );
        })}
      </div>

      <section aria-labelledby="prepare" className="mt-10 rounded-xl bg-[var(--surface)] p-5 border border-[var(--border)]">
        <h2 id="prepare" className="text-lg font-bold">
          {t.contact.prepareTitle}
        </h2>
        <p className="mt-1">{t.contact.prepareText}</p>
        <p className="mt-2">
          <Link href={`/${locale}/articles/prepare-before-contacting-support`}>{t.contact.prepareLink}</Link>
        </p>
      </section>
    </div>
  );
}
