import { notFound } from 'next/navigation';

/** Any other path under a locale gets that locale's not-found page (with a real 404 status). */
export default function UnknownPage() {
  notFound();
}
