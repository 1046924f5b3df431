import type { Metadata } from 'next';
import { IntentLink as Link } from '@/components/intent-link';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { MessageCheckForm } from '@/components/message-check/message-check-form';
import { messageCheckFormText } from '@/components/message-check/message-check-text';
import { MessageSignsChecklist } from '@/components/message-check/message-signs-checklist';
import { getArticles } from '@/lib/content';
import { getDictionary, isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { checkMessagePath, contactPath } from '@/lib/paths';

export async function generateMetadata({ params }: PageProps<'/[locale]/check-message'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getDictionary(locale).messageCheck;
  return pageMetadata({ locale, path: checkMessagePath(locale), title: t.title, description: t.description });
}

/**
 * "Is this message a scam?": the check runs in the browser (lib/message-check) and the message is
 * never sent; without JavaScript the signs are a checklist to go through. Then the security
 * articles, and the contact router's route for someone who already paid.
 */
export default async function CheckMessagePage({ params }: PageProps<'/[locale]/check-message'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getDictionary(locale).messageCheck;
  return (
    <div className="page-narrow py-8">
      <h1 className="page-title">{t.title}</h1>
      <p className="page-lede">{t.intro}</p>
      <noscript>
        <p className="help-box mt-6">{t.noScript}</p>
      </noscript>
      <MessageCheckForm text={messageCheckFormText(locale)} />
      <MessageSignsChecklist locale={locale} />
      <p className="mt-8">
        <Link href={contactPath(locale, 'fee-message')} className="font-semibold">
          {t.contactLink}
        </Link>
      </p>
      <section aria-labelledby="read-more" className="mt-10">
        <h2 id="read-more" className="section-title">
          {t.readMoreTitle}
        </h2>
        <div className="mt-3">
          <ArticleList articles={getArticles(locale, { category: 'security' })} />
        </div>
      </section>
    </div>
  );
}
