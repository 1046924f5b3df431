import { IntentLink as Link } from '@/components/intent-link';
import { getCategories } from '@/lib/content';
import { getDictionary, type Locale } from '@/lib/i18n';
import { categoryPath, contactPath, secretRemovedAnchor } from '@/lib/paths';

/**
 * Shown when the proxy has sent a search for a card number, CVV, PIN or OTP here
 * (`secretRemovedPath`): the page is prerendered, so the notice is in every copy and shown by CSS
 * only when the address ends in its anchor, with or without JavaScript.
 */
export function SecretRemovedNotice({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).search;
  return (
    <div
      id={secretRemovedAnchor}
      tabIndex={-1}
      className="mt-6 hidden scroll-mt-24 rounded-lg border-s-4 border-red-700 bg-red-50 p-4 text-red-950 target:block dark:border-red-400 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="font-semibold">{t.sensitiveTitle}</p>
      <p className="mt-1">{t.secretRemoved}</p>
    </div>
  );
}

/** What the results page offers a reader without JavaScript: the topics and the contact router. */
export function SearchNoScript({ locale }: { locale: Locale }) {
  const dictionary = getDictionary(locale);
  const t = dictionary.search;
  return (
    <div className="mt-6">
      <p>{t.noScript}</p>
      <h2 className="mt-6 mb-3 text-xl font-bold">{dictionary.nav.categories}</h2>
      <ul className="divide-y divide-[var(--border)] border-y border-[var(--border)]">
        {getCategories(locale).map((category) => (
          <li key={category.slug}>
            <Link href={categoryPath(locale, category.slug)} className="group block px-1 py-4 no-underline hover:bg-[var(--surface)]">
              <span className="block text-lg leading-snug font-semibold text-[var(--link)] underline decoration-1 underline-offset-4 group-hover:decoration-2">
                {category.title}
              </span>
              <span className="mt-1 block text-[var(--muted-fg)]">{category.description}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        {t.contactText} <Link href={contactPath(locale)}>{t.contactLink}</Link>
      </p>
    </div>
  );
}
