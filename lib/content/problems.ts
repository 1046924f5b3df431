/** One thing wrong with the content, said so that an author can find and fix it. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/en/troubleshooting/transaction-declined.md`. */
  file: string;
  /** The front-matter field, JSON path or part of the body concerned, e.g. `sources.0.url` or `body`. */
  field: string;
  message: string;
  line?: number;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field} — ${problem.message}`;
}

/** Thrown when content is loaded for the site and any problem was found; lists all of them. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

/** " (did you mean …?)" for a likely typo of one of `candidates`, or nothing. */
export function hint(word: string, candidates: readonly string[]): string {
  const close = suggest(word, candidates);
  return close ? ` (did you mean "${close}"?)` : '';
}

/** The closest of `candidates` to a mistyped `word`, if it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const allowed = Math.max(2, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // Lengths further apart than the edits allowed cannot be close: skipped without the quadratic distance.
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= allowed ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
