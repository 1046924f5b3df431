/**
 * `npm run test:deploy`: the deployment of deploy/ (README "Deploy"), run on loopback and checked.
 * Starts its own PostgreSQL cluster, two instances of the standalone bundle (deploy/bundle.ts) and
 * nginx with deploy/nginx/help-center.conf, then:
 * 1. compares what a reader gets through nginx with what an instance sends (security headers once
 *    each and the same, Cache-Control, Vary), and which answers nginx caches (X-Cache-Status);
 * 2. checks the API's rate limit holds across both instances, counted per client address as nginx
 *    names it (a client's own X-Forwarded-For changes nothing);
 * 3. runs a mixed load (articles in both languages, index files, `_next/static`, votes, failed
 *    searches) while one instance is stopped and started again and PostgreSQL is restarted, and checks
 *    that no read failed, that writes failed only with a 503 while the database was down, and that
 *    every accepted write is stored exactly once (and none answered 503);
 * 4. measures one article through nginx and from one bare instance (autocannon), for the README.
 * Everything it starts is stopped, and its temporary folder removed, on failure and on Ctrl+C too.
 * Ports: DEPLOY_TEST_PORT (3240) and the next three; TEST_DIST_DIR (.next-test) is the build used,
 * built here only when missing.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { assembleBundle } from '../deploy/bundle';
import { publishedPages } from '../lib/pages';
import { sitePath } from '../lib/paths';
import { securityHeaders } from '../lib/security-headers';
import { buildSite, isBuilt, root } from './next-build';
import { freePort, startServer, type RunningServer } from './production-server';

const distDir = process.env.TEST_DIST_DIR || '.next-test';
const base = Number(process.env.DEPLOY_TEST_PORT ?? 3240);
const ports = { a: base, b: base + 1, nginx: base + 2, postgres: base + 3 };
/** nginx reaches the instances from this address, the one they trust as their proxy. */
const proxyAddress = '127.0.0.2';
const rateLimit = 30;
const run = Array.from(randomBytes(6), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
const loadSeconds = Number(process.env.DEPLOY_TEST_LOAD_SECONDS ?? 32);
const benchSeconds = Number(process.env.DEPLOY_TEST_BENCH_SECONDS ?? 5);

const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
  return ok;
};
const log = (line: string) => console.log(`test:deploy: ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

// ---------------------------------------------------------------------------------------------
// Clean-up: everything started is stopped, in reverse order, whatever happens.

const cleanups: (() => void | Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`test:deploy: clean-up: ${(error as Error).message}`);
    }
  }
}
const servers: RunningServer[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Synchronous: production-server.ts's own handler exits once its servers are stopped.
    for (const server of servers) {
      try {
        process.kill(-server.process.pid!, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    void cleanUp().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Tools

function findNginx(): string {
  const found = ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((dir) => path.join(dir, 'nginx'))].find((file) => existsSync(file));
  if (!found) throw new Error('nginx is not installed (apt-get install nginx; .ci/run installs it when run as root)');
  return found;
}

function findPostgres(): string {
  const parent = '/usr/lib/postgresql';
  const versions = existsSync(parent) ? readdirSync(parent).filter((name) => existsSync(path.join(parent, name, 'bin', 'initdb'))) : [];
  const latest = versions.sort((x, y) => Number(x) - Number(y)).at(-1);
  if (!latest) throw new Error('PostgreSQL is not installed (apt-get install postgresql; .ci/run installs it when run as root)');
  return path.join(parent, latest, 'bin');
}

const isRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the package's `postgres` user when this runs as root (it refuses root). */
function asPostgres(command: string, args: string[]): void {
  const [file, fullArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, fullArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

function startPostgres(bin: string, dir: string) {
  const data = path.join(dir, 'data');
  mkdirSync(dir, { recursive: true });
  if (isRoot) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout), Number(gids.stdout));
  }
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () =>
    asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${ports.postgres} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const stop = () => asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  cleanups.push(() => {
    try {
      stop();
    } catch {
      // Stopped already.
    }
  });
  asPostgres(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(ports.postgres), '-U', 'postgres', 'help_feedback']);
  return { url: `postgres://postgres@127.0.0.1:${ports.postgres}/help_feedback`, start, stop };
}

/** deploy/nginx/help-center.conf with its "test:" lines given loopback values, inside a main configuration. */
function nginxConfig(dir: string, { drained }: { drained?: number } = {}): string {
  const site = readFileSync(path.join(root, 'deploy', 'nginx', 'help-center.conf'), 'utf8');
  let instances = 0;
  const lines = site.split('\n').map((line) => {
    if (line.includes('# test: cache path')) return line.replace('/var/cache/nginx/help-center', path.join(dir, 'cache'));
    if (line.includes('# test: instance')) {
      const port = instances++ % 2 === 0 ? ports.a : ports.b;
      const served = line.replace(/10\.0\.0\.\d+:3000/, `127.0.0.1:${port}`);
      // Taken out of rotation before it is stopped, as README "Deploy" says to.
      return port === drained ? served.replace(/ max_fails=\S+ fail_timeout=\S+;/, ' down;') : served;
    }
    if (line.includes('# test: listen')) return line.replace('listen 80;', `listen 127.0.0.1:${ports.nginx};`);
    if (line.includes('# test: proxy bind')) return line.replace('# test: proxy bind', `proxy_bind ${proxyAddress};`);
    return line;
  });
  if (instances !== 4) throw new Error(`deploy/nginx/help-center.conf: expected 4 "# test: instance" lines (two per upstream), found ${instances}`);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `daemon off;
worker_processes 1;
${isRoot ? 'user root;' : ''}
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  log_format deploytest '$remote_addr "$request" $status $upstream_addr $upstream_cache_status';
  access_log ${path.join(dir, 'access.log')} deploytest;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${lines.join('\n')}
}
`;
}

/**
 * What systemd does to an instance (deploy/help-center.service): SIGTERM, then up to 30 s for Next.js
 * to finish the requests it has before SIGKILL. (RunningServer.stop gives 5 s: on a busy machine a
 * vote can take longer, and one cut short is a 502 nginx may not send again.)
 */
async function stopGracefully(server: RunningServer, graceMs = 30_000): Promise<void> {
  const child = server.process;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(-child.pid!, 'SIGTERM');
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  await server.stop();
}

// ---------------------------------------------------------------------------------------------
// Requests

interface Answer {
  status: number;
  /** Header name (lower case) → every value sent, in order: a header sent twice has two. */
  headers: Map<string, string[]>;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * One request. A request whose kept-alive connection the server closed as it went out, before any
 * answer (nginx closes its idle connections when it reloads: it had read nothing on them), is sent
 * once more on a new one, as Chromium does for any method on a reused connection
 * (HttpNetworkTransaction's resend of a request on a reused socket that answered nothing). A POST
 * too, so the check that every accepted write is stored exactly once also catches a resent one that
 * had in fact arrived.
 */
async function send(port: number, pathname: string, options: Parameters<typeof sendOnce>[2] = {}): Promise<Answer> {
  try {
    return await sendOnce(port, pathname, options);
  } catch (error) {
    const { reusedSocket, answered } = error as { reusedSocket?: boolean; answered?: boolean };
    if (!reusedSocket || answered) throw error;
    // On a new connection: the agent's other idle ones may be closing too.
    return sendOnce(port, pathname, options, freshAgent);
  }
}
const freshAgent = new http.Agent({ keepAlive: false });

function sendOnce(
  port: number,
  pathname: string,
  { method = 'GET', headers = {}, body, from = '127.0.0.1' }: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
  via: http.Agent = agent,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: pathname, method, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, localAddress: from, agent: via },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const map = new Map<string, string[]>();
          for (let index = 0; index < response.rawHeaders.length; index += 2) {
            const name = response.rawHeaders[index]!.toLowerCase();
            map.set(name, [...(map.get(name) ?? []), response.rawHeaders[index + 1]!]);
          }
          resolve({ status: response.statusCode ?? 0, headers: map, body: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error('no answer in 30 s')));
    let answered = false;
    request.on('response', () => (answered = true));
    request.on('error', (error) => reject(Object.assign(error, { reusedSocket: request.reusedSocket, answered })));
    request.end(body);
  });
}

const one = (answer: Answer, name: string) => answer.headers.get(name)?.join(', ');
const cacheStatus = (answer: Answer) => one(answer, 'x-cache-status') ?? '';

// ---------------------------------------------------------------------------------------------
// The site's addresses

const articles = publishedPages().flatMap((page) => (page.kind === 'article' ? [page] : []));
const articlesIn = (locale: string) => articles.filter((article) => article.locale === locale);

async function discover(port: number) {
  const home = await send(port, '/en');
  const script = /\/_next\/static\/[^"\\]+\.js/.exec(home.body)?.[0];
  const indexFile = /\/en\/search-index\/[0-9a-f]+\/index\.json/.exec(home.body)?.[0];
  if (!script || !indexFile) throw new Error('/en names no _next/static script or hashed search-index file: the page changed shape?');
  return { script, indexFile };
}

// ---------------------------------------------------------------------------------------------
// 1. Headers and caching

async function checkHeaders(files: { script: string; indexFile: string }) {
  const en = articlesIn('en')[0]!;
  const ar = articlesIn('ar')[0]!;
  const securityNames = [...securityHeaders.map(({ key }) => key.toLowerCase()), 'content-security-policy'];
  const cases: { path: string; method?: string; body?: string; headers?: Record<string, string>; cached: boolean }[] = [
    { path: '/en', cached: true },
    { path: sitePath(en), cached: true },
    { path: sitePath(ar), cached: true },
    { path: '/ar/search-index.json', cached: false },
    { path: files.indexFile, cached: true },
    { path: files.script, cached: true },
    { path: '/en/no-such-page', cached: false },
    { path: '/', headers: { 'accept-language': 'ar' }, cached: false },
    { path: '/api/feedback', method: 'POST', body: '{"locale":"en"}', cached: false },
    { path: '/en', method: 'PUT', cached: false },
    { path: '/editor', cached: false },
  ];
  for (const item of cases) {
    const label = `${item.method ?? 'GET'} ${item.path}`;
    const options = { method: item.method, body: item.body, headers: item.headers };
    const direct = await send(ports.a, item.path, options);
    await send(ports.nginx, item.path, options);
    const proxied = await send(ports.nginx, item.path, options);
    check(proxied.status === direct.status, `${label}: ${proxied.status} through nginx, ${direct.status} from an instance`);
    check(direct.status < 500, `${label}: ${direct.status} from an instance (HOSTNAME set to one address? see README "Deploy")`);
    for (const name of [...securityNames, 'cache-control', 'vary']) {
      const sent = proxied.headers.get(name) ?? [];
      const expected = direct.headers.get(name) ?? [];
      check(sent.length <= 1, `${label}: ${name} sent ${sent.length} times through nginx`);
      check(sent.join() === expected.join(), `${label}: ${name} is "${sent.join()}" through nginx, "${expected.join()}" from an instance`);
    }
    for (const name of securityNames) check(proxied.headers.has(name), `${label}: no ${name} through nginx`);
    const status = cacheStatus(proxied);
    if (item.cached) check(status === 'HIT', `${label}: asked twice, the second answer's X-Cache-Status is "${status}", not HIT`);
    else check(status !== 'HIT', `${label}: served from nginx's cache (X-Cache-Status HIT); it must never be`);
  }
  // The language redirect is per reader: one reader's answer is never another's.
  const arabic = await send(ports.nginx, '/', { headers: { 'accept-language': 'ar' } });
  const english = await send(ports.nginx, '/', { headers: { 'accept-language': 'en' } });
  check(one(arabic, 'location') === '/ar' && one(english, 'location') === '/en', `/: redirected to ${one(arabic, 'location')} for Arabic and ${one(english, 'location')} for English readers`);
  log(`headers and caching: ${cases.length} addresses compared, through nginx and from an instance.`);
}

// ---------------------------------------------------------------------------------------------
// 2. Limits across both instances

async function checkLimits(accepted: Set<string>) {
  const statuses: number[] = [];
  for (let index = 0; index < rateLimit + 10; index++) {
    const query = `deploy ${run} limit ${index}`;
    const answer = await send(ports.nginx, '/api/search-gaps', {
      method: 'POST',
      from: '127.0.0.9',
      // A client inventing addresses is still one client: nginx appends where it really came from.
      headers: { 'x-forwarded-for': `10.9.${index}.1` },
      body: JSON.stringify({ locale: 'en', query, results: 0 }),
    });
    statuses.push(answer.status);
    if (answer.status === 202) accepted.add(query);
  }
  const allowed = statuses.filter((status) => status === 202).length;
  const limited = statuses.filter((status) => status === 429).length;
  check(allowed === rateLimit && limited === 10, `rate limit ${rateLimit}/min through nginx: ${allowed} accepted and ${limited} refused with 429 of ${statuses.length} (statuses ${[...new Set(statuses)].join(', ')})`);
  // Another address behind the same proxy is another client.
  const query = `deploy ${run} limit other`;
  const other = await send(ports.nginx, '/api/search-gaps', { method: 'POST', from: '127.0.0.10', body: JSON.stringify({ locale: 'en', query, results: 0 }) });
  if (check(other.status === 202, `another client (127.0.0.10) after 127.0.0.9 reached the limit: ${other.status}, not 202`)) accepted.add(query);
  log(`limits: ${allowed} of ${statuses.length} accepted from one client across both instances, ${limited} refused; another client accepted.`);
}

// ---------------------------------------------------------------------------------------------
// 3. Mixed load with faults

interface Outcome {
  kind: 'page' | 'index' | 'static' | 'vote' | 'search';
  path: string;
  start: number;
  end: number;
  status: number;
  error?: string;
  cache: string;
  /** A write's marker: the vote's comment, the failed search's query. */
  marker?: string;
}

async function mixedLoad(files: { script: string; indexFile: string }, faults: (elapsed: () => number) => Promise<void>) {
  const outcomes: Outcome[] = [];
  let writes = 0;
  const started = Date.now();
  // At least loadSeconds, and 5 s past the last fault (an instance starts slowly on a busy machine).
  let until = Number.POSITIVE_INFINITY;
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  const worker = async () => {
    while (Date.now() < until) {
      const roll = Math.random();
      const n = writes;
      // Writes come from many addresses, each far below the rate limit: one address per write, up to
      // 62,500 of them. (With 250, a fast run, 9,469 writes in 32 s, gave each address 38 a minute,
      // over the limit of 30, and its 429s failed the run.)
      const from = `127.1.${Math.floor(n / 250) % 250}.${1 + (n % 250)}`;
      let request: { kind: Outcome['kind']; path: string; method?: string; body?: string; from?: string; marker?: string };
      if (roll < 0.3) request = { kind: 'page', path: sitePath(pick(articlesIn('en'))) };
      else if (roll < 0.6) request = { kind: 'page', path: sitePath(pick(articlesIn('ar'))) };
      else if (roll < 0.68) request = { kind: 'index', path: pick(['/en/search-index.json', '/ar/search-index.json', files.indexFile]) };
      else if (roll < 0.72) request = { kind: 'static', path: files.script };
      else if (roll < 0.86) {
        writes++;
        const article = pick(articles);
        const marker = `deploy ${run} vote ${n}`;
        request = { kind: 'vote', path: '/api/feedback', method: 'POST', from, marker, body: JSON.stringify({ locale: article.locale, slug: article.slug, helpful: 'no', reason: 'other', comment: marker }) };
      } else {
        writes++;
        const marker = `deploy ${run} search ${n}`;
        request = { kind: 'search', path: '/api/search-gaps', method: 'POST', from, marker, body: JSON.stringify([{ locale: 'ar', query: marker, results: 0 }]) };
      }
      const start = Date.now();
      try {
        const answer = await send(ports.nginx, request.path, request);
        outcomes.push({ kind: request.kind, path: request.path, start, end: Date.now(), status: answer.status, cache: cacheStatus(answer), marker: request.marker });
      } catch (error) {
        outcomes.push({ kind: request.kind, path: request.path, start, end: Date.now(), status: 0, error: (error as Error).message, cache: '', marker: request.marker });
      }
    }
  };
  const faulted = faults(() => Date.now() - started).finally(() => {
    until = Math.max(started + loadSeconds * 1000, Date.now() + 5000);
  });
  await Promise.all([...Array.from({ length: 6 }, worker), faulted]);
  return { outcomes, ms: Date.now() - started };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// 4. Figures

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;

async function bench(pathname: string) {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const rows: string[] = [];
  for (const [name, port] of [
    ['nginx, two instances', ports.nginx],
    ['one bare instance', ports.a],
  ] as const) {
    const result = await autocannon({ url: `http://127.0.0.1:${port}${pathname}`, connections: 16, duration: benchSeconds });
    rows.push(`| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.errors + result.timeouts + result.non2xx} |`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const nginx = findNginx();
  const pgBin = findPostgres();
  for (const port of Object.values(ports)) {
    if ((await freePort(port)) !== port) throw new Error(`port ${port} is in use (DEPLOY_TEST_PORT=${base} takes ${base} to ${base + 3}): stop what listens there or choose another DEPLOY_TEST_PORT`);
  }
  if (!isBuilt(distDir) || !existsSync(path.join(root, distDir, 'standalone', 'server.js'))) {
    log(`no standalone build in ${distDir}/: building it (about 2–4 minutes)…`);
    const status = await buildSite({ label: 'test:deploy', distDir, skipTypecheck: true });
    if (status !== 0) throw new Error(`the build failed (exit ${status})`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'test-deploy-'));
  chmodSync(dir, 0o755);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

  let step = performance.now();
  const bundle = path.join(dir, 'bundle');
  assembleBundle({ distDir, into: bundle });
  log(`bundle assembled from ${distDir}/standalone in ${seconds(step)} s.`);

  step = performance.now();
  const postgres = startPostgres(pgBin, path.join(dir, 'postgres'));
  log(`PostgreSQL on 127.0.0.1:${ports.postgres} in ${seconds(step)} s.`);

  const instanceEnv = (port: number) => ({
    PORT: String(port),
    // Not the loopback address: Next.js then takes the proxy's rewrite to the not-found page for
    // an external one and answers 500 (README "Deploy").
    HOSTNAME: '0.0.0.0',
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: postgres.url,
    HELP_TRUSTED_PROXIES: proxyAddress,
    HELP_FEEDBACK_RATE_LIMIT: String(rateLimit),
    HELP_EDITOR_USER: 'editor',
    HELP_EDITOR_PASSWORD: randomBytes(12).toString('hex'),
  });
  const startInstance = async (port: number) => {
    const server = await startServer(process.execPath, [path.join(bundle, 'server.js')], {
      name: `instance on ${port}`,
      url: `http://127.0.0.1:${port}`,
      readyPath: '/en',
      cwd: bundle,
      env: instanceEnv(port),
    });
    servers.push(server);
    return server;
  };
  cleanups.push(() => Promise.all(servers.map((server) => server.stop())).then(() => {}));
  step = performance.now();
  const instanceA = await startInstance(ports.a);
  let instanceB = await startInstance(ports.b);
  void instanceA;
  log(`two instances (node server.js) on ports ${ports.a} and ${ports.b} in ${seconds(step)} s.`);

  const nginxDir = path.join(dir, 'nginx');
  mkdirSync(nginxDir);
  const conf = path.join(nginxDir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(nginxDir));
  const reloadNginx = () => {
    const reload = spawnSync(nginx, ['-p', nginxDir, '-c', conf, '-e', path.join(nginxDir, 'error.log'), '-s', 'reload'], { encoding: 'utf8' });
    if (reload.status !== 0) throw new Error(`nginx -s reload failed:\n${reload.stderr}`);
  };
  const syntax = spawnSync(nginx, ['-t', '-p', nginxDir, '-c', conf, '-e', path.join(nginxDir, 'error.log')], { encoding: 'utf8' });
  if (syntax.status !== 0) throw new Error(`nginx -t refused the configuration:\n${syntax.stderr}`);
  servers.push(
    await startServer(nginx, ['-p', nginxDir, '-c', conf, '-e', path.join(nginxDir, 'error.log')], {
      name: 'nginx',
      url: `http://127.0.0.1:${ports.nginx}`,
      readyPath: '/en',
    }),
  );
  log(`nginx on 127.0.0.1:${ports.nginx}.`);

  const files = await discover(ports.a);
  await checkHeaders(files);
  const limitAccepted = new Set<string>();
  await checkLimits(limitAccepted);

  // Faults, at fixed moments of the load.
  const events: Record<string, number> = {};
  const faults = async (elapsed: () => number) => {
    const at = async (seconds: number) => {
      while (elapsed() < seconds * 1000) await sleep(100);
    };
    await at(loadSeconds * 0.15);
    events.instanceStopping = Date.now();
    writeFileSync(conf, nginxConfig(nginxDir, { drained: ports.b }));
    reloadNginx();
    // What it has received it answers before it stops; a request its busy event loop has not read
    // yet it would close with the idle connections (Node.js's server.close), a 502 for a POST.
    await sleep(5000);
    await stopGracefully(instanceB);
    servers.splice(servers.indexOf(instanceB), 1);
    events.instanceStopped = Date.now();
    await at(loadSeconds * 0.3);
    instanceB = await startInstance(ports.b);
    writeFileSync(conf, nginxConfig(nginxDir));
    reloadNginx();
    events.instanceStarted = Date.now();
    await at(loadSeconds * 0.55);
    events.databaseStopping = Date.now();
    postgres.stop();
    await sleep(3000);
    postgres.start();
    events.databaseStarted = Date.now();
  };
  step = performance.now();
  log(`mixed load for ${loadSeconds} s: instance on ${ports.b} stopped and started again, PostgreSQL restarted…`);
  const { outcomes, ms } = await mixedLoad(files, faults);

  // Reads never fail; writes only with a 503, and only while the database is down (a request
  // that was running when it stopped included, and 1 s after it is back, while the pools reconnect).
  const databaseDown = (outcome: Outcome) => outcome.end >= events.databaseStopping! && outcome.start <= events.databaseStarted! + 1000;
  const reads = outcomes.filter((outcome) => outcome.kind !== 'vote' && outcome.kind !== 'search');
  const writes = outcomes.filter((outcome) => outcome.kind === 'vote' || outcome.kind === 'search');
  const failedReads = reads.filter((outcome) => outcome.status !== 200);
  const loadStart = Date.now() - ms;
  const at = (time: number) => `${((time - loadStart) / 1000).toFixed(1)} s`;
  check(failedReads.length === 0, `${failedReads.length} reads failed: ${failedReads.slice(0, 5).map((outcome) => `${outcome.path} ${outcome.status || outcome.error} at ${at(outcome.start)}`).join('; ')}`);
  const acceptedStatus = (outcome: Outcome) => (outcome.kind === 'vote' ? outcome.status === 201 : outcome.status === 202);
  const refused = writes.filter((outcome) => outcome.status === 503);
  const badWrites = writes.filter((outcome) => !acceptedStatus(outcome) && !(outcome.status === 503 && databaseDown(outcome)));
  check(
    badWrites.length === 0,
    `${badWrites.length} writes failed otherwise than with a 503 while the database was down: ${badWrites
      .slice(0, 5)
      .map((outcome) => `${outcome.path} ${outcome.status || outcome.error} sent at ${at(outcome.start)}, answered at ${at(outcome.end)}`)
      .join('; ')}`,
  );
  const cachedApi = writes.filter((outcome) => outcome.cache === 'HIT');
  check(cachedApi.length === 0, `${cachedApi.length} API answers came from nginx's cache`);

  // Every accepted write stored exactly once, none refused stored.
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  const stored = new Map<string, number>();
  const votes = await client.query<{ marker: string; n: string }>(`SELECT comment AS marker, count(*) AS n FROM feedback WHERE comment LIKE $1 GROUP BY comment`, [`deploy ${run} %`]);
  const searches = await client.query<{ marker: string; n: string }>(`SELECT query AS marker, count(*) AS n FROM search_gaps WHERE query LIKE $1 GROUP BY query`, [`deploy ${run} %`]);
  await client.end();
  for (const row of [...votes.rows, ...searches.rows]) stored.set(row.marker, Number(row.n));
  const accepted = new Set([...limitAccepted, ...writes.filter(acceptedStatus).map((outcome) => outcome.marker!)]);
  const notOnce = [...accepted].filter((marker) => stored.get(marker) !== 1);
  check(notOnce.length === 0, `${notOnce.length} accepted writes not stored exactly once: ${notOnce.slice(0, 5).map((marker) => `"${marker}" ${stored.get(marker) ?? 0} times`).join('; ')}`);
  // A 503 can come with the write stored: PostgreSQL committed it as its connection was cut (when
  // it stops), or just before the instance gave up waiting (HELP_DB_TIMEOUT_MS, with an event loop
  // late by over a second on a saturated machine). The reader is told to try again; reported, not
  // a failure here: the promise is that what is accepted is stored, once (README "Deploy").
  const refusedStored = refused.filter((outcome) => stored.has(outcome.marker!));
  const strays = [...stored.keys()].filter((marker) => !accepted.has(marker) && !refusedStored.some((outcome) => outcome.marker === marker));
  check(strays.length === 0, `${strays.length} rows stored that no answer accepted: ${strays.slice(0, 5).join('; ')}`);

  // Both instances served, and the restarted one again after its restart.
  const access = readFileSync(path.join(nginxDir, 'access.log'), 'utf8');
  for (const port of [ports.a, ports.b]) check(access.includes(`127.0.0.1:${port}`), `nginx's log shows no request answered by the instance on ${port}`);

  const latencies = outcomes.map((outcome) => outcome.end - outcome.start);
  const hits = reads.filter((outcome) => outcome.cache === 'HIT').length;
  log(
    `mixed load: ${outcomes.length} requests in ${(ms / 1000).toFixed(1)} s (${((outcomes.length * 1000) / ms).toFixed(0)}/s), p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms; ` +
      `${failedReads.length} failed reads; ${reads.length} reads, ${hits} from nginx's cache; ${writes.length} writes: ${accepted.size - limitAccepted.size} accepted, ${refused.length} answered 503 while the database was down, ${badWrites.length} other failures; ` +
      `stored: ${[...accepted].filter((marker) => stored.get(marker) === 1).length} of ${accepted.size} accepted (limit check included); ${refusedStored.length} answered 503 stored nonetheless (${refusedStored.map((outcome) => `sent at ${at(outcome.start)}, answered at ${at(outcome.end)}`).join('; ') || 'none'}).`,
  );
  log(
    `faults: instance on ${ports.b} stopped at ${at(events.instanceStopping!)} (took ${events.instanceStopped! - events.instanceStopping!} ms), back at ${at(events.instanceStarted!)}; PostgreSQL down from ${at(events.databaseStopping!)} to ${at(events.databaseStarted!)}. (${seconds(step)} s)`,
  );
  if (problems.length > 0) {
    const errors = readFileSync(path.join(nginxDir, 'error.log'), 'utf8').trim().split('\n');
    console.log(`nginx's error log (last of ${errors.length} lines):\n${errors.slice(-8).join('\n')}`);
  }

  step = performance.now();
  const article = sitePath(articlesIn('en')[0]!);
  const rows = await bench(article);
  log(`GET ${article}, 16 connections, ${benchSeconds} s each (${seconds(step)} s):`);
  console.log('| served by | req/s | p50 | p99 | errors |\n| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  log(`total ${seconds(started)} s.`);
}

let status = 0;
try {
  await main();
} catch (error) {
  problems.push((error as Error).message);
} finally {
  agent.destroy();
  await cleanUp();
}
if (problems.length > 0) {
  console.error(`\ntest:deploy FAILED: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  status = 1;
} else {
  console.log('\ntest:deploy passed.');
}
process.exit(status);
