import { describe, expect, it } from 'vitest';
import type { SketchRow, Store, StoredArticle, StoryFiling } from '../store/port.js';
import type { Analysis, Article, Mention, Story } from '../vocabulary.js';
import { RECENT_MEMBERS, SAVE_NOW_MEMBERS, StoryDesk } from './desk.js';
import { resolveStory } from './resolve-story.js';

/** The part of the store port the desk uses, in memory. */
class MemoryStore {
  articles = new Map<string, StoredArticle>();
  stories = new Map<string, Story>();
  async articleIds(): Promise<string[]> {
    return [...this.articles.keys()];
  }
  async getArticle(id: string): Promise<StoredArticle | null> {
    return this.articles.get(id) ?? null;
  }
  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    return ids.flatMap((id) => this.articles.get(id) ?? []);
  }
  async getStory(id: string): Promise<Story | null> {
    return this.stories.get(id) ?? null;
  }
  async deleteStory(id: string): Promise<void> {
    this.stories.delete(id);
  }
  async setStory(id: string, storyId: string | null, duplicateOf: string | null = null): Promise<void> {
    const s = this.articles.get(id)!;
    this.articles.set(id, { ...s, storyId, duplicateOf });
  }
  async setStories(filings: readonly StoryFiling[]): Promise<void> {
    this.writes.push(filings.length);
    for (const f of filings) await this.setStory(f.articleId, f.storyId, f.duplicateOf);
  }
  /** Articles per `setStories`/`setSketches` call, in order. */
  writes: number[] = [];
  async saveStory(story: Story): Promise<void> {
    this.stories.set(story.id, story);
  }
  sketchRows = new Map<string, string>();
  async setSketch(id: string, sketch: string): Promise<void> {
    this.sketchRows.set(id, sketch);
  }
  async setSketches(rows: readonly SketchRow[]): Promise<void> {
    this.writes.push(rows.length);
    for (const r of rows) await this.setSketch(r.articleId, r.sketch);
  }
  async sketches(): Promise<Map<string, string>> {
    return new Map(this.sketchRows);
  }
}

const body =
  'North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday by armoured train for his first summit ' +
  'with Russian President Vladimir Putin, officials said. The two leaders will discuss the stalled nuclear talks ' +
  'with Washington and economic cooperation, the Kremlin said, before talks on Russky Island on Thursday.';

/** Every occurrence of `name` in `text`, as analysis would report its mentions. */
function mentionsIn(text: string, name: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    out.push({ start: at, end: at + name.length, text: name });
  return out;
}

function stored(id: string, outlet: string, publishedAt: string, title: string, text: string): StoredArticle {
  const analysis: Analysis = {
    version: 't',
    sentences: [],
    entities: [
      { id: 'e1', kind: 'person', name: 'Kim Jong Un', aliases: ['Kim'], mentions: mentionsIn(text, 'Kim Jong Un') },
      { id: 'e2', kind: 'place', name: 'Vladivostok', aliases: [], mentions: mentionsIn(text, 'Vladivostok') },
    ],
    attributions: [
      {
        id: 'a1',
        speaker: { entityId: null, name: 'the Kremlin', text: 'the Kremlin', anonymous: false },
        via: [],
        cue: 'said',
        content: 'the two leaders will discuss the stalled nuclear talks',
        quote: null,
        span: { start: 0, end: 10 },
        contentSpan: { start: 0, end: 10 },
      },
    ],
    quantities: [],
    dates: [],
  };
  const article = { id, title, publishedAt, url: null, body: { text, html: '', paragraphs: [text] } } as Article;
  return {
    article,
    analysis,
    outlet,
    source: 'test',
    ingestedAt: publishedAt,
    updatedAt: publishedAt,
    storyId: null,
    duplicateOf: null,
  };
}

describe('StoryDesk', () => {
  it('folds a syndicated copy, groups a report on the same event, persists stories with claims', async () => {
    const store = new MemoryStore();
    const desk = await StoryDesk.open(store as unknown as Store);
    const a = stored('a', 'AP', '2019-04-24T08:00:00Z', 'Kim arrives in Vladivostok for Putin summit', body);
    const b = stored('b', 'Courier', '2019-04-24T09:00:00Z', 'Kim in Russia', `Sign up for our newsletter.\n\n${body}`);
    for (const s of [a, b]) store.articles.set(s.article.id, s);
    expect(await desk.place(a)).toEqual({ storyId: 'a', duplicateOf: null });
    expect(await desk.place(b)).toEqual({ storyId: 'a', duplicateOf: 'a' });
    expect(store.articles.get('b')).toMatchObject({ storyId: 'a', duplicateOf: 'a' });
    const story = store.stories.get('a')!;
    expect(story).toMatchObject({
      articleIds: ['a', 'b'],
      outlets: ['AP', 'Courier'],
      firstSeen: '2019-04-24T08:00:00Z',
    });
    expect(story.topEntities).toEqual(['Kim Jong Un', 'Vladivostok']);
    expect(story.claims).toHaveLength(1);
    expect(story.claims[0]!.corroborated).toBe(false); // one wire story, two outlets: counts once
  });

  it('saves a big story when the batch settles, not after each of its new articles, and re-saves it on open', async () => {
    const store = new MemoryStore();
    const desk = await StoryDesk.open(store as unknown as Store);
    const n = SAVE_NOW_MEMBERS + 5;
    const all = Array.from({ length: n }, (_, i) =>
      stored(`a${i}`, `Outlet ${i}`, `2019-04-24T${String(i % 24).padStart(2, '0')}:00:00Z`, 'Kim in Russia', body),
    );
    for (const s of all) {
      store.articles.set(s.article.id, s);
      await desk.place(s);
    }
    const story = desk.storyOf('a0')!;
    expect(all.every((s) => store.articles.get(s.article.id)!.storyId === story)).toBe(true); // filed at once
    expect(store.stories.get(story)!.articleIds).toHaveLength(SAVE_NOW_MEMBERS); // saved up to the threshold
    await desk.settle();
    expect(store.stories.get(story)!.articleIds).toHaveLength(n);
    // A process that stopped before settling left the row behind its filings: the next open saves it again.
    store.stories.set(story, { ...store.stories.get(story)!, articleIds: ['a0'] });
    await StoryDesk.open(store as unknown as Store);
    expect(store.stories.get(story)!.articleIds).toHaveLength(n);
  });

  it('saves a story from the recent articles in hand, reading back only older members, and from the newest version', async () => {
    const store = new MemoryStore();
    const read: string[] = [];
    const getArticles = store.getArticles.bind(store);
    store.getArticles = async (ids) => (read.push(...ids), getArticles(ids));
    const desk = await StoryDesk.open(store as unknown as Store);
    const all = Array.from({ length: RECENT_MEMBERS + 3 }, (_, i) =>
      stored(`a${i}`, `Outlet ${i}`, `2019-04-24T${String(i % 24).padStart(2, '0')}:00:00Z`, 'Kim in Russia', body),
    );
    // One story of SAVE_NOW_MEMBERS members, saved on each placement without reading any of them back.
    for (const s of all.slice(0, SAVE_NOW_MEMBERS)) {
      store.articles.set(s.article.id, s);
      await desk.place(s);
    }
    expect(read).toEqual([]);
    const story = desk.storyOf('a0')!;
    expect(store.stories.get(story)!.articleIds).toHaveLength(SAVE_NOW_MEMBERS);
    // Placed again with another analysis: its story is saved from the new one.
    const renamed = structuredClone(all[0]!);
    renamed.analysis!.attributions[0]!.content = 'the two leaders agreed to meet again in the autumn';
    store.articles.set('a0', renamed);
    await desk.place(renamed);
    expect(store.stories.get(story)!.claims.map((c) => c.content)).toContain(
      renamed.analysis!.attributions[0]!.content,
    );
    // Past RECENT_MEMBERS placements, the members placed longest ago are read back when their story is saved.
    for (const s of all.slice(SAVE_NOW_MEMBERS)) {
      store.articles.set(s.article.id, s);
      await desk.place(s);
    }
    await desk.settle();
    expect(read.length).toBeGreaterThan(0);
    // a0 was placed again after a49: the three placed longest ago are a1-a3.
    expect(new Set(read)).toEqual(new Set(['a1', 'a2', 'a3']));
    expect(store.stories.get(story)!.articleIds).toHaveLength(all.length);
  });

  it('rebuilds the same stories from the store at start-up', async () => {
    const store = new MemoryStore();
    const a = stored('a', 'AP', '2019-04-24T08:00:00Z', 'Kim arrives in Vladivostok for Putin summit', body);
    const b = stored('b', 'Courier', '2019-04-24T07:00:00Z', 'Kim in Russia', `${body} More to follow.`);
    for (const s of [a, b]) store.articles.set(s.article.id, s);
    const desk = await StoryDesk.open(store as unknown as Store);
    // b is earlier: it is the canonical and the story is named after it.
    expect(store.articles.get('a')).toMatchObject({ storyId: 'b', duplicateOf: 'b' });
    expect(store.articles.get('b')).toMatchObject({ storyId: 'b', duplicateOf: null });
    expect(desk.storyOf('a')).toBe('b');
    expect(store.stories.get('b')!.articleIds).toEqual(['b', 'a']);
  });

  it("keeps each article's sketch in the store and uses the kept sketches when it rebuilds", async () => {
    const store = new MemoryStore();
    const a = stored('a', 'AP', '2019-04-24T08:00:00Z', 'Kim arrives in Vladivostok for Putin summit', body);
    const b = stored('b', 'Courier', '2019-04-24T07:00:00Z', 'Kim in Russia', `${body} More to follow.`);
    for (const s of [a, b]) store.articles.set(s.article.id, s);
    await StoryDesk.open(store as unknown as Store);
    expect([...store.sketchRows.keys()].sort()).toEqual(['a', 'b']);
    expect(store.writes).toEqual([2, 2]); // both sketches in one write, both filings in another
    // A rebuild reads the kept sketches: with b's text gone from memory, the copy is still folded under b.
    store.articles.set('b', { ...b, article: { ...b.article, body: { ...b.article.body, text: 'x' } } });
    const again = await StoryDesk.open(store as unknown as Store);
    expect(again.storyOf('a')).toBe('b');
    expect(store.articles.get('a')).toMatchObject({ duplicateOf: 'b' });
  });

  it('keeps the stored story id on rebuild, and deletes the stored row of a story its articles left', async () => {
    const store = new MemoryStore();
    const a = stored('a', 'AP', '2019-04-24T08:00:00Z', 'Kim arrives in Vladivostok for Putin summit', body);
    const b = stored('b', 'Courier', '2019-04-24T09:00:00Z', 'Kim in Russia', `${body} More to follow.`);
    // One story filed under two ids (say, two desks merged): it keeps one of them, the other row is deleted.
    store.articles.set('a', { ...a, storyId: 'x' });
    store.articles.set('b', { ...b, storyId: 'y' });
    for (const id of ['x', 'y'])
      await store.saveStory({ ...({} as Story), id, title: 'Old', articleIds: [id === 'x' ? 'a' : 'b'] } as Story);
    const desk = await StoryDesk.open(store as unknown as Store);
    expect(desk.storyOf('a')).toBe('x');
    expect([store.articles.get('a')!.storyId, store.articles.get('b')!.storyId]).toEqual(['x', 'x']);
    expect(store.stories.get('x')!.articleIds).toEqual(['a', 'b']);
    expect(store.stories.has('y')).toBe(false);
    // A later article joins under the kept id.
    const c = stored('c', 'Wire', '2019-04-24T10:00:00Z', 'Kim in Vladivostok', `Update. ${body}`);
    store.articles.set('c', c);
    expect((await desk.place(c)).storyId).toBe('x');
  });

  it('deletes a story merged away, and its old id leads to the story that holds its articles', async () => {
    const store = new MemoryStore();
    const a = stored('a', 'AP', '2019-04-24T08:00:00Z', 'Kim arrives in Vladivostok for Putin summit', body);
    const b = stored('b', 'Courier', '2019-04-24T09:00:00Z', 'Kim in Russia', `${body} More to follow.`);
    // Each was first placed alone (story ids are article ids), and the two stories are one.
    store.articles.set('a', { ...a, storyId: 'a' });
    store.articles.set('b', { ...b, storyId: 'b' });
    for (const id of ['a', 'b']) await store.saveStory({ ...({} as Story), id, title: id, articleIds: [id] } as Story);
    const desk = await StoryDesk.open(store as unknown as Store);
    const kept = desk.storyOf('a')!;
    const gone = kept === 'a' ? 'b' : 'a';
    expect(desk.storyOf(gone)).toBe(kept);
    expect(store.stories.has(gone)).toBe(false);
    expect(await resolveStory(store, gone)).toEqual({ kind: 'moved', storyId: kept });
    expect(await resolveStory(store, kept)).toMatchObject({ kind: 'story', story: { id: kept } });
    expect(await resolveStory(store, 'nope')).toEqual({ kind: 'missing' });
  });
});
