/**
 * The messages an article may list in `errors`: search marks an article that lists a pasted message
 * with "Lists this error message", so only messages a reader really sees belong there. They are the
 * KNET result messages of FACTS.md's message table, the Amazon wording readers report and paste, the
 * "Forgot Password" link and the scam call FACTS.md quotes. Plain phrases ("card not supported",
 * "gift card scam") and translations of a message no source quotes go in `keywords`.
 */
export const knownErrorMessages = [
  // KNET result page (FACTS.md, "Messages on a KNET payment result")
  'CAPTURED',
  'NOT CAPTURED',
  'CANCELED',
  'HOST TIMEOUT',
  'DENIED BY RISK',
  'session time limit exceeded',
  'payment in progress in another window',
  'invalid OTP',
  'too many OTP attempts',
  'card expired',
  'invalid card number',
  // What Amazon's checkout and card form say when a payment or card is refused
  'payment declined',
  'card declined',
  'payment method not accepted',
  // amazon.ae's note while a payment is still pending (FACTS.md, "Money left the account…")
  "We haven't received payment confirmation from your bank or credit card yet",
  // Amazon's sign-in page, and the scam call FACTS.md quotes
  'forgot password',
  'suspicious Amazon purchase',
] as const;

const known = new Set<string>(knownErrorMessages.map((message) => message.toLowerCase()));

export function isKnownErrorMessage(message: string): boolean {
  return known.has(message.trim().toLowerCase());
}
