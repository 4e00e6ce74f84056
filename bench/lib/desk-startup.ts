/**
 * Start-up of the story desk (`StoryDesk.open`, run when `dateline serve` starts) over a generated SQLite store:
 * the read of every stored article timed both ways in the same run — one `getArticle` per article (how the desk
 * read before) and one `getArticles` per batch — interleaved so machine noise falls on both, then the whole
 * warm `open` (sketches and stories already kept, as on a restart).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import type { Store, StoredArticle } from '../../src/store/port.js';
import { StoryDesk } from '../../src/stories/desk.js';
import { generateSqliteDesk } from './generated-desk.js';

const BATCH = 500;

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

/** Prints the start-up section of bench:stories for a desk of `n` generated articles. */
export async function deskStartup(n: number, rounds = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-desk-'));
  try {
    const path = join(dir, 'desk.db');
    const genSecs = await generateSqliteDesk(path, n);
    const store = await openStore({ kind: 'sqlite', path });
    const coldMs = await timed(() => StoryDesk.open(store));
    const counts = [await readOneByOne(store), await readBatched(store)];
    if (counts[0] !== n || counts[1] !== n) throw new Error(`bench: read ${counts.join(' and ')} of ${n} articles`);
    const one: number[] = [];
    const batched: number[] = [];
    const open: number[] = [];
    for (let r = 0; r < rounds; r++) {
      one.push(await timed(() => readOneByOne(store)));
      batched.push(await timed(() => readBatched(store)));
      open.push(await timed(() => StoryDesk.open(store)));
    }
    await store.close();
    const ms = (x: number): string => `${x.toFixed(0)} ms`;
    console.log(`\n## Desk start-up (${n} generated articles in SQLite, generated in ${genSecs.toFixed(1)} s)\n`);
    console.log(`| read of every article | median of ${rounds} |\n|---|---|`);
    console.log(`| list pages + one getArticle per article (the desk before, paged to the end) | ${ms(median(one))} |`);
    console.log(`| articleIds + one getArticles per ${BATCH} (the desk now) | ${ms(median(batched))} |`);
    console.log(`\nbatched / one-by-one: ${(median(batched) / median(one)).toFixed(2)}`);
    console.log(`StoryDesk.open: first (sketches and stories written) ${ms(coldMs)}; warm median ${ms(median(open))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
