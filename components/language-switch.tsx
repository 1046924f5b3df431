import { getDictionary, locales, type Locale } from '@/lib/i18n';
import { LanguageSwitchLinks } from './language-switch-client';

/** The same page in every other language, each named in its own language. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const languages = locales
    .filter((other) => other !== locale)
    .map((other) => ({ locale: other, name: getDictionary(other).site.languageName }));
  return <LanguageSwitchLinks languages={languages} />;
}
