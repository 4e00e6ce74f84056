/**
 * `npm run bench:search`: search latency of the SQLite and PostgreSQL stores, side by side, on the same 100,000
 * generated articles, for every kind of query a reader types.
 *
 * Stages:
 *  1. generate — the seeded desk (bench/lib/generated-desk.ts) into a temporary SQLite file and into a dedicated
 *                PostgreSQL database (`dateline_bench`, created here and dropped after; loaded in bulk and checked
 *                against the store's upsert: 90 s and 223 s at 100,000 articles on 2 cores, load 1-2).
 *  2. warm     — every query kind once per store (page cache, prepared statements, JIT).
 *  3. measure  — each kind BENCH_RUNS times, one query at a time, the two stores alternating so the machine's
 *                noise falls on both; every query a new variant where the kind allows, and no result cache (the
 *                web edition's 30-second cache sits above the store and is not measured here).
 *  4. report   — matches, p50 and p99 per kind and store, against the target (p99 < 50 ms), and the p99 of the
 *                search's CPU time (this process for SQLite, the server's backends for a PostgreSQL on this
 *                machine), which a loaded box does not stretch as it does wall time. With 60 queries a kind, p99
 *                is the slowest one: raise BENCH_RUNS for a steadier tail. Below it, the slowest query of each kind
 *                taken apart (tailReport): where its wall time went, so a stall is told from work.
 *
 * Env: BENCH_ARTICLES (default 100000), BENCH_RUNS per kind (default 60), BENCH_DB (a SQLite desk to reuse or
 * to create and keep), BENCH_PG (server URL, default postgres://postgres@127.0.0.1:5432), BENCH_PG_KEEP=1 (keep
 * `dateline_bench` for the next run instead of dropping it; it is reused when it already holds the articles),
 * BENCH_SKIP_PG=1 (SQLite only), BENCH_BASELINE (another checkout of Dateline, e.g. an export of the commit before a
 * change: its stores are measured too, on the same desks and queries in the same run, as "SQLite before" and
 * "PostgreSQL before", so a change is judged against the same noise), BENCH_STORES (which stores to measure:
 * `sqlite`, `postgres` or both, the default; `postgres` alone needs no SQLite desk), BENCH_KINDS (measure only
 * the kinds whose names contain one of these comma-separated words, e.g. `rare,phrase of`).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import pg from 'pg';
import { openStore } from '../src/store/open-store.js';
import type { Page, SearchHit, SearchQuery, SearchSort, Store } from '../src/store/port.js';
import { parseSearchSyntax } from '../src/store/search-syntax.js';
import { generatePostgresDesk, generateSqliteDesk, NEWS_WORDS, PLACES, rng, SYLLABLES } from './lib/generated-desk.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const PG_SERVER = (process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
const PG_DATABASE = 'dateline_bench';
const TARGET_P99_MS = 50;
const PAGE = 20;
const STORES = (process.env.BENCH_STORES ?? 'sqlite,postgres').toLowerCase().split(',');
const KIND_FILTER = process.env.BENCH_KINDS?.split(',').map((word) => word.trim()) ?? null;

// -------------------------------------------------------------------------------------------------------------
// The query kinds. Words come from the generator's vocabulary: two-syllable made-up words are in about a quarter
// of the articles, three-syllable ones in about 2%, topic words in about 15%, and every article's lead says
// "<person> spoke in <place> … reported". Each measured kind draws from a stream of its own (draw), so a run of
// some kinds (BENCH_KINDS) asks the same queries as a run of all; the warm-up draws from this one.

let next = rng(98);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const word2 = () => `${pick(SYLLABLES)}${pick(SYLLABLES)}`;
const word3 = () => `${word2()}${pick(SYLLABLES)}`;
const place = () => pick(PLACES)[0];
const month = () => String(1 + Math.floor(next() * 12)).padStart(2, '0');

interface Made {
  q: string;
  page: number;
  sort?: SearchSort;
}

interface QueryKind {
  name: string;
  /** What the reader types (operators included), the page asked for, and the order (relevance by default). */
  make: () => Made;
}

const KINDS: readonly QueryKind[] = [
  { name: 'rare word (~2%)', make: () => ({ q: word3(), page: 1 }) },
  { name: 'common word (~25%)', make: () => ({ q: word2(), page: 1 }) },
  { name: 'topic word (~15%)', make: () => ({ q: pick(NEWS_WORDS), page: 1 }) },
  { name: 'word in every article', make: () => ({ q: pick(['reported', 'spoke']), page: 1 }) },
  { name: 'two common words', make: () => ({ q: `${word2()} ${word2()}`, page: 1 }) },
  { name: 'phrase of common words', make: () => ({ q: `"${word2()} ${word2()}"`, page: 1 }) },
  { name: 'phrase in every article', make: () => ({ q: pick(['"spoke in"', '"reported"']), page: 1 }) },
  { name: 'very common phrase (12%)', make: () => ({ q: `"spoke in ${place()}"`, page: 1 }) },
  {
    name: 'word + entity filter',
    make: () => ({
      q: pick([`quoted:KCNA ${pick(NEWS_WORDS)}`, `place:${place()} ${word2()}`, `about:"Ana Ruiz" ${word2()}`]),
      page: 1,
    }),
  },
  {
    name: 'entity or outlet filter only',
    make: () => ({
      q: pick([`quoted:TASS`, `place:${place()}`, `outlet:"Outlet ${Math.floor(next() * 50)}"`]),
      page: 1,
    }),
  },
  {
    name: 'word + date range',
    make: () => {
      const m = month();
      return { q: `${pick(NEWS_WORDS)} from:2024-${m}-01 to:2024-${m}-28`, page: 1 };
    },
  },
  { name: 'common word, page 10', make: () => ({ q: word2(), page: 10 }) },
  { name: 'no match', make: () => ({ q: `zq${word3()}`, page: 1 }) },
  // Newest first (sort=date): every match is a candidate, so the commoner the words the more there is to order.
  // Listed last, so the kinds above keep their streams of draws (streams).
  { name: 'date: rare word (~2%)', make: () => ({ q: word3(), page: 1, sort: 'date' }) },
  { name: 'date: common word (~25%)', make: () => ({ q: word2(), page: 1, sort: 'date' }) },
  { name: 'date: word in every article', make: () => ({ q: pick(['reported', 'spoke']), page: 1, sort: 'date' }) },
  { name: 'date: two common words', make: () => ({ q: `${word2()} ${word2()}`, page: 1, sort: 'date' }) },
  {
    name: 'date: two topic words',
    make: () => ({ q: `${pick(NEWS_WORDS)} ${pick(NEWS_WORDS)}`, page: 1, sort: 'date' }),
  },
  {
    name: 'date: phrase in every article',
    make: () => ({ q: pick(['"spoke in"', '"reported"']), page: 1, sort: 'date' }),
  },
  { name: 'date: common word, page 10', make: () => ({ q: word2(), page: 10, sort: 'date' }) },
];

const MEASURED = KINDS.filter((kind) => !KIND_FILTER || KIND_FILTER.some((word) => kind.name.includes(word)));
const streams = new Map(KINDS.map((kind, i) => [kind.name, rng(99 + i)]));

/** The next query of `kind`, from the kind's own stream of draws. */
function draw(kind: QueryKind): SearchQuery {
  next = streams.get(kind.name)!;
  return toQuery(kind.make());
}

function toQuery(made: Made): SearchQuery {
  const query: SearchQuery = { ...parseSearchSyntax(made.q), limit: PAGE, offset: (made.page - 1) * PAGE };
  return made.sort ? { ...query, sort: made.sort } : query;
}

// -------------------------------------------------------------------------------------------------------------
// 1. generate

async function pgDatabase(): Promise<{ url: string; reused: boolean }> {
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  try {
    const url = `${PG_SERVER}/${PG_DATABASE}`;
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [PG_DATABASE]);
    if (exists.rowCount && process.env.BENCH_PG_KEEP) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const n = await client
        .query<{ n: number }>('SELECT count(*)::int AS n FROM articles')
        .then((r) => r.rows[0]!.n)
        .catch(() => 0)
        .finally(() => client.end());
      if (n === ARTICLES) return { url, reused: true };
    }
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DATABASE}`);
    await admin.query(`CREATE DATABASE ${PG_DATABASE}`);
    return { url, reused: false };
  } finally {
    await admin.end();
  }
}

async function dropPgDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_DATABASE}`).finally(() => admin.end());
}

// -------------------------------------------------------------------------------------------------------------
// 3. measure

interface Sample {
  ms: number[];
  /**
   * CPU time per query, whatever else the machine runs: for SQLite this process's, for PostgreSQL that of the
   * server's backends on `dateline_bench` when the server runs on this machine (see serverBackends).
   */
  cpuMs: number[];
  matches: number[];
  capped: boolean;
  /** Each query's wall time taken apart (tailReport). */
  parts: Parts[];
  /** Each query's page as compared with a baseline's (pageKey). */
  pages: string[];
}

/**
 * Where one query's wall time went: the server's backends on a core and runnable but waiting for one (schedstat's
 * run_delay), the same for this process's main thread (the pg client, or SQLite's whole search), and this
 * process's GC pauses (part of its CPU). What is left is time neither side ran nor waited for a core: I/O from
 * disk, locks, the network's wake-ups; below zero when both sides waited for a core at once. Beside it what the
 * backends read and wrote in files (/proc/…/io; socket traffic is not counted there): bytes read from the OS
 * (shared buffer misses), from the disk itself, and written (a dirty buffer evicted to make room, a temp file).
 */
interface Parts {
  start: number;
  wallMs: number;
  serverCpuMs: number | null;
  serverQueuedMs: number | null;
  clientCpuMs: number;
  clientQueuedMs: number;
  server: ServerIo | null;
}

/**
 * The backends serving `dateline_bench` on this machine (Linux), found by their process titles; none when the
 * server runs elsewhere or /proc is not readable. Their on-CPU time (schedstat, in ns) is the search's own on the
 * server side: the other store's connections are idle meanwhile, and a loaded box stretches wall time, not this.
 */
function serverBackends(): string[] {
  try {
    return readdirSync('/proc').filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${PG_DATABASE} `);
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

/** Nanoseconds a task has been on a core and runnable waiting for one (/proc/…/schedstat). */
interface SchedNs {
  cpu: number;
  queued: number;
}

/** Bytes a backend read (from the OS, and of those from the disk) and wrote (/proc/…/io). */
interface ServerIo {
  read: number;
  disk: number;
  written: number;
}

function schedNs(path: string): SchedNs {
  const [cpu, queued] = readFileSync(path, 'utf8').split(' ').map(Number);
  return { cpu: cpu ?? 0, queued: queued ?? 0 };
}

function serverIo(pid: string): ServerIo {
  const io = new Map(
    readFileSync(`/proc/${pid}/io`, 'utf8')
      .split('\n')
      .map((line) => line.split(': ') as [string, string]),
  );
  return { read: Number(io.get('rchar')), disk: Number(io.get('read_bytes')), written: Number(io.get('wchar')) };
}

/** Scheduler times and I/O of each of `backends` now; an exited one is left out. */
function serverCpuNs(backends: readonly string[]): Map<string, SchedNs & { io: ServerIo | null }> {
  const ns = new Map<string, SchedNs & { io: ServerIo | null }>();
  for (const pid of backends) {
    try {
      let io: ServerIo | null = null;
      try {
        io = serverIo(pid);
      } catch {
        // /proc/…/io is readable only by the server's user or root: times alone then.
      }
      ns.set(pid, { ...schedNs(`/proc/${pid}/schedstat`), io });
    } catch {
      // The backend exited: its time is lost, not counted twice.
    }
  }
  return ns;
}

/** This process's main thread (where the pg client and SQLite run); zeros where /proc cannot be read. */
function clientNs(): SchedNs {
  try {
    return schedNs('/proc/self/schedstat');
  } catch {
    return { cpu: 0, queued: 0 };
  }
}

/** Node's GC pauses as they are reported (start and end, performance.now() ms), for tailReport. */
const gcPauses: { start: number; end: number }[] = [];
const gcWatch = new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    gcPauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
});

/** Whether the server's backends can be watched at all: found once, after the warm-up opened them. */
let watchServer = false;

async function timed(store: Store, name: string, query: SearchQuery, into: Sample): Promise<void> {
  const inside = inProcess(name);
  // The backends are listed again before and after: the pool opens and closes connections as it likes, and a
  // backend opened during the search counts in full (its start is part of the search's cost).
  const s0 = inside || !watchServer ? null : serverCpuNs(serverBackends());
  const k0 = clientNs();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const page = await store.search(query);
  const cpu = process.cpuUsage(c0);
  const wallMs = performance.now() - t0;
  const k1 = clientNs();
  into.ms.push(wallMs);
  const server = { cpu: 0, queued: 0 };
  let io: ServerIo | null = null;
  if (inside) into.cpuMs.push((cpu.user + cpu.system) / 1000);
  else if (s0) {
    for (const [pid, now] of serverCpuNs(serverBackends())) {
      const was = s0.get(pid);
      server.cpu += now.cpu - (was?.cpu ?? 0);
      server.queued += now.queued - (was?.queued ?? 0);
      if (now.io) {
        io ??= { read: 0, disk: 0, written: 0 };
        io.read += now.io.read - (was?.io?.read ?? 0);
        io.disk += now.io.disk - (was?.io?.disk ?? 0);
        io.written += now.io.written - (was?.io?.written ?? 0);
      }
    }
    into.cpuMs.push(server.cpu / 1e6);
  }
  into.parts.push({
    start: t0,
    wallMs,
    serverCpuMs: s0 ? server.cpu / 1e6 : null,
    serverQueuedMs: s0 ? server.queued / 1e6 : null,
    clientCpuMs: (k1.cpu - k0.cpu) / 1e6,
    clientQueuedMs: (k1.queued - k0.queued) / 1e6,
    server: io,
  });
  into.pages.push(pageKey(page));
  into.matches.push(page.total);
  into.capped ||= page.totalIsLowerBound === true;
}

/** What a reader sees of a page, as one string: the total, and each hit's id, rank and snippet in order. */
function pageKey(page: Page<SearchHit>): string {
  return JSON.stringify([
    page.total,
    page.totalIsLowerBound ?? false,
    page.items.map((h) => [h.id, h.rank, h.snippet]),
  ]);
}

async function measure(stores: readonly { name: string; store: Store }[]): Promise<Map<string, Map<string, Sample>>> {
  // 2. warm
  for (const kind of MEASURED) for (const { store } of stores) await store.search(toQuery(kind.make()));
  watchServer = serverBackends().length > 0;
  const results = new Map<string, Map<string, Sample>>();
  for (const kind of MEASURED) {
    const empty = (): Sample => ({ ms: [], cpuMs: [], matches: [], capped: false, parts: [], pages: [] });
    const byStore = new Map(stores.map((s) => [s.name, empty()]));
    for (let i = 0; i < RUNS; i++) {
      const query = draw(kind);
      // Alternate which store goes first, so neither always runs right after the other.
      for (const { name, store } of i % 2 ? [...stores].reverse() : stores)
        await timed(store, name, query, byStore.get(name)!);
    }
    results.set(kind.name, byStore);
  }
  return results;
}

// -------------------------------------------------------------------------------------------------------------
// 4. report

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

const num = (v: number, width = 7) => v.toFixed(1).padStart(width);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
// The store whose CPU time is this process's: PostgreSQL works in its server's backends (serverBackends).
const inProcess = (name: string) => name.startsWith('SQLite');
const hasCpu = (name: string) => inProcess(name) || watchServer;

function report(stores: readonly { name: string }[], results: Map<string, Map<string, Sample>>, before: string): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `\n${ARTICLES} articles, ${RUNS} queries per kind, one at a time, ms (wall p50 and p99, ! = p99 over ` +
      `${TARGET_P99_MS} ms; CPU p99). Load average ${before} before, ${load()} after, ${cpus().length} cores.`,
  );
  const head = stores.map((s) => `${s.name.padStart(18)}     p99${hasCpu(s.name) ? '  cpu p99' : ''}   `).join('');
  out(`${'query kind'.padEnd(30)}${'matches'.padStart(8)} ${head}`);
  const worst = new Map(stores.map((s) => [s.name, 0]));
  for (const kind of MEASURED) {
    const byStore = results.get(kind.name)!;
    const first = byStore.get(stores[0]!.name)!;
    const matches = `${Math.round(quantile(first.matches, 0.5))}${first.capped ? '+' : ''}`;
    const cells = stores.map(({ name }) => {
      const s = byStore.get(name)!;
      const p99 = quantile(s.ms, 0.99);
      worst.set(name, Math.max(worst.get(name)!, p99));
      const cpu = hasCpu(name) ? num(quantile(s.cpuMs, 0.99), 9) : '';
      return `${num(quantile(s.ms, 0.5), 18)}${num(p99, 8)}${p99 < TARGET_P99_MS ? ' ' : '!'}${cpu}  `;
    });
    out(`${kind.name.padEnd(30)}${matches.padStart(8)} ${cells.join('')}`);
  }
  out('');
  for (const [name, ms] of worst)
    out(`${name}: worst p99 ${ms.toFixed(1)} ms (target < ${TARGET_P99_MS} ms for every kind)`);
  tailReport(stores, results);
  comparePages(stores, results);
}

/**
 * The slowest query of each kind and store, its wall time taken apart (Parts): a tail that is mostly CPU is work
 * to cut; one that is mostly waiting for a core is the machine's load; the rest is neither side running.
 */
function tailReport(stores: readonly { name: string }[], results: Map<string, Map<string, Sample>>): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const gcIn = (start: number, end: number) =>
    gcPauses.reduce((ms, p) => ms + Math.max(0, Math.min(end, p.end) - Math.max(start, p.start)), 0);
  out(
    `\nSlowest query of each kind, ms: wall = server cpu + queued + client cpu (gc within) + queued + rest; ` +
      `the server's KB read from the OS, from disk, and written; the time (UTC)`,
  );
  const heads = ['wall', 'srv cpu', 'queued', 'cli cpu', 'gc', 'queued', 'rest', 'read', 'disk', 'written'];
  out(`${'query kind'.padEnd(30)}${'store'.padEnd(18)}${heads.map((h) => h.padStart(8)).join('')}      at`);
  for (const kind of MEASURED) {
    for (const { name } of stores) {
      const parts = results.get(kind.name)!.get(name)!.parts;
      const slowest = parts.reduce((a, b) => (b.wallMs > a.wallMs ? b : a));
      const { wallMs, serverCpuMs, serverQueuedMs, clientCpuMs, clientQueuedMs } = slowest;
      const rest = wallMs - (serverCpuMs ?? 0) - (serverQueuedMs ?? 0) - clientCpuMs - clientQueuedMs;
      const cell = (v: number | null) => (v === null ? '-'.padStart(8) : num(v, 8));
      const kb = (bytes: number | undefined) => (bytes === undefined ? null : bytes / 1024);
      const at = new Date(performance.timeOrigin + slowest.start).toISOString().slice(11, 19);
      out(
        `${kind.name.padEnd(30)}${name.padEnd(18)}${[wallMs, serverCpuMs, serverQueuedMs, clientCpuMs]
          .map(cell)
          .join('')}${cell(gcIn(slowest.start, slowest.start + wallMs))}${cell(clientQueuedMs)}${cell(rest)}` +
          `${[slowest.server?.read, slowest.server?.disk, slowest.server?.written].map(kb).map(cell).join('')}  ${at}`,
      );
    }
  }
  // Every query over the target, all kinds together: what its time beyond CPU was.
  for (const { name } of stores) {
    const over = MEASURED.flatMap((kind) => results.get(kind.name)!.get(name)!.parts).filter(
      (p) => p.wallMs >= TARGET_P99_MS,
    );
    const sum = (part: (p: Parts) => number | null) => over.reduce((ms, p) => ms + (part(p) ?? 0), 0);
    const wall = sum((p) => p.wallMs);
    const cpu = sum((p) => p.clientCpuMs) + sum((p) => p.serverCpuMs);
    const queued = sum((p) => p.clientQueuedMs) + sum((p) => p.serverQueuedMs);
    out(
      `${name}: ${over.length} queries at ${TARGET_P99_MS} ms or more, ${wall.toFixed(0)} ms in all: CPU ` +
        `${cpu.toFixed(0)}, waiting for a core ${queued.toFixed(0)} (both sides, which can overlap), rest ` +
        `${(wall - cpu - queued).toFixed(0)}`,
    );
  }
}

/** With a baseline: every query's page from each store against its "before" (total, ids, ranks, snippets). */
function comparePages(stores: readonly { name: string }[], results: Map<string, Map<string, Sample>>): void {
  for (const { name } of stores.filter((s) => s.name.endsWith(' before'))) {
    const now = name.replace(/ before$/, '');
    let differ = 0;
    let queries = 0;
    for (const kind of MEASURED) {
      const [a, b] = [results.get(kind.name)!.get(now)!.pages, results.get(kind.name)!.get(name)!.pages];
      queries += a.length;
      const first = a.findIndex((page, i) => page !== b[i]);
      if (first < 0) continue;
      differ += a.filter((page, i) => page !== b[i]).length;
      process.stdout.write(`${now}: ${kind.name}, query ${first}: page differs from before\n`);
    }
    process.stdout.write(`${now} against ${name}: ${differ} of ${queries} pages differ\n`);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-search-'));
  const dbPath = process.env.BENCH_DB ?? join(dir, 'desk.db');
  const usePg = !process.env.BENCH_SKIP_PG && STORES.includes('postgres');
  const useSqlite = STORES.includes('sqlite');
  const stores: { name: string; store: Store }[] = [];
  gcWatch.observe({ entryTypes: ['gc'] });
  try {
    const baseline = process.env.BENCH_BASELINE
      ? ((await import(join(process.env.BENCH_BASELINE, 'src/store/open-store.ts'))) as { openStore: typeof openStore })
      : null;
    if (useSqlite) {
      if (existsSync(dbPath)) process.stdout.write(`SQLite: reusing ${dbPath}\n`);
      else {
        const seconds = await generateSqliteDesk(dbPath, ARTICLES);
        process.stdout.write(`SQLite: generated ${ARTICLES} articles in ${seconds.toFixed(1)} s\n`);
      }
      stores.push({ name: 'SQLite', store: await openStore({ kind: 'sqlite', path: dbPath }) });
      if (baseline)
        stores.push({ name: 'SQLite before', store: await baseline.openStore({ kind: 'sqlite', path: dbPath }) });
    }
    if (usePg) {
      const { url, reused } = await pgDatabase();
      if (reused) process.stdout.write(`PostgreSQL: reusing ${PG_DATABASE}\n`);
      else {
        const seconds = await generatePostgresDesk(url, ARTICLES);
        process.stdout.write(`PostgreSQL: generated ${ARTICLES} articles in ${seconds.toFixed(1)} s\n`);
      }
      stores.push({ name: 'PostgreSQL', store: await openStore({ kind: 'postgres', url }) });
      if (baseline)
        stores.push({ name: 'PostgreSQL before', store: await baseline.openStore({ kind: 'postgres', url }) });
    }
    const before = load();
    report(stores, await measure(stores), before);
  } finally {
    gcWatch.disconnect();
    for (const { store } of stores) await store.close();
    if (usePg && !process.env.BENCH_PG_KEEP) await dropPgDatabase();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
