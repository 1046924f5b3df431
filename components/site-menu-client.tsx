'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The header's menu: a <details> disclosure, so it opens and closes without JavaScript. With it, the
 * menu also closes when the reader follows a link, moves to another page, presses Escape or taps
 * outside it.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const close = (event: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
      } else if (event.target instanceof Element && (!menu.contains(event.target) || event.target.closest('a'))) {
        // Outside the menu, or on one of its links (which may lead to the page already open).
        menu.open = false;
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, []);

  return (
    <details ref={ref} className="site-menu">
      <summary>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="menu-open fill-none stroke-current stroke-2">
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="menu-close fill-none stroke-current stroke-2">
          <path d="M6 6l12 12M18 6 6 18" />
        </svg>
        <span className="sr-only">{label}</span>
      </summary>
      {children}
    </details>
  );
}
