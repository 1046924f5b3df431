import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A slow connection between the browser and the test server, made by a proxy on loopback rather
 * than by the browser's network emulation. Chromium's emulation (CDP Network.emulateNetworkConditions)
 * applies to the page's own requests; Debian's Chromium 150 sends none of a dedicated worker's requests
 * while it is on, so the search worker's index never loaded there. Every request that reaches the
 * proxy, the page's and its workers' alike, gets the same treatment, whatever the browser.
 *
 * The model is DevTools' "Slow 3G": each response starts `latencyMs` after its request arrives, and
 * the response bodies of all requests share one downlink of `bytesPerSecond` (one phone, one radio).
 * Bodies are forwarded as the server sent them (compressed when the browser asked), so the bytes
 * counted are the bytes a phone would receive.
 */
export interface Link {
  latencyMs: number;
  bytesPerSecond: number;
}

/** DevTools' Slow 3G preset: 2 s of latency, 400 kbit/s down. */
export const slow3g: Link = { latencyMs: 2000, bytesPerSecond: (500 * 1024 * 0.8) / 8 };

export interface SlowProxy {
  /** The address to open instead of the server's, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The paths asked for through the link so far, in order. */
  requested(): string[];
  close(): Promise<void>;
}

const chunkBytes = 8 * 1024;

/** The shared downlink: each piece is sent when the ones queued before it have had their time. */
function downlink(bytesPerSecond: number) {
  let freeAt = 0;
  return (bytes: number): Promise<void> => {
    const start = Math.max(Date.now(), freeAt);
    freeAt = start + (bytes / bytesPerSecond) * 1000;
    return new Promise((resolve) => setTimeout(resolve, freeAt - Date.now()));
  };
}

export async function startSlowProxy(target: string, link: Link = slow3g): Promise<SlowProxy> {
  const upstream = new URL(target);
  const wait = downlink(link.bytesPerSecond);
  const requested: string[] = [];

  const server = http.createServer((request, response) => {
    const arrived = Date.now();
    requested.push(request.url ?? '');
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      async (answer) => {
        answer.pause();
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, arrived + link.latencyMs - Date.now())));
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        // Pieces are written in order, each after its share of the downlink.
        let queue = Promise.resolve();
        answer.on('data', (data: Buffer) => {
          for (let offset = 0; offset < data.length; offset += chunkBytes) {
            const piece = data.subarray(offset, offset + chunkBytes);
            queue = queue.then(async () => {
              await wait(piece.length);
              if (!response.destroyed) response.write(piece);
            });
          }
        });
        answer.on('end', () => void queue.then(() => response.end()));
        answer.on('error', () => response.destroy());
        answer.resume();
      },
    );
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
    response.on('close', () => forwarded.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requested: () => [...requested],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
