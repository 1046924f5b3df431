import { IntentLink as Link } from '@/components/intent-link';
import { absoluteUrl } from '@/lib/site';
import { JsonLd } from './json-ld';

export interface Crumb {
  name: string;
  href: string;
}

/** The trail from the home page to the current page (the last crumb), with its JSON-LD twin. */
export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="breadcrumbs no-print">
      <ol>
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={item.href}>
              {isLast ? (
                <span aria-current="page" className="text-[var(--page-fg)]">
                  {item.name}
                </span>
              ) : (
                <>
                  <Link href={item.href}>{item.name}</Link>
                  <span aria-hidden="true" className="breadcrumbs-separator">
                    ›
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: items.map((item, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            name: item.name,
            item: absoluteUrl(item.href),
          })),
        }}
      />
    </nav>
  );
}
