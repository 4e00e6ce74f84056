import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import type { Store, StoredArticle } from '../../store/port.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { articleTime } from '../../stories/assemble-story.js';
import { clusterItemOf, StoryDesk } from '../../stories/desk.js';
import { seededRandom, shuffled } from '../../stories/scoring/rng.js';
import { StoryPlacer } from '../../stories/story-placer.js';
import { buildDemoDesk } from './build-demo-desk.js';

/** The sample corpus's three invented stories (see sample-corpus/README.md), told apart by their headlines. */
const STORIES: ReadonlyArray<[string, RegExp]> = [
  ['rotterdam strike', /rotterdam|dutch port/i],
  ['marseille wildfire', /marseille/i],
  ['hokkaido earthquake', /hokkaido|kushiro/i],
];

const storyOfTitle = (title: string | null): string =>
  STORIES.find(([, re]) => re.test(title ?? ''))?.[0] ?? `other: ${title}`;

/** Partition as sorted lists of headline story names, one per story: comparable across story ids. */
function partition(articles: readonly StoredArticle[], storyOf: (a: StoredArticle) => string | null): string[] {
  const groups = new Map<string, string[]>();
  for (const a of articles) {
    const s = storyOf(a) ?? `none: ${a.article.id}`;
    groups.set(s, [...(groups.get(s) ?? []), storyOfTitle(a.article.title)]);
  }
  return [...groups.values()].map((g) => g.sort().join(' + ')).sort();
}

/** What a clean clustering looks like: one story per invented story, each with all its articles. */
function expected(articles: readonly StoredArticle[]): string[] {
  return partition(articles, (a) => storyOfTitle(a.article.title));
}

async function allArticles(store: Store): Promise<StoredArticle[]> {
  const page = await store.listArticles({ limit: 500 });
  const out: StoredArticle[] = [];
  for (const s of page.items) out.push((await store.getArticle(s.id))!);
  return out;
}

describe('the demo desk', () => {
  let dir: string;
  let store: Store;
  let articles: StoredArticle[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-demo-'));
    const dbPath = join(dir, 'demo.db');
    const summary = await buildDemoDesk(dbPath);
    expect(summary.failed).toBe(0);
    store = await openStore({ kind: 'sqlite', path: dbPath });
    articles = await allArticles(store);
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('groups the sample corpus into its three stories as it ingests', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    const clean = expected(articles);
    expect(clean.filter((g) => !g.startsWith('other')).length).toBe(3);
    expect(partition(articles, (a) => a.storyId)).toEqual(clean);
  });

  it('keeps those stories, and their ids, when the desk rebuilds at start-up (time order, cold statistics)', async () => {
    const desk = await StoryDesk.open(store);
    const reread = await allArticles(store);
    // Story pages and story feeds keep their addresses across a restart.
    const ids = (xs: StoredArticle[]): string[] => xs.map((a) => `${a.article.id} ${a.storyId}`).sort();
    expect(ids(reread)).toEqual(ids(articles));
    expect(partition(reread, (a) => desk.storyOf(a.article.id))).toEqual(expected(reread));
    // The stored rows agree with the desk, and the story rows list exactly their articles.
    expect(partition(reread, (a) => a.storyId)).toEqual(expected(reread));
    for (const a of reread) expect((await store.getStory(a.storyId!))?.articleIds).toContain(a.article.id);
  });

  it('ends with the same stories when a fresh desk is fed in time order (it consolidates as statistics grow)', async () => {
    const fresh = new SqliteStore({ path: ':memory:' });
    await fresh.migrate();
    try {
      const desk = await StoryDesk.open(fresh);
      const byTime = [...articles].sort((a, b) => Date.parse(articleTime(a)) - Date.parse(articleTime(b)));
      for (const a of byTime) {
        const { id } = await fresh.upsertArticle({ article: a.article, analysis: a.analysis!, source: a.source });
        await desk.place((await fresh.getArticle(id))!);
      }
      const stored = await allArticles(fresh);
      expect(partition(stored, (a) => a.storyId)).toEqual(expected(stored));
      for (const a of stored) expect((await fresh.getStory(a.storyId!))?.articleIds).toContain(a.article.id);
    } finally {
      await fresh.close();
    }
  });

  it('finds the same stories whatever order the articles come in, once consolidated', () => {
    const clean = expected(articles);
    for (let seed = 1; seed <= 12; seed++) {
      const placer = new StoryPlacer();
      for (const a of shuffled(articles, seededRandom(seed))) placer.place(clusterItemOf(a));
      placer.consolidate();
      expect(
        partition(articles, (a) => placer.storyOf(a.article.id)),
        `order ${seed}`,
      ).toEqual(clean);
    }
  });
});
