import { IntentLink as Link } from '@/components/intent-link';
import type { ChoiceView } from '@/lib/contact';

/** The router's choices (problems, or answers to a follow-up question) as large links: each is a real page. */
export function ChoiceList({ choices, label }: { choices: ChoiceView[]; label?: string }) {
  return (
    <ul aria-label={label} className="card-grid">
      {choices.map((choice) => (
        <li key={choice.slug} className="flex">
          <Link href={choice.href} className="card-link items-center">
            <span className="card-link-body">
              <span className="card-title">{choice.label}</span>
              {choice.hint && <span className="card-text text-sm">{choice.hint}</span>}
            </span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="card-arrow fill-none stroke-current stroke-2">
              <path d="m8 4 6 6-6 6" />
            </svg>
          </Link>
        </li>
      ))}
    </ul>
  );
}
