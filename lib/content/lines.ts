/** Line of a position (1-based), by binary search over where lines start: one pass per text, not one per match. */
export function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** Markdown link destinations are addresses, not statements: blanked (lines and positions kept) before checking prose. */
export function withoutLinkDestinations(markdown: string): string {
  return markdown.replace(/\]\([^)\n]*\)/g, (match) => `]${' '.repeat(match.length - 1)}`);
}
