import type { Locale } from '../i18n/config';
import { allowedEdits } from './distance';
import type { Vocabulary } from './inverted';
import { normalizeWords } from './normalize';

/** Queries built from the closest indexed words (by edits, then by how common they are): "knte" → "knet". */
export function suggestQueries(vocabulary: Vocabulary, query: string, locale: Locale, limit = 3): string[] {
  const words = normalizeWords(query, locale);
  if (words.length === 0) return [];
  const alternatives = words.map((word) => {
    if (vocabulary.has(word) || word.length < 3 || /^\d+$/.test(word)) return [word];
    const edits = Math.max(allowedEdits(word.length), 1) + (word.length >= 8 ? 1 : 0);
    const close = vocabulary
      .close(word, edits)
      .filter((entry) => entry.word.length > 1)
      .sort((a, b) => a.distance - b.distance || vocabulary.frequency(b.word) - vocabulary.frequency(a.word));
    return close.length > 0 ? close.slice(0, limit).map((entry) => entry.word) : [word];
  });
  const typed = words.join(' ');
  const suggestions: string[] = [];
  for (let option = 0; option < limit; option++) {
    const suggestion = alternatives.map((choices) => choices[Math.min(option, choices.length - 1)]!).join(' ');
    if (suggestion !== typed && !suggestions.includes(suggestion)) suggestions.push(suggestion);
  }
  return suggestions;
}
