/**
 * `npm run bench:serve`: how fast the web edition answers over a large desk.
 *
 * Stages:
 *  1. generate  — a temporary SQLite desk of 100,000 articles (one transaction through the store's own upsert).
 *  2. serve     — the server in a child process (so the load generator does not share its event loop).
 *  3. load      — autocannon, 50 connections: the article page (hot, and random across the desk), search, API.
 *  4. baseline  — nginx serving the same rendered article as a static file (one worker, like one Node process).
 *  5. report    — req/s, p99, and the article/nginx ratio against the targets.
 *
 * Env: BENCH_ARTICLES (default 100000), BENCH_SECONDS per run (default 8), BENCH_DB (a desk file to reuse
 * or to create and keep, for repeated runs; default a temporary one, removed after).
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { publishConfig } from '../src/publish/config.js';
import { silentLogger } from '../src/publish/deps.js';
import { startServer } from '../src/publish/start-server.js';
import { openStore } from '../src/store/open-store.js';
import { upsertSqlite } from '../src/store/sqlite/sqlite-upsert.js';
import type { Analysis, Article, Entity } from '../src/vocabulary.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const TARGETS = { articleRatio: 0.4, articleP99: 25, searchP99: 50 } as const;

// ---------------------------------------------------------------------------------------------------------------
// 1. generate

/** mulberry32: a seeded PRNG, so every run builds the same desk. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'an', 'el', 'or', 'ust', 'ber', 'dan', 'gor', 'hil'];
const NEWS_WORDS =
  'minister summit election border market talks ceiling storm flood court vote budget trade energy port rail strike deal treaty inflation'.split(
    ' ',
  );
const PLACES: readonly [string, number, number][] = [
  ['Pyongyang', 39.03, 125.75], ['Vladivostok', 43.12, 131.89], ['Berlin', 52.52, 13.4], ['Nairobi', -1.29, 36.82],
  ['Lima', -12.05, -77.04], ['Jakarta', -6.21, 106.85], ['Toronto', 43.65, -79.38], ['Madrid', 40.42, -3.7],
]; // prettier-ignore
const PEOPLE = ['Ana Ruiz', 'Kim Jong Un', 'Vladimir Putin', 'Amara Okafor', 'Lena Vogel', 'Ravi Menon'];
const ORGS = ['Reuters', 'TASS', 'KCNA', 'Yonhap', 'the Kremlin', 'the White House'];

function generateArticle(i: number, next: () => number): { article: Article; analysis: Analysis } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Two topic words per article (each in ~10% of the desk), the rest from ~4,000 made-up words (~3% each), so
  // queries match hundreds to thousands of articles as on a real desk rather than nearly all of them.
  const topics = [pick(NEWS_WORDS), pick(NEWS_WORDS)];
  const word = () =>
    next() < 0.04 ? pick(topics) : `${pick(SYLLABLES)}${pick(SYLLABLES)}${next() < 0.5 ? pick(SYLLABLES) : ''}`;
  const sentence = () => {
    const n = 8 + Math.floor(next() * 10);
    const words = Array.from({ length: n }, word);
    return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const paragraphs = Array.from({ length: 6 }, () => `${sentence()} ${sentence()}`);
  const [place, lat, lon] = pick(PLACES);
  const person = pick(PEOPLE);
  const org = pick(ORGS);
  paragraphs[0] = `${person} spoke in ${place} on the ${topics[0]}, ${org} reported. ${paragraphs[0]}`;
  const text = paragraphs.join('\n\n');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const outlet = `Outlet ${i % 50}`;
  const entity = (id: string, kind: Entity['kind'], name: string, extra: Partial<Entity> = {}): Entity => ({
    id,
    kind,
    name,
    aliases: [],
    mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }],
    ...extra,
  });
  return {
    article: {
      id: `bench-${i}`,
      url: `https://outlet${i % 50}.example/${i}`,
      canonicalUrl: null,
      siteName: outlet,
      title: `${sentence().slice(0, -1)} in ${place}`,
      description: sentence(),
      authors: [pick(PEOPLE)],
      dateline: { place, raw: `${place.toUpperCase()} -`, agency: null },
      publishedAt: `2024-${month}-${day}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      modifiedAt: null,
      language: 'en',
      section: 'World',
      tags: [],
      leadImage: { url: null, caption: sentence(), credit: org, alt: null },
      images: [],
      body: { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text, paragraphs },
      wordCount: text.split(/\s+/).length,
      contentHash: `bench${i}`.padEnd(64, '0'),
    },
    analysis: {
      version: 'bench',
      sentences: [],
      entities: [
        entity('p', 'person', person),
        entity('o', 'organization', org),
        entity('g', 'place', place, { lat, lon, countryCode: null }),
      ],
      attributions: [
        {
          id: 'a',
          speaker: { entityId: 'o', name: org, text: org, anonymous: false },
          via: [],
          cue: 'reported',
          content: paragraphs[0]!.slice(0, 80),
          quote: null,
          span: { start: 0, end: 80 },
          contentSpan: { start: 0, end: 80 },
        },
      ],
      quantities: [],
      dates: [],
    },
  };
}

async function generate(dbPath: string): Promise<number> {
  const started = performance.now();
  const store = await openStore({ kind: 'sqlite', path: dbPath });
  await store.close();
  // The bulk path: the store's own upsert, all rows in one transaction instead of one per article.
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const next = rng(42);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) upsertSqlite(db, { ...generateArticle(i, next), source: 'bench' }, now);
  })();
  db.close();
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. serve (the child half of this file)

async function serveChild(dbPath: string): Promise<void> {
  const store = await openStore({ kind: 'sqlite', path: dbPath });
  const server = await startServer(
    (url) => ({ store, config: publishConfig({ baseUrl: url }), clock: () => new Date(), logger: silentLogger }),
    { host: '127.0.0.1', port: 0 },
  );
  process.send!({ url: server.url });
  process.on('message', async () => {
    await server.close();
    await store.close();
    process.exit(0);
  });
}

function startChild(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve-child', dbPath], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, url: (m as { url: string }).url }));
    child.once('exit', (code) => reject(new Error(`bench: server exited early (${code})`)));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 3. load

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
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
  requests?: { setupRequest: (req: CannonRequest) => CannonRequest }[];
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  bad: number;
}

async function load(name: string, url: string, paths: () => string, seconds = SECONDS): Promise<Measured> {
  const requests = [{ setupRequest: (req: CannonRequest) => ({ ...req, path: paths() }) }];
  await autocannon({ url, connections: CONNECTIONS, duration: 1, requests }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. baseline

async function nginxStatic(dir: string, html: string): Promise<Measured | null> {
  if (spawnSync('nginx', ['-v']).error) {
    process.stderr.write('bench: nginx not installed (apt-get install -y nginx); skipping the baseline\n');
    return null;
  }
  const root = join(dir, 'www');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'article.html'), html);
  for (const p of [dir, root]) chmodSync(p, 0o755);
  chmodSync(join(root, 'article.html'), 0o644);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  default_type text/html;
  keepalive_requests 100000;
  server { listen 127.0.0.1:${port}; root ${root}; }
}
`,
  );
  const nginx = spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'inherit' });
  try {
    for (let i = 0; i < 50; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/article.html`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return await load('nginx static article', `http://127.0.0.1:${port}`, () => '/article.html');
  } finally {
    nginx.kill('SIGQUIT');
    await new Promise((r) => nginx.once('exit', r));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 5. report

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-serve-'));
  const dbPath = process.env.BENCH_DB ?? join(dir, 'desk.db');
  let child: ChildProcess | null = null;
  try {
    if (existsSync(dbPath)) process.stdout.write(`reusing ${dbPath}\n`);
    else process.stdout.write(`generated ${ARTICLES} articles in ${(await generate(dbPath)).toFixed(1)} s\n`);
    const started = await startChild(dbPath);
    child = started.child;
    const { url } = started;
    const next = rng(7);
    const hotPath = '/article/bench-1';
    const html = await (await fetch(`${url}${hotPath}`)).text();
    const terms = ['kalo', 'sani viel', 'summit', '"ruto kasa"', 'quoted:KCNA border', 'place:Berlin energy', 'mine'];
    // One warm-up over every route, so the first measured run does not pay for JIT and cold pages.
    await load(
      'warm-up',
      url,
      () => [hotPath, '/search?q=kalo', '/api/v1/articles/bench-2'][Math.floor(next() * 3)]!,
      2,
    );
    const results: Measured[] = [];
    results.push(await load('article page (one article)', url, () => hotPath));
    results.push(
      await load(`article page (random of ${ARTICLES})`, url, () => `/article/bench-${Math.floor(next() * ARTICLES)}`),
    );
    results.push(
      await load('search', url, () => `/search?q=${encodeURIComponent(terms[Math.floor(next() * terms.length)]!)}`),
    );
    results.push(
      await load('API article list', url, () => `/api/v1/articles?limit=20&offset=${Math.floor(next() * 50) * 20}`),
    );
    results.push(await load('API article', url, () => `/api/v1/articles/bench-${Math.floor(next() * ARTICLES)}`));
    const nginx = await nginxStatic(dir, html);
    if (nginx) results.push(nginx);

    process.stdout.write(`\n${CONNECTIONS} connections, ${SECONDS} s per run, ${ARTICLES} articles\n`);
    for (const r of results)
      process.stdout.write(
        `${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms${r.bad ? `   ${r.bad} errors/non-2xx` : ''}\n`,
      );
    const article = results[0]!;
    const search = results[2]!;
    if (nginx) {
      const ratio = article.rps / nginx.rps;
      process.stdout.write(
        `\narticle / nginx-static: ${(ratio * 100).toFixed(0)}% (target ≥ ${TARGETS.articleRatio * 100}%)\n`,
      );
    }
    process.stdout.write(
      `article p99 ${article.p99} ms (target < ${TARGETS.articleP99}); search p99 ${search.p99} ms (target < ${TARGETS.searchP99})\n`,
    );
  } finally {
    if (child) {
      child.send('stop');
      await new Promise((r) => child!.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve-child') await serveChild(process.argv[3]!);
else if (process.argv[2] === '--generate-only')
  process.stdout.write(`generated in ${(await generate(process.argv[3]!)).toFixed(1)} s\n`);
else await main();
