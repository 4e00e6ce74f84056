/**
 * `npm run bench:serve`: how fast the web edition answers over a large desk, beside nginx serving the same page.
 *
 * Stages:
 *  1. generate  — a temporary SQLite desk of 100,000 articles (bench/lib/generated-desk.ts), its article pages
 *                 rendered and stored (render-on-write) for this build and the server's base URL, as a static
 *                 site's files are written before nginx serves them; a reused desk renders only the pages of
 *                 another build (the output says how many were rendered, and the stored pages' size).
 *  2. serve     — the server in a child process, one Node process as `dateline serve` runs it (the same Node
 *                 flags, read from `bin/dateline.js`), no request logging
 *                 (the bench's logger is silent), so the load generator does not share its event loop.
 *  3. baseline  — nginx with one process (`master_process off`, so one worker like one Node process) serving the
 *                 rendered article as a static file with the same headers (security headers, validators, caching),
 *                 so both send the same bytes; and a sample of the desk's pages (BENCH_STATIC_SAMPLE, default
 *                 2,000), rendered by Dateline once, as static files: the random route's peer.
 *  4. load      — autocannon, 50 connections, one request per connection at a time, a warm-up of each route
 *                 first. The article page and nginx alternate for BENCH_ROUNDS rounds so the machine's other load
 *                 falls on both, each round followed by random articles of the whole desk (mostly not cached: the
 *                 route whose p99 the target is about, so it gets rounds and a median too) and by nginx serving
 *                 the sampled pages at random, both without and with `Accept-Encoding: gzip` (as browsers send
 *                 it: Dateline sends its stored gzip page as it is, nginx the page's .gz file with gzip_static);
 *                 then the other routes once each.
 *  5. report    — req/s, p50, p99, the article/nginx ratio per round and its median; server CPU per request for
 *                 both servers and for the load generator; the server's event-loop delay; the load average.
 *
 * On a 2-core machine autocannon needs one core to itself, so nginx's p99 in the same round is the floor the
 * machine allows: a server cannot answer faster than its client asks and reads.
 *
 * Env: BENCH_ARTICLES (default 100000), BENCH_SECONDS per run (default 8), BENCH_ROUNDS (default 3), BENCH_DB (a
 * desk file to reuse or to create and keep, for repeated runs; default a temporary one, removed after),
 * BENCH_CPU_PROF (a folder: the server writes a V8 CPU profile of the whole run there, for `--cpu-prof` views).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';
import { publishConfig } from '../src/publish/config.js';
import { silentLogger } from '../src/publish/deps.js';
import { startServer } from '../src/publish/start-server.js';
import { openStore } from '../src/store/open-store.js';
import { generateSqliteDesk, prerenderSqliteDesk, rng, SYLLABLES } from './lib/generated-desk.js';
import { processCpuMicros, startNginx } from './lib/nginx-baseline.js';
import { datelineNodeFlags } from './lib/node-flags.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const WARM_UP_SECONDS = 2;
/** The serve bench's lane of ports: Dateline, nginx. */
const PORTS = { dateline: 18110, nginx: 18111 } as const;
const TARGETS = { articleRatio: 0.4, articleP99: 25, searchP99: 50 } as const;
/** Pages of the desk rendered once and given to nginx, the random route's static peer. */
const STATIC_SAMPLE = Number(process.env.BENCH_STATIC_SAMPLE ?? 2000);

// ---------------------------------------------------------------------------------------------------------------
// 2. serve (the child half of this file)

interface ServerStats {
  /** Server CPU (user + system) since the last reset, in microseconds. */
  cpuMicros: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
  /** Share of the run the event loop was busy (not waiting for I/O): below 1, the server was not the bottleneck. */
  eventLoopUtilization: number;
  /** Garbage-collection pauses during the run. */
  gcPauses: number;
  gcMaxMs: number;
}

async function serveChild(dbPath: string): Promise<void> {
  const store = await openStore({ kind: 'sqlite', path: dbPath });
  const server = await startServer(
    (url) => ({ store, config: publishConfig({ baseUrl: url }), clock: () => new Date(), logger: silentLogger }),
    { host: '127.0.0.1', port: PORTS.dateline },
  );
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let cpuFrom = process.cpuUsage();
  let eluFrom = performance.eventLoopUtilization();
  let gc = { pauses: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.pauses++;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('message', async (m: { cmd: string }) => {
    if (m.cmd === 'reset') {
      delay.reset();
      cpuFrom = process.cpuUsage();
      eluFrom = performance.eventLoopUtilization();
      gc = { pauses: 0, maxMs: 0 };
      process.send!({ cmd: 'reset' });
    } else if (m.cmd === 'stats') {
      const cpu = process.cpuUsage(cpuFrom);
      const stats: ServerStats = {
        cpuMicros: cpu.user + cpu.system,
        eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
        eventLoopDelayMaxMs: delay.max / 1e6,
        eventLoopUtilization: performance.eventLoopUtilization(eluFrom).utilization,
        gcPauses: gc.pauses,
        gcMaxMs: gc.maxMs,
      };
      process.send!({ cmd: 'stats', stats });
    } else if (m.cmd === 'stop') {
      await server.close();
      await store.close();
      process.exit(0);
    }
  });
  process.send!({ cmd: 'ready', url: server.url });
}

function startChild(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const profile = process.env.BENCH_CPU_PROF;
  const child = fork(fileURLToPath(import.meta.url), ['--serve-child', dbPath], {
    execArgv: [
      '--import',
      'tsx',
      ...datelineNodeFlags(),
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
    ],
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, url: (m as { url: string }).url }));
    child.once('exit', (code) => reject(new Error(`bench: server exited early (${code})`)));
  });
}

/** Sends a command to the server child and waits for its answer. */
function ask<T>(child: ChildProcess, cmd: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: { cmd: string; stats?: T }) => {
      if (m.cmd !== cmd) return;
      child.off('message', onMessage);
      resolve(m.stats as T);
    };
    child.on('message', onMessage);
    child.send({ cmd });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 3. baseline: bench/lib/nginx-baseline.ts

// ---------------------------------------------------------------------------------------------------------------
// 4. load

interface CannonResult {
  requests: { average: number; total: number };
  throughput: { total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
interface CannonRequest {
  path?: string;
}
type Cannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: { setupRequest: (req: CannonRequest) => CannonRequest }[];
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  bytesPerResponse: number;
  bad: number;
  /** CPU the load generator (this process) used per request, microseconds. */
  clientMicros: number;
}

/** Request headers of a browser's page load that matter here: it takes gzip. */
const GZIP = { 'accept-encoding': 'gzip, deflate, br' };

async function load(
  name: string,
  url: string,
  paths: () => string,
  warmUp = true,
  headers: Record<string, string> = {},
): Promise<Measured> {
  const requests = [{ setupRequest: (req: CannonRequest) => ({ ...req, path: paths() }) }];
  if (warmUp) await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_SECONDS, requests, headers });
  const cpu = process.cpuUsage();
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests, headers });
  const used = process.cpuUsage(cpu);
  const total = Math.max(1, r.requests.total);
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    bytesPerResponse: r.throughput.total / total,
    bad: r.non2xx + r.errors,
    clientMicros: (used.user + used.system) / total,
  };
}

/** A run of the Dateline server with its own CPU and event-loop delay over the run. */
async function loadDateline(
  child: ChildProcess,
  name: string,
  url: string,
  paths: () => string,
  warmUp = true,
  headers: Record<string, string> = {},
): Promise<Measured & { server: ServerStats }> {
  if (warmUp) await load(`${name} (warm-up)`, url, paths, false, headers).catch(() => undefined);
  await ask(child, 'reset');
  const measured = await load(name, url, paths, false, headers);
  return { ...measured, server: await ask<ServerStats>(child, 'stats') };
}

// ---------------------------------------------------------------------------------------------------------------
// 5. report

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const out = (line = '') => process.stdout.write(`${line}\n`);
const load3 = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function row(r: Measured, extra = ''): string {
  return `${r.name.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms${r.bad ? `  ${r.bad} errors/non-2xx` : ''}${extra}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-serve-'));
  const dbPath = process.env.BENCH_DB ?? join(dir, 'desk.db');
  let child: ChildProcess | null = null;
  let nginx: ChildProcess | null = null;
  try {
    if (existsSync(dbPath)) out(`reusing ${dbPath}`);
    else out(`generated ${ARTICLES} articles in ${(await generateSqliteDesk(dbPath, ARTICLES)).toFixed(1)} s`);
    // Render-on-write: the desk's pages rendered and stored before serving, as nginx's files are written before
    // it serves them (a reused desk renders only the pages this build or base URL has not rendered yet).
    const pre = await prerenderSqliteDesk(dbPath, `http://127.0.0.1:${PORTS.dateline}`);
    const prerendered =
      `pages pre-rendered (render-on-write): ${pre.pages} stored for this build (key ${pre.renderKey}), ` +
      `${pre.rendered} rendered now in ${pre.seconds.toFixed(1)} s; stored pages ${(pre.pageBytes / 1e6).toFixed(0)} MB ` +
      `gzip (${(pre.pageBytes / Math.max(1, pre.pages) / 1000).toFixed(1)} kB a page), desk file ${(pre.fileBytes / 1e6).toFixed(0)} MB`;
    out(prerendered);
    const started = await startChild(dbPath);
    child = started.child;
    const { url } = started;
    const next = rng(7);
    const hotPath = '/article/bench-1';
    const html = await (await fetch(`${url}${hotPath}`)).text();
    // The random route's peer: nginx serving a sample of the desk's pages, rendered by Dateline, at random.
    const sample: [string, string][] = [];
    for (let i = 0; i < STATIC_SAMPLE; i++) {
      const id = `bench-${Math.floor(next() * ARTICLES)}`;
      sample.push([id, await (await fetch(`${url}/article/${id}`)).text()]);
    }
    const baseline = await startNginx(dir, html, PORTS.nginx, sample);
    nginx = baseline?.nginx ?? null;
    const loadBefore = load3();

    // The article page against nginx, alternating, each after its own warm-up.
    const rounds: {
      dateline: Measured & { server: ServerStats };
      random: Measured & { server: ServerStats };
      randomGzip: Measured & { server: ServerStats };
      nginx: Measured | null;
      nginxMicros: number;
      nginxRandom: Measured | null;
      nginxRandomGzip: Measured | null;
    }[] = [];
    const randomArticle = () => `/article/bench-${Math.floor(next() * ARTICLES)}`;
    for (let i = 0; i < ROUNDS; i++) {
      let nginxRun: Measured | null = null;
      let nginxMicros = 0;
      if (baseline) {
        const before = processCpuMicros(baseline.nginx.pid!);
        nginxRun = await load('nginx static article', baseline.url, () => '/article.html', i === 0);
        nginxMicros = (processCpuMicros(baseline.nginx.pid!) - before) / Math.max(1, nginxRun.requests);
      }
      const datelineRun = await loadDateline(child, 'article page (one article)', url, () => hotPath, i === 0);
      const random = await loadDateline(child, `article page (random of ${ARTICLES})`, url, randomArticle, i === 0);
      const samplePath = () => `/pages/${sample[Math.floor(next() * sample.length)]![0]}.html`;
      const nginxRandom = baseline
        ? await load(`nginx static pages (random of ${sample.length})`, baseline.url, samplePath, i === 0)
        : null;
      // As browsers ask: gzip accepted, the stored page sent as it is (nginx: its .gz file, gzip_static).
      const randomGzip = await loadDateline(
        child,
        `article page, gzip (random of ${ARTICLES})`,
        url,
        randomArticle,
        i === 0,
        GZIP,
      );
      const nginxRandomGzip = baseline
        ? await load(`nginx static pages, gzip (random of ${sample.length})`, baseline.url, samplePath, i === 0, GZIP)
        : null;
      rounds.push({
        dateline: datelineRun,
        random,
        randomGzip,
        nginx: nginxRun,
        nginxMicros,
        nginxRandom,
        nginxRandomGzip,
      });
    }

    const terms = ['kalo', 'sani viel', 'summit', '"ruto kasa"', 'quoted:KCNA border', 'place:Berlin energy', 'mine'];
    const word3 = () => [0, 1, 2].map(() => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    const others = [
      await loadDateline(child, 'search (7 popular queries, cached)', url, () => {
        return `/search?q=${encodeURIComponent(terms[Math.floor(next() * terms.length)]!)}`;
      }),
      await loadDateline(child, 'search (random rare words, mostly new)', url, () => `/search?q=${word3()}`),
      await loadDateline(child, 'API article list', url, () => {
        return `/api/v1/articles?limit=20&offset=${Math.floor(next() * 50) * 20}`;
      }),
      await loadDateline(child, 'API article', url, () => `/api/v1/articles/bench-${Math.floor(next() * ARTICLES)}`),
    ];

    out(
      `\n${ARTICLES} articles; autocannon ${CONNECTIONS} connections, ${SECONDS} s per run after a ` +
        `${WARM_UP_SECONDS} s warm-up; Dateline: one Node ${process.version} process (${datelineNodeFlags().join(' ') || 'no flags'}) (SQLite, no request logging); ` +
        `nginx: one process (master_process off). ${cpus().length} cores; load average ${loadBefore} before.`,
    );
    out('\narticle page against nginx serving the same page as a static file, alternating:');
    rounds.forEach((r, i) => {
      const ratio = r.nginx ? `   ratio ${((r.dateline.rps / r.nginx.rps) * 100).toFixed(0)}%` : '';
      if (r.nginx) out(row({ ...r.nginx, name: `round ${i + 1}: nginx static article` }));
      out(row({ ...r.dateline, name: `round ${i + 1}: Dateline article page` }, ratio));
    });
    out('\nrandom articles of the whole desk, after each round, beside nginx serving rendered pages at random:');
    out(prerendered);
    rounds.forEach((r, i) => {
      for (const [mine, peer] of [
        [r.random, r.nginxRandom],
        [r.randomGzip, r.nginxRandomGzip],
      ] as const) {
        const cpu = `   server CPU ${(mine.server.cpuMicros / Math.max(1, mine.requests)).toFixed(0)} µs/request`;
        out(row({ ...mine, name: `round ${i + 1}: ${mine.name}` }, `${cpu}, ${mine.bytesPerResponse.toFixed(0)} B`));
        if (peer) {
          const ratio = `   ratio ${((mine.rps / peer.rps) * 100).toFixed(0)}%, ${peer.bytesPerResponse.toFixed(0)} B`;
          out(row({ ...peer, name: `round ${i + 1}: ${peer.name}` }, ratio));
        }
      }
    });
    const first = rounds[0]!;
    out(
      `bytes per response: Dateline ${first.dateline.bytesPerResponse.toFixed(0)}` +
        (first.nginx ? `, nginx ${first.nginx.bytesPerResponse.toFixed(0)}` : '') +
        ` (body ${Buffer.byteLength(html)})`,
    );
    out(
      `CPU per request: Dateline ${median(rounds.map((r) => r.dateline.server.cpuMicros / r.dateline.requests)).toFixed(0)} µs` +
        (baseline ? `, nginx ${median(rounds.map((r) => r.nginxMicros)).toFixed(0)} µs` : '') +
        `, autocannon (the load generator) ${median(rounds.map((r) => r.dateline.clientMicros)).toFixed(0)} µs`,
    );
    const servers = rounds.map((r) => r.dateline.server);
    out(
      `Dateline event loop under load: busy ${(median(servers.map((s) => s.eventLoopUtilization)) * 100).toFixed(0)}% ` +
        `of the time; delay p99 ${median(servers.map((s) => s.eventLoopDelayP99Ms)).toFixed(1)} ms, ` +
        `max ${Math.max(...servers.map((s) => s.eventLoopDelayMaxMs)).toFixed(1)} ms (a delay while idle is the OS ` +
        `running something else); GC ${median(servers.map((s) => s.gcPauses))} pauses per run, ` +
        `longest ${Math.max(...servers.map((s) => s.gcMaxMs)).toFixed(1)} ms`,
    );

    out('\nother routes:');
    for (const r of others)
      out(row(r, `   server CPU ${(r.server.cpuMicros / Math.max(1, r.requests)).toFixed(0)} µs/request`));

    const articleRps = median(rounds.map((r) => r.dateline.rps));
    const articleP99 = median(rounds.map((r) => r.dateline.p99));
    out(`\nload average after: ${load3()}`);
    if (baseline) {
      const ratio = median(rounds.map((r) => r.dateline.rps / r.nginx!.rps));
      const nginxP99 = median(rounds.map((r) => r.nginx!.p99));
      out(
        `article / nginx-static: ${(ratio * 100).toFixed(0)}% median of ${ROUNDS} rounds ` +
          `(target ≥ ${TARGETS.articleRatio * 100}%); ${articleRps.toFixed(0)} req/s`,
      );
      out(`article p99 ${articleP99} ms, nginx p99 ${nginxP99} ms in the same rounds (target < ${TARGETS.articleP99})`);
    } else out(`article p99 ${articleP99} ms (target < ${TARGETS.articleP99})`);
    const randomP99 = rounds.map((r) => r.random.p99);
    const randomMicros = (r: Measured & { server: ServerStats }) => r.server.cpuMicros / Math.max(1, r.requests);
    out(
      `random article p99 ${median(randomP99)} ms median of ${ROUNDS} rounds (${randomP99.join(', ')}), ` +
        `${median(rounds.map((r) => r.random.rps)).toFixed(0)} req/s, ` +
        `${median(rounds.map((r) => randomMicros(r.random))).toFixed(0)} µs server CPU a request (target < ${TARGETS.articleP99})`,
    );
    const gzipP99 = rounds.map((r) => r.randomGzip.p99);
    out(
      `random article, gzip accepted: p99 ${median(gzipP99)} ms (${gzipP99.join(', ')}), ` +
        `${median(rounds.map((r) => r.randomGzip.rps)).toFixed(0)} req/s, ` +
        `${median(rounds.map((r) => randomMicros(r.randomGzip))).toFixed(0)} µs server CPU a request`,
    );
    if (baseline) {
      const gzipStatic = rounds.map((r) => r.nginxRandomGzip!.p99);
      out(
        `nginx static pages at random, gzip accepted: p99 ${median(gzipStatic)} ms (${gzipStatic.join(', ')}), ` +
          `${median(rounds.map((r) => r.nginxRandomGzip!.rps)).toFixed(0)} req/s; random article / nginx ` +
          `${(median(rounds.map((r) => r.randomGzip.rps / r.nginxRandomGzip!.rps)) * 100).toFixed(0)}%`,
      );
      const staticP99 = rounds.map((r) => r.nginxRandom!.p99);
      const ratio = median(rounds.map((r) => r.random.rps / r.nginxRandom!.rps));
      out(
        `nginx static pages at random: p99 ${median(staticP99)} ms (${staticP99.join(', ')}), ` +
          `${median(rounds.map((r) => r.nginxRandom!.rps)).toFixed(0)} req/s; random article / nginx ` +
          `${(ratio * 100).toFixed(0)}% (at ${CONNECTIONS} connections latency is connections / throughput, so the ` +
          `static server's p99 is the floor this machine and load generator allow)`,
      );
    }
    out(
      `search p99 ${others[0]!.p99} ms popular, ${others[1]!.p99} ms mostly new at ${CONNECTIONS} connections ` +
        `(target < ${TARGETS.searchP99}; one query at a time per kind: npm run bench:search)`,
    );
  } finally {
    if (nginx) {
      nginx.kill('SIGQUIT');
      await new Promise((r) => nginx!.once('exit', r));
    }
    if (child) {
      child.send({ cmd: 'stop' });
      await new Promise((r) => child!.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve-child') await serveChild(process.argv[3]!);
else if (process.argv[2] === '--generate-only')
  process.stdout.write(`generated in ${(await generateSqliteDesk(process.argv[3]!, ARTICLES)).toFixed(1)} s\n`);
else await main();
