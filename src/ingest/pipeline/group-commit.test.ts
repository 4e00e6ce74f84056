import { describe, expect, it } from 'vitest';
import type { Store, UpsertInput, UpsertResult } from '../../store/port.js';
import { makeArticle } from '../../store/store-fixtures.js';
import { groupCommit } from './group-commit.js';

const input = (n: number): UpsertInput => ({
  article: makeArticle({ url: `https://a.example/${n}` }),
  source: `s${n}`,
});

/** A store that records its batches; the source 'bad' fails alone, 'down' fails the whole batch. */
function batchingStore(): { store: Store; batches: string[][] } {
  const batches: string[][] = [];
  const store = {
    upsertArticle: async () => ({ id: 'one', created: true }),
    upsertArticles: async (inputs: readonly UpsertInput[]) => {
      batches.push(inputs.map((i) => i.source));
      if (inputs.some((i) => i.source === 'down')) throw new Error('disk full');
      return inputs.map((i): UpsertResult | Error =>
        i.source === 'bad' ? new Error('bad row') : { id: i.source, created: true },
      );
    },
  } as unknown as Store;
  return { store, batches };
}

describe('groupCommit', () => {
  it('commits the pages queued within the wait together, each answered with its own result', async () => {
    const { store, batches } = batchingStore();
    const write = groupCommit(store, 16, 30);
    const one = write(input(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const first = await Promise.all([one, write(input(2)), write(input(3))]);
    expect(first.map((r) => r.id)).toEqual(['s1', 's2', 's3']);
    await write(input(4));
    expect(batches).toEqual([['s1', 's2', 's3'], ['s4']]);
  });

  it('writes the queued pages at once when flushed', async () => {
    const { store, batches } = batchingStore();
    const write = groupCommit(store, 16, 60_000);
    const pages = [write(input(1)), write(input(2))];
    await write.flush!();
    expect(batches).toEqual([['s1', 's2']]);
    expect((await Promise.all(pages)).map((r) => r.id)).toEqual(['s1', 's2']);
  });

  it('gives the commit of a queued page found by the same identity or URL, until it is written', async () => {
    const { store } = batchingStore();
    const write = groupCommit(store, 16, 60_000);
    const queued = write(input(1));
    const same = makeArticle({ url: 'https://a.example/1' });
    expect(write.queued!(same)).toBeInstanceOf(Promise);
    expect(write.queued!(makeArticle({ url: 'https://a.example/2' }))).toBeUndefined();
    // Found by its URL when it declares another canonical one.
    expect(
      write.queued!(makeArticle({ url: 'https://a.example/1', canonicalUrl: 'https://b.example/1' })),
    ).toBeDefined();
    await write.flush!();
    await queued;
    expect(write.queued!(same)).toBeUndefined();
  });

  it('writes at once when a batch is full', async () => {
    const { store, batches } = batchingStore();
    const write = groupCommit(store, 2);
    await Promise.all([1, 2, 3].map((n) => write(input(n))));
    expect(batches).toEqual([['s1', 's2'], ['s3']]);
  });

  it('fails only the page whose upsert failed, or every page of a batch that could not be written', async () => {
    const { store } = batchingStore();
    const write = groupCommit(store);
    const settled = await Promise.allSettled([write(input(1)), write({ ...input(2), source: 'bad' })]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
    const down = await Promise.allSettled([write(input(3)), write({ ...input(4), source: 'down' })]);
    expect(down.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : 'ok'))).toEqual([
      'disk full',
      'disk full',
    ]);
  });

  it('upserts one by one on a store without upsertArticles', async () => {
    const { store } = batchingStore();
    const plain = { upsertArticle: store.upsertArticle } as unknown as Store;
    expect(await groupCommit(plain)(input(1))).toEqual({ id: 'one', created: true });
  });
});
