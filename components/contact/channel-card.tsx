import { IntentLink as Link } from '@/components/intent-link';
import type { ChannelView } from '@/lib/contact';
import { getDictionary, type Locale } from '@/lib/i18n';
import { articlePath } from '@/lib/paths';

/** The two places a bank's real number is, each with its picture: the card, the bank's app. */
const bankNumberPlaces = [
  {
    title: 'card',
    text: 'cardText',
    icon: (
      <>
        <rect x="2.5" y="5" width="19" height="14" rx="2" />
        <path d="M2.5 9h19M6 15h5" />
      </>
    ),
  },
  {
    title: 'app',
    text: 'appText',
    icon: (
      <>
        <rect x="6" y="2.5" width="12" height="19" rx="2.5" />
        <path d="M10.5 18.5h3" />
      </>
    ),
  },
] as const;

/** Where the bank's number is (the back of the card, the bank's app) and what to say when you call. */
function BankCallGuide({ locale, script }: { locale: Locale; script: { say: string; then: string } }) {
  const b = getDictionary(locale).contact.bankCall;
  return (
    <div className="bank-call">
      <h4 className="font-semibold">{b.whereTitle}</h4>
      <ul className="bank-call-where">
        {bankNumberPlaces.map((place) => (
          <li key={place.title}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="fill-none stroke-current stroke-2">
              {place.icon}
            </svg>
            <span>
              <span className="block font-semibold">{b[place.title]}</span>
              <span className="block text-sm text-[var(--muted-fg)]">{b[place.text]}</span>
            </span>
          </li>
        ))}
      </ul>
      <h4 className="mt-4 font-semibold">{b.sayTitle}</h4>
      <blockquote className="bank-call-say">{script.say}</blockquote>
      <p className="mt-2 text-sm">{script.then}</p>
    </div>
  );
}

/**
 * One support channel: how to reach it, step by step, and its official site where FACTS.md gives one.
 * In the overview it also says what the channel is for and which articles to read first; in a result
 * it carries its position in the order to try.
 */
export function ChannelCard({
  locale,
  channel,
  position,
  bankScript,
}: {
  locale: Locale;
  channel: ChannelView;
  position?: number;
  /** In a result, what to say when calling the bank. */
  bankScript?: { say: string; then: string };
}) {
  const t = getDictionary(locale);
  const c = t.contact;
  const headingId = `channel-${channel.id}`;
  return (
    <section aria-labelledby={headingId} className="channel-card">
      <h3 id={headingId} className="flex items-center gap-3 text-xl font-bold">
        {position !== undefined && (
          <span className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-base text-white dark:bg-brand-300 dark:text-[#0b1120]">
            <span aria-hidden="true">{position}</span>
            <span className="sr-only">{c.contactStep(position)}:</span>
          </span>
        )}
        <span>{channel.name}</span>
      </h3>
      {position === undefined && (
        <>
          <h4 className="mt-3 font-semibold">{c.whenTitle}</h4>
          <p className="mt-1">{channel.when}</p>
        </>
      )}
      {/* For a declined payment the guide says where the bank's number is and what to say: it replaces the steps. */}
      {channel.id === 'bank' && bankScript ? (
        <BankCallGuide locale={locale} script={bankScript} />
      ) : (
        <>
          <h4 className="mt-3 font-semibold">{c.howTitle}</h4>
          <ol className="mt-1 list-decimal space-y-1 ps-6">
            {channel.how.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {channel.ways.length > 0 && (
        <>
          <h4 className="mt-4 font-semibold">{c.waysTitle}</h4>
          <dl className="mt-1 space-y-2">
            {channel.ways.map((way) => (
              <div key={way.name} className="rounded-lg bg-[var(--surface)] px-3 py-2">
                <dt className="font-semibold">{way.name}</dt>
                <dd>{way.text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {channel.note && <p className="mt-3 text-sm text-[var(--muted-fg)]">{channel.note}</p>}
      {channel.url && (
        <p className="mt-3">
          <a href={channel.url} target="_blank" rel="noopener noreferrer external" className="inline-flex min-h-11 items-center font-semibold">
            {c.visitSite}: {channel.host}
            <span className="sr-only"> {t.article.opensInNewTab}</span>
          </a>
        </p>
      )}
      {position === undefined && channel.articles.length > 0 && (
        <p className="mt-3 text-sm">
          <span className="font-semibold">{c.readFirst}: </span>
          {channel.articles.map((article, index) => (
            <span key={article.slug}>
              {index > 0 && ' · '}
              <Link href={articlePath(locale, article.slug)}>{article.title}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
