import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkField } from '@/lib/contact/summary';
import { isPaymentSecret, passesLuhn, stripSecrets } from '@/lib/secrets';
import { maskForStorage } from '@/lib/secrets/storage';
import { holds, luhnPaymentId, ordinaryPhrases, secretPhrases } from './secret-phrases';

/**
 * The second line of defence behind "one detector": every consumer of reader input gets the same
 * phrases (./secret-phrases.ts) and must agree on each. Search removes every kind; the store masks
 * every kind; the request summary, written for a support team, masks the payment secrets and keeps
 * personal numbers (see lib/contact/summary.ts).
 */
const payment = secretPhrases.filter(({ kind }) => isPaymentSecret(kind));
const personal = secretPhrases.filter(({ kind }) => !isPaymentSecret(kind));

describe('every consumer of reader input finds the same secrets', () => {
  it.each(secretPhrases)('search removes the $kind in $text and keeps the rest', ({ text, kind, secret }) => {
    const stripped = stripSecrets(text);
    expect(stripped.kinds).toEqual([kind]);
    expect(holds(stripped.text, secret)).toBe(false);
  });

  it.each(payment)('the request summary flags and masks the $kind in $text', ({ text, kind, secret }) => {
    const check = checkField('whatHappened', text);
    expect(check.kinds).toEqual([kind]);
    expect(holds(check.masked, secret)).toBe(false);
  });

  it.each(personal)('the request summary keeps the $kind in $text for support', ({ text }) => {
    expect(checkField('whatHappened', text)).toEqual({ kinds: [], masked: text });
  });

  it.each(secretPhrases)('a stored comment loses the $kind in $text', ({ text, secret }) => {
    const stored = maskForStorage(text);
    expect(holds(stored, secret)).toBe(false);
    expect(stored).toContain('•');
  });

  it.each(ordinaryPhrases)('none of them takes %j for a secret', (text) => {
    expect(passesLuhn(luhnPaymentId)).toBe(true);
    expect(stripSecrets(text)).toEqual({ text, kinds: [] });
    expect(checkField('whatHappened', text).kinds).toEqual([]);
    expect(maskForStorage(text)).toBe(text);
  });
});

describe('a stored comment', () => {
  it('keeps a card number’s last 4 digits only', () => {
    expect(maskForStorage('card 4111 1111 1111 1111 declined')).toBe('card •••• 1111 declined');
  });

  it('loses emails and phone numbers', () => {
    const stored = maskForStorage('mail me at sara.k@example.com or call +965 5555 1234 or ٩٩٨٨٧٧٦٦');
    expect(stored).not.toMatch(/example\.com|sara|5555|1234|٩٩٨٨/);
    expect(stored).toContain('mail me at');
  });

  it('loses any number of 8 to 15 digits, which may be a phone number of another country', () => {
    expect(maskForStorage('call 0501234567 please')).toBe('call ••• please');
  });

  it('loses every short number when the whole text reads as a secret', () => {
    expect(maskForStorage('482913 otp not working')).not.toContain('482913');
  });

  it('keeps order numbers, amounts, years and messages as written', () => {
    const text = 'In 2026 order 403-1234567-1234567 for KD 12.500 showed NOT CAPTURED';
    expect(maskForStorage(text)).toBe(text);
  });
});

describe('one detector', () => {
  const roots = ['app', 'components', 'lib', 'proxy.ts'];
  const walk = (entry: string): string[] =>
    statSync(entry).isDirectory() ? readdirSync(entry).flatMap((name) => walk(path.join(entry, name))) : /\.tsx?$/.test(entry) ? [entry] : [];
  const files = roots.flatMap(walk);

  it('no code outside lib/secrets checks Luhn or mod 97, or spells a secret’s word or an email as a pattern', () => {
    for (const file of files) {
      if (file.startsWith(path.join('lib', 'secrets'))) continue;
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/function passesLuhn|cvv2\?|cvc2\?|otp\|one\[|% 97|@\[\\p\{L\}/);
    }
  });
});
