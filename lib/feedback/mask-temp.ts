/**
 * TEMPORARY stand-in for the shared `lib/secrets` module (detectSecret, maskForStorage), which the
 * lead is writing. Same names and shapes; this file is deleted once that module lands on main.
 */
import { detectSensitive, passesLuhn } from '../search/sensitive';

export type SecretKind = 'card' | 'cvv' | 'pin' | 'otp';

export function detectSecret(text: string): SecretKind | undefined {
  return detectSensitive(text);
}

export function maskForStorage(text: string): string {
  return text
    .replace(/\b(?:\d[ -]?){12,18}\d\b/g, (match) => {
      const digits = match.replace(/\D/g, '');
      return passesLuhn(digits) ? `•••• ${digits.slice(-4)}` : match;
    })
    .replace(/\b(cvv2?|cvc2?|otp|pin|code)\b(\s*(?:is|:|=)?\s*)\d{3,8}\b/gi, '$1$2•••')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '•••@•••')
    .replace(/\+?\d[\d ()-]{6,}\d/g, (match) => (match.replace(/\D/g, '').length >= 7 ? '••• ••••' : match));
}
