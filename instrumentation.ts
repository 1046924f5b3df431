/**
 * Runs once when the server boots, before it handles a request (never during `next build`):
 * - puts the request guard (lib/request-guard.ts) ahead of Next.js: methods a page does not take
 *   get a 405 rather than Next's 500, and the client's address is found once, for the rate limits;
 * - opens the feedback database, so its migrations, its check and the retention sweep run at start
 *   and the first vote does not wait for them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { guardHttpServers } = await import('./lib/request-guard');
    guardHttpServers();
    const { feedbackDatabase } = await import('./lib/feedback/server');
    // Not fatal: pages are static, and the API answers 503 until the database opens (retried with
    // a back-off). The failure is logged once, in one line, by the feedback server's outage log.
    feedbackDatabase().catch(() => {});
  }
}
