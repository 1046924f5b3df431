import Link from 'next/link';
import { getCategories } from '@/lib/content';
import { getDictionary, type Locale } from '@/lib/i18n';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className="mt-16 border-t border-[var(--border)] bg-[var(--surface)]">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-[2fr_1fr]">
        <div className="space-y-3 text-sm text-[var(--muted-fg)]">
          <p className="font-semibold text-[var(--page-fg)]">{t.site.name}</p>
          <p>{t.site.disclaimer}</p>
          <p>{t.footer.about}</p>
        </div>
        <nav aria-label={t.nav.footerLabel}>
          <ul className="space-y-1 text-sm">
            {getCategories(locale).map((category) => (
              <li key={category.slug}>
                <Link href={`/${locale}/categories/${category.slug}`} className="inline-block py-1.5">
                  {category.title}
                </Link>
              </li>
            ))}
            <li>
              <Link href={`/${locale}/contact`} className="inline-block py-1.5">
                {t.nav.contact}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/privacy`} className="inline-block py-1.5">
                {t.footer.privacy}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
