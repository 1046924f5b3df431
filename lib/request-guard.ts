import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { securityHeaders } from './security-headers';
import { isApiPath } from './paths';

/**
 * What the site does to every request before Next.js sees it:
 * - refuses the methods a page or file does not take (Next.js answers TRACE with a 500, and PUT,
 *   DELETE or PATCH on a page with the page, on a file with a 500): pages and files take GET and
 *   HEAD, OPTIONS says so; `/api/` routes answer their own methods, so only the methods no route
 *   can take are refused there;
 * - rewrites an absolute-form target (`GET http://evil.example/en HTTP/1.1`) to its path, so
 *   nothing built from the request's URL can point to another host;
 * - finds the client's address (see clientAddressOf) and hands it to the routes in a header of its
 *   own, overwriting any the client sent;
 * - answers malformed requests Node.js refuses itself (headers too large: 431) with the site's
 *   security headers, as every other answer has.
 */

/** What a page or file of the site takes. */
export const pageMethods = ['GET', 'HEAD', 'OPTIONS'] as const;

/** Methods Node's fetch `Request` cannot be built with, so no Next.js handler can run for them. */
const unrepresentable = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** The header that carries the client's address to the routes (lib/feedback/http.ts reads it). */
export const clientAddressHeader = 'x-help-client-address';

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** next.config.ts's headers, which Next.js adds to its own answers but never sees on these. */
const siteHeaders: Record<string, string> = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
const plain = { ...siteHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

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
  if (verb === 'OPTIONS') return { status: 204, headers: { ...siteHeaders, Allow: allow, 'Cache-Control': 'no-store' }, body: '' };
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
 * The target as a path (origin form). An absolute form keeps only its path and query; leading
 * slashes and backslashes become one slash, as `//host/x` and `/\host/x` read as another host.
 */
export function originFormTarget(url: string): string {
  if (url === '*') return url;
  if (/^[/\\]/.test(url)) return url.replace(/^[/\\]+/, '/');
  try {
    const parsed = new URL(url);
    return `${parsed.pathname.replace(/^[/\\]+/, '/')}${parsed.search}`;
  } catch {
    return '/';
  }
}

/** The proxies whose X-Forwarded-For is believed: addresses and CIDR ranges, IPv4 or IPv6. */
export function parseTrustedProxies(value: string | undefined, name = 'HELP_TRUSTED_PROXIES'): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits && /^\d+$/.test(bits!)))) {
      throw new Error(`${name}: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.0/8 or fd00::/8)`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

/** An address as one spelling: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) as IPv4, a port or brackets dropped. */
function plainAddress(value: string): string | undefined {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : undefined;
}

const isTrusted = (trusted: BlockList, address: string) => trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * The client's address: the socket's, unless the socket's peer is a trusted proxy. Then the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy: each proxy appends the
 * address it was reached from, so entries to its left are whatever the client chose to send.
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let client = plainAddress(socketAddress ?? '') ?? 'unknown';
  if (client === 'unknown' || !isTrusted(trusted, client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',');
  for (const hop of hops.reverse()) {
    const address = plainAddress(hop);
    // A hop that is not an address was not written by a proxy of ours: stop at the last one that was.
    if (!address) break;
    client = address;
    if (!isTrusted(trusted, address)) break;
  }
  return client;
}

/** Node's own answers to requests it cannot parse, as `socketOnError` in node:_http_server words them. */
const clientErrorStatus: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
};

/** Answers a request Node.js could not parse, with the site's headers, and closes the connection. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex & { bytesWritten?: number }): void {
  if (socket.writable && !socket.bytesWritten && error.code !== 'ECONNRESET') {
    const [status, reason] = clientErrorStatus[error.code ?? ''] ?? [400, 'Bad Request'];
    const body = `${reason}\n`;
    const headers = { ...plain, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
    socket.write(`HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

// The emit Node.js gave the prototype, kept once per process: Next.js may load this module twice.
const originalKey = Symbol.for('help-center.server-emit');
const originalEmit: typeof Server.prototype.emit = ((globalThis as Record<symbol, typeof Server.prototype.emit>)[originalKey] ??= Server.prototype.emit);

let warnedUntrustedForward = false;
/** Where a proxy of the site's own usually is; a client on the internet sending X-Forwarded-For is not worth a line. */
const privateNetworks = parseTrustedProxies('127.0.0.0/8,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,::1,fc00::/7', 'private networks');

/** Said once: a proxy not named in HELP_TRUSTED_PROXIES makes all its readers one client. */
function warnUntrustedForward(peer: string) {
  if (warnedUntrustedForward) return;
  warnedUntrustedForward = true;
  console.warn(
    `request guard: requests from ${peer} carry X-Forwarded-For, which is ignored as ${peer} is not in HELP_TRUSTED_PROXIES. If ${peer} is your proxy, name it there: until then its readers all count as one client for the rate limits.`,
  );
}

/**
 * Applies all of the above to every request of every HTTP server in this process by wrapping the
 * servers' `request` and `clientError` events, the one point ahead of Next.js. Called once, by
 * instrumentation.ts. HELP_TRUSTED_PROXIES is read here: a bad value stops the server with its name.
 */
export function guardHttpServers(env: Record<string, string | undefined> = process.env) {
  const trusted = parseTrustedProxies(env.HELP_TRUSTED_PROXIES);
  const emit = originalEmit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      request.url = originFormTarget(request.url ?? '/');
      const client = clientAddressOf(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted);
      request.headers[clientAddressHeader] = client;
      if (request.headers['x-forwarded-for'] && !isTrusted(trusted, client) && isTrusted(privateNetworks, client)) warnUntrustedForward(client);
      const refusal = refuseRequest(request.method ?? 'GET', request.url);
      if (refusal) {
        response.writeHead(refusal.status, refusal.headers).end(refusal.body);
        return true;
      }
    }
    if (event === 'clientError') {
      const [error, socket] = args as [Error & { code?: string }, Duplex];
      answerClientError(error, socket);
      return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
