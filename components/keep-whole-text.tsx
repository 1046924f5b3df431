import { keepWholeClasses, keepWholeParts } from '@/lib/content/keep-whole';

/**
 * Interface text with its addresses and codes kept whole, as the article renderer keeps them
 * (lib/content/keep-whole.ts): each on one line and left to right, so "secure-kpay.com.kw" in a
 * warning never leaves "kpay.com.kw" at the start of a line. A server component: nothing of it ships.
 */
export function KeepWholeText({ text }: { text: string }) {
  return keepWholeParts(text).map((part, index) =>
    part.whole ? (
      <span key={index} className={keepWholeClasses(part.text).join(' ')} dir="ltr">
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}
