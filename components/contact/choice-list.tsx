import Link from 'next/link';
import type { ChoiceView } from '@/lib/contact';

/** The router's choices (problems, or answers to a follow-up question) as large links: each is a real page. */
export function ChoiceList({ choices, label }: { choices: ChoiceView[]; label?: string }) {
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2">
      {choices.map((choice) => (
        <li key={choice.slug} className="flex">
          <Link
            href={choice.href}
            className="group flex min-h-14 w-full items-center gap-3 rounded-xl border border-[var(--border)] px-4 py-3 no-underline hover:border-[var(--link)] hover:bg-[var(--surface)]"
          >
            <span className="min-w-0 flex-1">
              <span className="block font-semibold text-[var(--link)] underline decoration-1 underline-offset-4 group-hover:decoration-2">
                {choice.label}
              </span>
              {choice.hint && <span className="mt-0.5 block text-sm text-[var(--muted-fg)]">{choice.hint}</span>}
            </span>
            <span aria-hidden="true" className="text-2xl leading-none text-[var(--muted-fg)] rtl:-scale-x-100">
              ›
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
