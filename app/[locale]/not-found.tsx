import { NotFoundContent } from '@/components/not-found-content';
import { defaultLocale } from '@/lib/i18n';

export default function NotFound() {
  return <NotFoundContent locale={defaultLocale} />;
}
