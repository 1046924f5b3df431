import { IntentLink as Link } from '@/components/intent-link';
import { getCategories } from '@/lib/content';
import { getDictionary, type Locale } from '@/lib/i18n';
import { categoryPath, checkMessagePath, contactPath, privacyPath, searchPath } from '@/lib/paths';

/** Who we are, every topic, the contact router and the message check. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <div className="space-y-3">
          <p className="font-semibold text-[var(--page-fg)]">{t.site.name}</p>
          <p>{t.site.disclaimer}</p>
          <p>{t.footer.about}</p>
        </div>
        <nav aria-labelledby="footer-topics">
          <h2 id="footer-topics">{t.footer.topicsTitle}</h2>
          <ul>
            {getCategories(locale).map((category) => (
              <li key={category.slug}>
                <Link href={categoryPath(locale, category.slug)}>{category.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="footer-help">
          <h2 id="footer-help">{t.footer.helpTitle}</h2>
          <ul>
            <li>
              <Link href={contactPath(locale)}>{t.footer.contactRouter}</Link>
            </li>
            <li>
              <Link href={checkMessagePath(locale)}>{t.footer.checkMessage}</Link>
            </li>
            <li>
              <Link href={searchPath(locale)}>{t.footer.searchLink}</Link>
            </li>
            <li>
              <Link href={privacyPath(locale)}>{t.footer.privacy}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
