import { describe, expect, it } from 'vitest';
import { checkMessage, looksLikeMessage } from '@/lib/message-check';
import { evaluateMessages, formatEvaluation, messageLocales, readMessageCases, setFile, share, targets } from '../../scripts/message-eval';

/**
 * The message check against blind labelled sets (each written by someone who read neither the
 * articles nor the code): by default the tuning halves of the first set, of the one written on
 * 7 December (`tests/blind3/`), of the third (`tests/blind4/`, written the same evening) and of the
 * fourth and fifth (`tests/blind5/`, `tests/blind6/`, written that night); `MESSAGE_SET=<path before -en-messages.jsonl>` points this test at
 * another half without changing it.
 */
const sets = process.env.MESSAGE_SET ? [process.env.MESSAGE_SET] : ['tests/blind/tuning', 'tests/blind3/tuning', 'tests/blind4/tuning', 'tests/blind5/tuning', 'tests/blind6/tuning'];

/** Ours, not the issue's: most one-time-code messages are told from scams and from nothing. */
const minCodesRecognised = 0.75;

/**
 * The target for scams is held per set (both languages, 33 to 44 scams) and per language
 * (every set's scams of that language together, about 100): a language's 16 to 22 scams in one half
 * move by 4.5 points a message, so one scam kind given up for precision (a landlord "abroad", which
 * genuine reminders say too) would fail a half on its own. Genuine messages are held to the target
 * in every half and language: that is the side that must not slip.
 */
const evaluate = (set: string, locale: (typeof messageLocales)[number]) => evaluateMessages(readMessageCases(setFile(set, locale)), checkMessage, looksLikeMessage);

describe.each(sets)('the message check on %s', (set) => {
  for (const locale of messageLocales) {
    it(`leaves genuine messages alone and recognises codes in ${locale === 'en' ? 'English' : 'Arabic'}`, () => {
      const result = evaluate(set, locale);
      const report = formatEvaluation(locale, result);
      console.log(report);
      expect(share(result.genuineFlaggedAsScam, result.genuine), report).toBeLessThanOrEqual(targets.genuineFlaggedAsScam);
      expect(share(result.codesRecognised, result.codes), report).toBeGreaterThanOrEqual(minCodesRecognised);
    });
  }

  it('flags scams in both languages together', () => {
    const results = messageLocales.map((locale) => evaluate(set, locale));
    const flagged = results.reduce((sum, result) => sum + result.scamsFlagged, 0);
    const scams = results.reduce((sum, result) => sum + result.scams, 0);
    expect(share(flagged, scams), `${flagged}/${scams}`).toBeGreaterThanOrEqual(targets.scamFlagged);
  });
});

describe.each(messageLocales)('the message check in %s, every set together', (locale) => {
  it('flags scams', () => {
    const results = sets.map((set) => evaluate(set, locale));
    const flagged = results.reduce((sum, result) => sum + result.scamsFlagged, 0);
    const scams = results.reduce((sum, result) => sum + result.scams, 0);
    expect(share(flagged, scams), `${flagged}/${scams}`).toBeGreaterThanOrEqual(targets.scamFlagged);
  });
});
