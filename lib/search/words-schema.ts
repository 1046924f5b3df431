import { z } from 'zod';

/**
 * The search words editors keep, as data: what readers type that the articles do not say. Each
 * locale has `content/<locale>/search-words.json`; the phrases readers write in the other script
 * (Arabic on English pages, English on Arabic ones) are one table for both, in
 * `content/search-translations.json`. `content:check` validates them (`words-data.ts`); the build
 * puts them into each locale's search index, so the browser reads them with the index.
 *
 * Words are written as readers type them (any case, with or without hamza, the article or ة): they
 * are normalised like every query before they are compared.
 */

const phrase = z.string().trim().min(1, 'must not be empty');

export const searchWordsSchema = z.strictObject({
  /**
   * Words that say nothing about what the reader wants: fillers, question words and particles of
   * a dialect or of a language readers mix in ("yaar", "kya", "ازاي", "شو", "عايز"). Left out of
   * the query, never corrected as typos. One word each.
   */
  stopwords: z.array(phrase).default([]),
  /**
   * Names of things no article covers that readers ask about (other shops, pay-later services,
   * subscriptions: "tabby", "prime", "shein"): never corrected into a word the articles hold ("prime"
   * is not a typo of "price"), and counted as not understood, so a question about them is told that
   * no article answers it. One word each; `content:check` refuses a word an article holds.
   */
  notCovered: z.array(phrase).default([]),
  /**
   * A word of a dialect, of chat shorthand or of a language readers mix in, and the word the
   * articles use for it ("مصاري": "فلوس", "acc": "account", "bayad": "pay"): searched as that word,
   * never corrected as a typo. One word on the left; one word or a phrase on the right.
   */
  dialect: z.record(phrase, phrase).default({}),
  /**
   * Readers' phrases for what the articles say otherwise ("hotline" for "phone number"): the query
   * is searched a second time with the articles' phrase in place of the reader's, and an article
   * found that way counts a little less (0.8) than one holding the words as typed.
   */
  synonyms: z
    .array(
      z.strictObject({
        /** What readers type: one word or a phrase each. */
        readers: z.array(phrase).min(1, 'must list at least one phrase'),
        /** What the articles say: the words searched instead. */
        articles: phrase,
      }),
    )
    .default([]),
  /**
   * The articles that answer a pasted message, by the message check's verdict (lib/message-check):
   * `scam` for a message it calls a scam (phishing, a fake delivery fee), `code` for a genuine
   * one-time code from a bank. Slugs, the usual answer first; for such a message they come before
   * every other result, in the order the message's own words rank them.
   */
  messages: z
    .strictObject({
      scam: z.array(phrase).default([]),
      code: z.array(phrase).default([]),
    })
    .default({ scam: [], code: [] }),
});

export const searchTranslationsSchema = z.strictObject({
  /**
   * One thing readers name in either script, each with its spellings, the usual one first (that is
   * the one searched). A query holding a phrase in the other script than the page's is searched a
   * second time with it translated; an article found that way counts half.
   */
  translations: z.array(
    z.strictObject({
      /** The Latin spellings ("gift card", "gift voucher"). */
      latin: z.array(phrase).min(1, 'must list at least one phrase'),
      /** The Arabic spellings ("بطاقة هدايا"). */
      arabic: z.array(phrase).min(1, 'must list at least one phrase'),
      /**
       * True for a message of the KNET result page: the page shows it in English and the Arabic
       * articles name it in both scripts, so it is translated on every page, whatever its script.
       */
      message: z.boolean().optional(),
    }),
  ),
});

export type SearchWordsFile = z.output<typeof searchWordsSchema>;
export type SearchTranslationsFile = z.output<typeof searchTranslationsSchema>;
export type SearchTranslation = SearchTranslationsFile['translations'][number];
