import { describe, expect, it } from 'vitest';
import type { Store } from '../store/port.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { makeAnalysis, makeArticle } from '../store/store-fixtures.js';
import { storyHook } from './story-hook.js';

/** A store whose first read (every article id, as the desk opens) waits until `release` is called. */
function slowStore(): { store: Store; release: (ids: string[]) => void; reads: string[] } {
  let release!: (ids: string[]) => void;
  const ids = new Promise<string[]>((resolve) => (release = resolve));
  const reads: string[] = [];
  const store = {
    articleIds: () => ids,
    getArticles: async () => [],
    sketches: async () => new Map(),
    setSketches: async () => undefined,
    setStories: async () => undefined,
    deleteStory: async () => undefined,
    getArticle: async (id: string) => {
      reads.push(id);
      return null;
    },
  } as unknown as Store;
  return { store, release, reads };
}

describe('storyHook', () => {
  it('is ready before the desk has opened, and a placement waits for the desk', async () => {
    const { store, release, reads } = slowStore();
    const hook = await storyHook(store); // resolves although articleIds() has not answered
    let placed = false;
    const placing = hook({ id: 'a1' }).then(() => (placed = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(placed).toBe(false);
    expect(reads).toEqual([]);
    release([]);
    await placing;
    expect(reads).toEqual(['a1']);
  });

  it('a desk that cannot open fails each placement with its error and reports it once', async () => {
    const errors: unknown[] = [];
    const store = { articleIds: async () => Promise.reject(new Error('disk gone')) } as unknown as Store;
    const hook = await storyHook(store, (err) => errors.push(err));
    await expect(hook({ id: 'a1' })).rejects.toThrow('disk gone');
    expect(errors.map((e) => (e as Error).message)).toEqual(['disk gone']);
  });

  it('places the article the store returned without reading it back', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await store.migrate();
    const hook = await storyHook(store);
    const article = makeArticle({ url: 'https://h.example/1', title: 'Bridge reopens after repairs' });
    const { id, stored } = await store.upsertArticle({ article, analysis: makeAnalysis([]), source: 't' });
    const reads: string[] = [];
    const getArticle = store.getArticle.bind(store);
    store.getArticle = async (read) => (reads.push(read), getArticle(read));
    await hook({ id, ...(stored ? { stored } : {}) });
    expect(stored).toBeDefined();
    expect(reads).toEqual([]);
    expect((await getArticle(id))?.storyId).not.toBeNull();
    await store.close();
  });
});
