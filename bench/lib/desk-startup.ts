/**
 * Start-up of the story desk (`StoryDesk.open`, run when `dateline serve` starts) over a generated SQLite store:
 * the read of every stored article timed both ways in the same run — one `getArticle` per article (how the desk
 * read before) and one `getArticles` per batch — interleaved so machine noise falls on both; the writes of a first
 * start (every sketch and story filing) one statement per article (how the desk wrote before) and one batched
 * call each, interleaved the same way; then the whole warm `open` (sketches and stories already kept, as on a
 * restart). PostgreSQL, where each statement is a round trip, gets the same reads and writes and a first `open`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { SketchRow, Store, StoredArticle, StoryFiling } from '../../src/store/port.js';
import { StoryDesk } from '../../src/stories/desk.js';
import { generatePostgresDesk, generateSqliteDesk } from './generated-desk.js';

const BATCH = 500;
/** A database of its own, created and dropped by the run. */
const PG_DATABASE = 'dateline_bench_desk_startup';

/** The desk's read before: a list page of summaries, then one `getArticle` per article (paged to the end here). */
async function readOneByOne(store: Store): Promise<number> {
  let n = 0;
  for (let offset = 0; ;) {
    const page = await store.listArticles({ limit: BATCH, offset });
    if (!page.items.length) break;
    for (const summary of page.items) if (await store.getArticle(summary.id)) n++;
    offset += page.items.length;
  }
  return n;
}

/** The desk's read now: every id in one query, then one `getArticles` per batch. */
async function readBatched(store: Store): Promise<number> {
  const ids = await store.articleIds();
  const all: StoredArticle[] = [];
  for (let i = 0; i < ids.length; i += BATCH) all.push(...(await store.getArticles(ids.slice(i, i + BATCH))));
  return all.length;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ms = (x: number): string => `${x.toFixed(0)} ms`;

/** Times the two reads, interleaved; checks both read all `n`. */
async function compareReads(store: Store, n: number, rounds: number): Promise<{ one: number; batched: number }> {
  const counts = [await readOneByOne(store), await readBatched(store)];
  if (counts[0] !== n || counts[1] !== n) throw new Error(`bench: read ${counts.join(' and ')} of ${n} articles`);
  const one: number[] = [];
  const batched: number[] = [];
  for (let r = 0; r < rounds; r++) {
    one.push(await timed(() => readOneByOne(store)));
    batched.push(await timed(() => readBatched(store)));
  }
  return { one: median(one), batched: median(batched) };
}

/** What a first start writes: every article's sketch and story filing (read back from a desk already opened). */
interface DeskWrites {
  sketches: SketchRow[];
  filings: StoryFiling[];
}

async function deskWrites(store: Store): Promise<DeskWrites> {
  const kept = await store.sketches();
  const sketches = [...kept].map(([articleId, sketch]) => ({ articleId, sketch }));
  const filings: StoryFiling[] = [];
  const ids = await store.articleIds();
  for (let i = 0; i < ids.length; i += BATCH)
    for (const s of await store.getArticles(ids.slice(i, i + BATCH)))
      filings.push({ articleId: s.article.id, storyId: s.storyId, duplicateOf: s.duplicateOf });
  return { sketches, filings };
}

/** The desk's writes before: one `setSketch` and one `setStory` per article, each its own statement. */
async function writeOneByOne(store: Store, w: DeskWrites): Promise<void> {
  for (const r of w.sketches) await store.setSketch(r.articleId, r.sketch);
  for (const f of w.filings) await store.setStory(f.articleId, f.storyId, f.duplicateOf);
}

/** The desk's writes now: one `setSketches` and one `setStories`. */
async function writeBatched(store: Store, w: DeskWrites): Promise<void> {
  await store.setSketches(w.sketches);
  await store.setStories(w.filings);
}

/** Times the two ways of writing what a first start writes, interleaved, over the same rows. */
async function compareWrites(store: Store, n: number, rounds: number): Promise<{ one: number; batched: number }> {
  const w = await deskWrites(store);
  if (w.sketches.length !== n || w.filings.length !== n)
    throw new Error(`bench: ${w.sketches.length} sketches and ${w.filings.length} filings for ${n} articles`);
  const one: number[] = [];
  const batched: number[] = [];
  for (let r = 0; r < rounds; r++) {
    one.push(await timed(() => writeOneByOne(store, w)));
    batched.push(await timed(() => writeBatched(store, w)));
  }
  return { one: median(one), batched: median(batched) };
}

function printWrites(r: { one: number; batched: number }, n: number, rounds: number): void {
  console.log(`\n| writes of a first start (${n} sketches + ${n} filings) | median of ${rounds} |\n|---|---|`);
  console.log(`| one setSketch + one setStory per article (the desk before) | ${ms(r.one)} |`);
  console.log(`| one setSketches + one setStories (the desk now) | ${ms(r.batched)} |`);
  console.log(`\nbatched / one-by-one: ${(r.batched / r.one).toFixed(2)}`);
}

function printReads(title: string, r: { one: number; batched: number }, rounds: number): void {
  console.log(`\n${title}\n`);
  console.log(`| read of every article | median of ${rounds} |\n|---|---|`);
  console.log(`| list pages + one getArticle per article (the desk before, paged to the end) | ${ms(r.one)} |`);
  console.log(`| articleIds + one getArticles per ${BATCH} (the desk now) | ${ms(r.batched)} |`);
  console.log(`\nbatched / one-by-one: ${(r.batched / r.one).toFixed(2)}`);
}

/** Prints the start-up section of bench:stories for a desk of `n` generated articles (SQLite, then PostgreSQL). */
export async function deskStartup(n: number, rounds = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-desk-'));
  try {
    const path = join(dir, 'desk.db');
    const genSecs = await generateSqliteDesk(path, n);
    const store = await openStore({ kind: 'sqlite', path });
    const coldMs = await timed(() => StoryDesk.open(store));
    const reads = await compareReads(store, n, rounds);
    const writes = await compareWrites(store, n, rounds);
    const open: number[] = [];
    for (let r = 0; r < rounds; r++) open.push(await timed(() => StoryDesk.open(store)));
    await store.close();
    printReads(
      `## Desk start-up, SQLite (${n} generated articles, generated in ${genSecs.toFixed(1)} s)`,
      reads,
      rounds,
    );
    printWrites(writes, n, rounds);
    console.log(`StoryDesk.open: first (sketches and stories written) ${ms(coldMs)}; warm median ${ms(median(open))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await postgresReads(n, rounds);
}

/** The same reads over PostgreSQL, where each query is a round trip; skipped when no server answers. */
async function postgresReads(n: number, rounds: number): Promise<void> {
  const server = (process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
  const admin = new pg.Client({ connectionString: `${server}/postgres`, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    console.log('\nstories: no PostgreSQL server at BENCH_PG, its start-up reads skipped');
    return;
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DATABASE}`);
    await admin.query(`CREATE DATABASE ${PG_DATABASE}`);
    const url = `${server}/${PG_DATABASE}`;
    const genSecs = await generatePostgresDesk(url, n);
    const store = await openStore({ kind: 'postgres', url });
    try {
      const reads = await compareReads(store, n, rounds);
      // The generated rows have no sketches or stories yet: a first start writes them, then the writes are timed.
      const coldMs = await timed(() => StoryDesk.open(store));
      const writes = await compareWrites(store, n, rounds);
      printReads(
        `## Desk start-up, PostgreSQL (${n} generated articles, generated in ${genSecs.toFixed(1)} s)`,
        reads,
        rounds,
      );
      printWrites(writes, n, rounds);
      console.log(`StoryDesk.open: first (sketches and stories written) ${ms(coldMs)}`);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DATABASE}`).catch(() => undefined);
    await admin.end();
  }
}
