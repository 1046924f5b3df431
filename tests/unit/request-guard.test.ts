import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { guardHttpServers, refuseRequest } from '@/lib/request-guard';

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

describe('the guard on the HTTP server', () => {
  it('answers a refused request itself, before the server\'s handler, and hands on the rest', async () => {
    guardHttpServers();
    const handled: string[] = [];
    const server = createServer((request, response) => {
      handled.push(`${request.method} ${request.url}`);
      response.end('page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const send = (method: string, path: string) =>
      new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
        const sent = httpRequest({ host: '127.0.0.1', port, method, path }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
        });
        sent.on('error', reject);
        sent.end();
      });
    try {
      expect(await send('TRACE', '/en')).toMatchObject({ status: 405, allow: 'GET, HEAD, OPTIONS' });
      expect(await send('PUT', '/illustrations/x.svg')).toMatchObject({ status: 405 });
      expect(await send('GET', '/en')).toMatchObject({ status: 200, body: 'page' });
      expect(await send('POST', '/api/feedback')).toMatchObject({ status: 200, body: 'page' });
      expect(handled).toEqual(['GET /en', 'POST /api/feedback']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
