import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { MAX_PAGE } from '../store/search-plan.js';
import { makeAnalysis, makeArticle } from '../store/store-fixtures.js';
import { StoryDesk } from './desk.js';

const wire =
  'North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday by armoured train for his first summit ' +
  'with Russian President Vladimir Putin, officials said. The two leaders will discuss the stalled nuclear talks ' +
  'with Washington and economic cooperation, the Kremlin said, before talks on Russky Island on Thursday.';

describe('StoryDesk over the SQLite store', () => {
  it('persists placements and stories, and rebuilds them on reopen', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await store.migrate();
    const analysis = makeAnalysis([{ kind: 'person', name: 'Kim Jong Un' }]);
    // Top entities count only entities the text mentions.
    const at = wire.indexOf('Kim Jong Un');
    analysis.entities[0]!.mentions = [{ start: at, end: at + 'Kim Jong Un'.length, text: 'Kim Jong Un' }];
    const a = makeArticle({
      url: 'https://ap.example/kim',
      title: 'Kim arrives',
      text: wire,
      publishedAt: '2019-04-24T08:00:00Z',
    });
    const b = makeArticle({
      url: 'https://courier.example/kim',
      title: 'Kim in Russia',
      text: `Sign up for our newsletter.\n\n${wire}`,
      publishedAt: '2019-04-24T09:00:00Z',
    });
    const desk = await StoryDesk.open(store);
    for (const article of [a, b]) {
      const { id } = await store.upsertArticle({ article, analysis, source: 'test' });
      await desk.place((await store.getArticle(id))!);
    }
    expect(await store.getArticle(b.id)).toMatchObject({ storyId: a.id, duplicateOf: a.id });
    const story = await store.getStory(a.id);
    expect(story?.articleIds).toEqual([a.id, b.id]);
    expect(story?.topEntities).toEqual(['Kim Jong Un']);

    const reopened = await StoryDesk.open(store);
    expect(reopened.storyOf(b.id)).toBe(a.id);
    await store.close();
  });

  it('rebuilds from every stored article, past the size of one list page', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await store.migrate();
    const n = MAX_PAGE + 20;
    for (let i = 0; i < n; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await store.upsertArticle({
        article: makeArticle({
          url: `https://many.example/${i}`,
          title: `Report number ${i}`,
          text: `Report ${i} of ${n}: harbour ${i} quay ${i * 7} ferry ${i * 13} notice ${i * 31}.`,
          publishedAt: `2020-01-${day}T00:00:00Z`,
        }),
        source: 'test',
      });
    }
    const ids = await store.articleIds();
    expect(ids).toHaveLength(n);
    const desk = await StoryDesk.open(store);
    expect(ids.filter((id) => desk.storyOf(id) === null)).toEqual([]);
    for (const id of ids) expect((await store.getArticle(id))?.storyId).not.toBeNull();
    await store.close();
  });
});
