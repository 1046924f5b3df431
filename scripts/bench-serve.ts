/**
 * `npm run bench:serve`: how fast `next start` serves a prerendered article, against the floor of
 * the same HTML from a plain static file server.
 *
 * Both servers run in their own process on loopback; autocannon runs here, with the same
 * connections, duration and Accept-Encoding against each, after a short warm-up that is not counted.
 * Before measuring, both must answer the article with status 200 and the same HTML.
 *
 * Compression: `next start` gzips every response as it sends it (its default, `compress: true`).
 * The static server gzips the file once at start-up and sends those bytes, as nginx's gzip_static
 * or a CDN would, so the ratio includes what per-request compression costs Next. With
 * `--encoding identity` neither side compresses. Both send the site's security headers, a
 * Content-Type, an ETag and Cache-Control, so the bytes on the wire are about the same.
 *
 * Prints requests per second, p50/p99 latency, errors, timeouts and non-2xx responses for both, and
 * their ratio. Exits non-zero when either side had an error, a timeout or a non-2xx response.
 *
 * Usage: npm run bench:serve [-- --duration 20] [--connections 50] [--warmup 3]
 *        [--encoding gzip|identity] [--path /en/articles/<slug>] [--no-build]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import { securityHeaders } from '../next.config';
import { buildPath, distDir, ensureBuild, freePort, startNext, startServer, type RunningServer } from './production-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const host = '127.0.0.1';

/** The part of autocannon's documented API used here (the package ships no types). */
interface AutocannonResult {
  duration: number;
  requests: { total: number };
  latency: { p50: number; p99: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
}) => Promise<AutocannonResult>;

// ---------------------------------------------------------------------------------------------
// The static server, in its own process: `bench-serve.ts --static-server <file> <url path> <port>`.

function serveStatic(file: string, urlPath: string, port: number) {
  const html = readFileSync(file);
  const gzipped = gzipSync(html);
  const headers: http.OutgoingHttpHeaders = {
    ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 's-maxage=31536000',
    ETag: `"${createHash('sha1').update(html).digest('base64url').slice(0, 16)}"`,
    Vary: 'Accept-Encoding',
  };
  http
    .createServer((request, response) => {
      if (request.url !== urlPath || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404).end();
        return;
      }
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = gzip ? gzipped : html;
      response.writeHead(200, { ...headers, 'Content-Length': body.length, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      response.end(request.method === 'HEAD' ? undefined : body);
    })
    .listen(port, host);
}

// ---------------------------------------------------------------------------------------------
// The benchmark.

async function fetchBody(url: string, encoding: string): Promise<{ status: number; html: string; encoding: string }> {
  // node:http rather than fetch, which would ask for and decode compression by itself.
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const contentEncoding = response.headers['content-encoding'] ?? 'identity';
          resolve({
            status: response.statusCode ?? 0,
            html: (contentEncoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'),
            encoding: contentEncoding,
          });
        });
      })
      .on('error', reject);
  });
}

interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  mbPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function main(): Promise<number> {
  const duration = Number(option('duration', '20'));
  const connections = Number(option('connections', '50'));
  const warmup = Number(option('warmup', '3'));
  const encoding = option('encoding', 'gzip');
  const articlePath = option('path', '/en/articles/knet-payment-page-messages');
  if (![duration, connections].every((value) => Number.isInteger(value) && value > 0) || !(warmup >= 0)) {
    throw new Error('--duration and --connections must be positive whole numbers, --warmup a number of seconds.');
  }
  if (encoding !== 'gzip' && encoding !== 'identity') throw new Error('--encoding is gzip or identity.');

  ensureBuild({ allowBuild: !args.includes('--no-build') });
  const htmlFile = buildPath('server', 'app', `${articlePath}.html`);
  if (!existsSync(htmlFile)) throw new Error(`No prerendered HTML for ${articlePath} in ${distDir}/ (looked for ${htmlFile}).`);
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

  const servers: RunningServer[] = [];
  try {
    const nextPort = await freePort(Number(process.env.PORT ?? 3401));
    servers.push(await startNext(nextPort));
    const staticPort = await freePort(nextPort + 1);
    servers.push(
      await startServer(process.execPath, [...process.execArgv, import.meta.filename, '--static-server', htmlFile, articlePath, String(staticPort)], {
        name: 'static server',
        url: `http://${host}:${staticPort}`,
        readyPath: articlePath,
      }),
    );
    const targets = [
      { name: 'next start', url: new URL(articlePath, servers[0]!.url).href },
      { name: 'static (node:http)', url: new URL(articlePath, servers[1]!.url).href },
    ];

    const answers = await Promise.all(targets.map((target) => fetchBody(target.url, encoding)));
    for (const [index, answer] of answers.entries()) {
      if (answer.status !== 200) throw new Error(`${targets[index]!.name} answered ${articlePath} with status ${answer.status}.`);
    }
    if (answers[0]!.html !== answers[1]!.html) throw new Error(`next start and the static server sent different HTML for ${articlePath}.`);
    console.log(
      `${articlePath}: ${Buffer.byteLength(answers[0]!.html)} bytes of HTML, Content-Encoding ${answers.map((answer) => answer.encoding).join(' / ')}; ` +
        `${connections} connections for ${duration} s each after a ${warmup} s warm-up, Accept-Encoding: ${encoding}.`,
    );

    const headers = { 'accept-encoding': encoding };
    const measured: Measured[] = [];
    for (const target of targets) {
      if (warmup > 0) await autocannon({ url: target.url, connections, duration: warmup, headers });
      const result = await autocannon({ url: target.url, connections, duration, headers });
      measured.push({
        name: target.name,
        rps: result.requests.total / result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        mbPerSecond: result.throughput.average / 1e6,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      });
      console.log(`  ${target.name}: done`);
    }
    printTable(measured);

    const [nextStart, plain] = measured as [Measured, Measured];
    console.log(
      `\nnext start serves ${((nextStart.rps / plain.rps) * 100).toFixed(0)}% of the static server's requests per second ` +
        `(static ${(plain.rps / nextStart.rps).toFixed(1)}× faster); p99 ${nextStart.p99} ms against ${plain.p99} ms (${(nextStart.p99 / Math.max(plain.p99, 1)).toFixed(1)}×).`,
    );
    const failed = measured.filter((result) => result.errors + result.timeouts + result.non2xx > 0);
    for (const result of failed) {
      console.error(`${result.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses.`);
    }
    return failed.length > 0 ? 1 : 0;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

function printTable(results: Measured[]) {
  const header = ['server', 'req/s', 'p50', 'p99', 'MB/s', 'errors', 'timeouts', 'non-2xx'];
  const rows = results.map((result) => [
    result.name,
    result.rps.toFixed(0),
    `${result.p50} ms`,
    `${result.p99} ms`,
    result.mbPerSecond.toFixed(1),
    String(result.errors),
    String(result.timeouts),
    String(result.non2xx),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

if (args[0] === '--static-server') {
  const [file, urlPath, port] = args.slice(1);
  if (!file || !urlPath || !port) throw new Error('Usage: bench-serve.ts --static-server <file> <url path> <port>');
  serveStatic(file, urlPath, Number(port));
} else {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
