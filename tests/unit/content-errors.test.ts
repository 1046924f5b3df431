import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { isKnownErrorMessage, knownErrorMessages } from '@/lib/content/messages';

describe('the error messages articles list', () => {
  it('are only messages readers really see, so "Lists this error message" is true', () => {
    const { locales } = loadContent(path.resolve(import.meta.dirname, '../../content'), { requiredLocales: [] });
    const listed = Object.values(locales).flatMap((content) => content.articles.flatMap((article) => article.errors.map((error) => ({ error, file: article.file }))));
    expect(listed.length).toBeGreaterThan(40);
    for (const { error, file } of listed) expect(isKnownErrorMessage(error), `${file}: "${error}" belongs in keywords`).toBe(true);
  }, 30_000);

  it('hold every message of the KNET result table, and no plain phrase', () => {
    expect(knownErrorMessages).toEqual(expect.arrayContaining(['NOT CAPTURED', 'HOST TIMEOUT', 'DENIED BY RISK', 'invalid OTP', 'too many OTP attempts']));
    for (const phrase of ['card not supported', 'gift card scam', 'unauthorized charge', 'OTP not received']) expect(isKnownErrorMessage(phrase), phrase).toBe(false);
    expect(isKnownErrorMessage(' not captured ')).toBe(true);
  });
});
