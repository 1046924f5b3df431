import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { securityHeaders } from '@/next.config';
import { clientAddressHeader, clientAddressOf, guardHttpServers, originFormTarget, parseTrustedProxies, refuseRequest } from '@/lib/request-guard';

describe('the methods the site refuses before Next.js', () => {
  it('lets GET and HEAD through everywhere', () => {
    for (const method of ['GET', 'HEAD']) {
      for (const url of ['/en', '/en/articles/what-is-knet?x=1', '/illustrations/x.svg', '/_next/static/chunks/a.js', '/api/feedback']) {
        expect(refuseRequest(method, url), `${method} ${url}`).toBeUndefined();
      }
    }
  });

  it('answers other methods on pages and files with 405 and the methods they take', () => {
    for (const method of ['TRACE', 'TRACK', 'PUT', 'DELETE', 'PATCH', 'POST', 'PROPFIND']) {
      for (const url of ['/', '/en', '/ar/contact/declined', '/illustrations/x.svg', '/_next/static/chunks/a.js', 'http://site.test/en', '*']) {
        const refusal = refuseRequest(method, url);
        expect(refusal?.status, `${method} ${url}`).toBe(405);
        expect(refusal?.headers.Allow).toBe('GET, HEAD, OPTIONS');
      }
    }
  });

  it('answers OPTIONS with 204 and the methods a page takes', () => {
    expect(refuseRequest('OPTIONS', '/en')).toMatchObject({ status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' }, body: '' });
  });

  it('gives its 405, 204 and 501 the site’s security headers', () => {
    for (const [method, url] of [['PUT', '/en'], ['OPTIONS', '/en'], ['TRACE', '/api/feedback']] as const) {
      const refusal = refuseRequest(method, url)!;
      for (const { key, value } of securityHeaders) expect(refusal.headers[key], `${method} ${url}: ${key}`).toBe(value);
    }
  });

  it('leaves API routes their own methods, refusing only those no route can be asked with', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      expect(refuseRequest(method, '/api/feedback'), method).toBeUndefined();
      expect(refuseRequest(method, 'http://site.test/api/search-gaps?x=1'), method).toBeUndefined();
    }
    expect(refuseRequest('TRACE', '/api/feedback')?.status).toBe(501);
    expect(refuseRequest('TRACK', '/api/feedback')?.status).toBe(501);
  });

  it('does not take an address that only starts like the API for one', () => {
    expect(refuseRequest('POST', '/apis')?.status).toBe(405);
    expect(refuseRequest('POST', '/en/api/feedback')?.status).toBe(405);
  });
});

describe('the request target', () => {
  it('keeps only the path and query of an absolute-form target, and one leading slash', () => {
    expect(originFormTarget('http://evil.example/en?q=1')).toBe('/en?q=1');
    expect(originFormTarget('https://evil.example')).toBe('/');
    expect(originFormTarget('//evil.example/en')).toBe('/evil.example/en');
    expect(originFormTarget('/\\evil.example/en')).toBe('/evil.example/en');
    expect(originFormTarget('/en/articles/what-is-knet?x=1')).toBe('/en/articles/what-is-knet?x=1');
    expect(originFormTarget('*')).toBe('*');
  });
});

describe('the client address', () => {
  const none = parseTrustedProxies(undefined);

  it('is the socket’s: X-Forwarded-For is the client’s own word unless a trusted proxy sent it', () => {
    expect(clientAddressOf('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(clientAddressOf('::ffff:127.0.0.1', '198.51.100.1', none)).toBe('127.0.0.1');
    expect(clientAddressOf('::1', undefined, none)).toBe('::1');
  });

  it('is the right-most forwarded address that is not a trusted proxy, when the socket is one', () => {
    const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8');
    // The client wrote the first entry; the first proxy added what it saw (198.51.100.7), the second 10.1.2.3.
    expect(clientAddressOf('127.0.0.1', '1.2.3.4, 198.51.100.7, 10.1.2.3', trusted)).toBe('198.51.100.7');
    expect(clientAddressOf('::ffff:10.0.0.5', ['6.6.6.6', '198.51.100.8:4711'], trusted)).toBe('198.51.100.8');
    expect(clientAddressOf('fd00::1', '[2001:db8::5]:443', trusted)).toBe('2001:db8::5');
    // Nothing forwarded, or only proxies: the left-most proxy is as far as the chain can be believed.
    expect(clientAddressOf('127.0.0.1', undefined, trusted)).toBe('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', '10.9.9.9', trusted)).toBe('10.9.9.9');
    // An entry that is not an address was not written by a proxy.
    expect(clientAddressOf('127.0.0.1', '198.51.100.1, <script>', trusted)).toBe('127.0.0.1');
    // Loopback is not trusted by default.
    expect(clientAddressOf('127.0.0.1', '198.51.100.1', parseTrustedProxies(''))).toBe('127.0.0.1');
  });

  it('refuses a HELP_TRUSTED_PROXIES entry that is not an address or a range, naming the variable', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.internal')).toThrow('HELP_TRUSTED_PROXIES: "proxy.internal" is not an IP address or a CIDR range');
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('HELP_TRUSTED_PROXIES: "10.0.0.0/33"');
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow('HELP_TRUSTED_PROXIES');
  });
});

describe('the guard on the HTTP server', () => {
  let server: Server | undefined;
  afterEach(async () => {
    guardHttpServers({});
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  /** A guarded server whose handler records what reached it. */
  async function listen(env: Record<string, string> = {}) {
    guardHttpServers(env);
    const handled: { line: string; client: string | undefined; url: string | undefined }[] = [];
    server = createServer((request, response) => {
      handled.push({ line: `${request.method} ${request.url}`, client: request.headers[clientAddressHeader] as string | undefined, url: request.url });
      response.end('page');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as AddressInfo).port, handled };
  }

  const send = (port: number, method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const sent = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      sent.on('error', reject);
      sent.end();
    });

  /** What the server answers to bytes written as they are, for requests no HTTP client would send. */
  const raw = (port: number, text: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(text));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });

  it("answers a refused request itself, before the server's handler, and hands on the rest", async () => {
    const { port, handled } = await listen();
    expect(await send(port, 'TRACE', '/en')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD, OPTIONS' } });
    expect(await send(port, 'PUT', '/illustrations/x.svg')).toMatchObject({ status: 405 });
    expect(await send(port, 'GET', '/en')).toMatchObject({ status: 200, body: 'page' });
    expect(await send(port, 'POST', '/api/feedback')).toMatchObject({ status: 200, body: 'page' });
    expect(handled.map((request) => request.line)).toEqual(['GET /en', 'POST /api/feedback']);
  });

  it('hands on the socket’s address in its own header, overwriting whatever the client sent', async () => {
    const { port, handled } = await listen();
    await send(port, 'GET', '/en', { 'x-forwarded-for': '198.51.100.1', [clientAddressHeader]: '198.51.100.2' });
    expect(handled[0]?.client).toBe('127.0.0.1');
  });

  it('believes X-Forwarded-For only from the proxies HELP_TRUSTED_PROXIES names', async () => {
    const { port, handled } = await listen({ HELP_TRUSTED_PROXIES: '127.0.0.1' });
    await send(port, 'GET', '/en', { 'x-forwarded-for': '6.6.6.6, 198.51.100.1' });
    expect(handled[0]?.client).toBe('198.51.100.1');
  });

  it('rewrites an absolute-form target to its path before the handler sees it', async () => {
    const { port, handled } = await listen();
    const answer = await raw(port, 'GET http://evil.example/en?x=1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(handled[0]?.url).toBe('/en?x=1');
  });

  it('answers headers too large with 431 and the site’s security headers', async () => {
    const { port, handled } = await listen();
    const answer = await raw(port, `GET /en HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    for (const { key, value } of securityHeaders) expect(answer).toContain(`${key}: ${value}\r\n`);
    expect(handled).toEqual([]);
  });
});
