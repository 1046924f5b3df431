import { IntentLink as Link } from '@/components/intent-link';
import { getDictionary, type Locale } from '@/lib/i18n';
import { contactPath, homePath } from '@/lib/paths';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search/search-box';
import { SiteMenu } from './site-menu-client';

/** The site's mark: a shopping bag with a padlock's shackle, in the brand colour. */
function BrandMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="8" className="fill-brand-700 dark:fill-brand-300" />
      <path d="M8.5 12.5h15v9.5a2.5 2.5 0 0 1-2.5 2.5H11a2.5 2.5 0 0 1-2.5-2.5z" className="fill-none stroke-white stroke-2 dark:stroke-[#0f1417]" />
      <path d="M12.5 12.5V10.5a3.5 3.5 0 0 1 7 0v2" className="fill-none stroke-white stroke-2 dark:stroke-[#0f1417]" />
    </svg>
  );
}

/**
 * One row from 320px up: the site's mark, the one search entry, the language switch and a menu for
 * Topics and Contact (inline links on wide screens). Then, on every page, the line saying who we are.
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  const links = [
    { href: homePath(locale, 'topics'), label: t.nav.categories },
    { href: contactPath(locale), label: t.nav.contact },
  ];
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href={homePath(locale)} className="site-brand">
            <BrandMark />
            <span className="site-brand-name">{t.site.name}</span>
          </Link>
          <nav aria-label={t.nav.mainLabel} className="site-nav">
            <ul>
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="header-link">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header-search">
            <SearchBox locale={locale} variant="header" />
          </div>
          <div className="site-lang">
            <LanguageSwitch locale={locale} />
          </div>
          <SiteMenu label={t.nav.menu}>
            <nav aria-label={t.nav.mainLabel} className="site-menu-panel">
              <ul>
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href}>{link.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </SiteMenu>
        </div>
      </header>
      <div className="trust-line">
        <p>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="fill-none stroke-current stroke-2">
            <path d="M12 3 5 6v5c0 4.5 3 8.5 7 10 4-1.5 7-5.5 7-10V6z" />
            <path d="m9 12 2 2 4-4" />
          </svg>
          <span>{t.site.trustLine}</span>
        </p>
      </div>
    </>
  );
}
