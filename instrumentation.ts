/**
 * Runs once when the server boots, before it handles a request (never during `next build`):
 * - puts the request guard (lib/request-guard.ts) ahead of Next.js, so methods a page does not take
 *   get a 405 rather than Next's 500;
 * - opens the feedback database, so its migrations and the retention sweep run at start and the
 *   first vote does not wait for them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { guardHttpServers } = await import('./lib/request-guard');
    guardHttpServers();
    const { feedbackDatabase } = await import('./lib/feedback/server');
    feedbackDatabase().catch((error: unknown) => {
      // Not fatal: pages are static, and each API request tries again (answering 503 until it works).
      console.error(`feedback: the database could not be opened at start: ${(error as Error).message}`);
    });
  }
}
