'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * A link that prefetches its page when the reader reaches for it (pointer over it, a touch, focus),
 * not when it scrolls into view. A list of results would otherwise fetch and parse every listed
 * page on the main thread while the reader is still reading the list, which is what made the
 * results page block for longer than an article (Lighthouse's Total Blocking Time).
 */
export function IntentLink({ href, onPointerEnter, onTouchStart, onFocus, ...props }: Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string }) {
  const router = useRouter();
  // After the next frame: the frame that shows the link pressed (navigation-feedback.tsx) is not
  // held back by the prefetch's own work, which on a slow phone takes tens of milliseconds.
  const prefetch = () => requestAnimationFrame(() => setTimeout(() => router.prefetch(href), 0));
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
