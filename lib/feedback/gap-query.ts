/**
 * The failed-search rules the browser's beacon and the server share. Kept apart from `schema.ts`
 * (zod) so the search code a reader downloads does not carry a validation library it never runs.
 */
export const maxGapQueryLength = 200;
/** The most failed searches one beacon may carry. */
export const maxGapsPerRequest = 20;

/** What both the browser and the server do to a failed query before it is counted. */
export function normalizeGapQuery(query: string): string {
  return query.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim().slice(0, maxGapQueryLength);
}
