import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { isApiPath } from './paths';

/**
 * Which requests the site refuses before Next.js sees them, and how. Next.js answers a method it
 * cannot represent (TRACE, TRACK: the platform's `Request` refuses them) with a 500, and a page or
 * file asked with PUT, DELETE or PATCH either with the page (200) or, for files, with a 500 (it
 * fails to render its 405 page). Pages and files take GET and HEAD; OPTIONS says so. `/api/` routes
 * answer their own methods, so only the methods no route can take are refused there.
 */

/** What a page or file of the site takes. */
export const pageMethods = ['GET', 'HEAD', 'OPTIONS'] as const;

/** Methods Node's fetch `Request` cannot be built with, so no Next.js handler can run for them. */
const unrepresentable = new Set(['TRACE', 'TRACK', 'CONNECT']);

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

/** The answer to a request the site does not take, or undefined to let Next.js handle it. */
export function refuseRequest(method: string, url: string): Refusal | undefined {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return undefined;
  const pathname = pathOf(url);
  // API routes, and the development server's own endpoints, answer their own methods.
  if (isApiPath(pathname) || pathname.startsWith('/__nextjs')) {
    return unrepresentable.has(verb) ? { status: 501, headers: plain, body: `${verb} is not supported.\n` } : undefined;
  }
  const allow = pageMethods.join(', ');
  if (verb === 'OPTIONS') return { status: 204, headers: { Allow: allow, 'Cache-Control': 'no-store' }, body: '' };
  return { status: 405, headers: { ...plain, Allow: allow }, body: 'Method Not Allowed: pages and files take GET and HEAD.\n' };
}

/** The path of a request target in any form (`/api/x?y`, `http://host/api/x`, `*`). */
function pathOf(url: string): string {
  try {
    return new URL(url, 'http://site.invalid').pathname;
  } catch {
    return '/';
  }
}

/**
 * Applies `refuseRequest` to every request of every HTTP server in this process by wrapping the
 * servers' `request` event, the one point ahead of Next.js. Called once, by instrumentation.ts.
 */
export function guardHttpServers() {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      const refusal = refuseRequest(request.method ?? 'GET', request.url ?? '/');
      if (refusal) {
        response.writeHead(refusal.status, refusal.headers).end(refusal.body);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
