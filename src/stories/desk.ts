/**
 * The story desk: places each stored article into a story and keeps the store's story rows up to date.
 *
 * Use (ingest, after each article is stored):
 * ```ts
 * const desk = await StoryDesk.open(store);          // once at start-up: rebuilds from stored articles
 * const stored = await store.getArticle(id);
 * if (stored) await desk.place(stored);              // → { storyId, duplicateOf }, already filed
 * await desk.settle();                               // when the batch ends: saves the big stories put off
 * ```
 * `open` replays every stored article in time order (publication date, else ingest time), so story ids and
 * copy folding come out the same on every start, then consolidates (merges the stories that the statistics of
 * the whole set show are one: the first articles of a replay were placed with near-empty statistics), and writes
 * back any article whose story changed, deleting the stories left with none (their ids still lead readers to their
 * articles' story: `resolve-story.ts`). `place` consolidates again each time the statistics are renewed (the
 * corpus has grown by half) while the desk is small, so a desk filled in any order ends with the same stories.
 * `place` calls are serialised, so concurrent callers are safe. Clustering itself stays pure (`StoryPlacer`); this
 * class is the I/O edge: it reads articles from the port and writes `setStories`/`setSketches`/`saveStory`, many
 * articles per write.
 */
import type { SketchRow, Store, StoredArticle, StoryFiling } from '../store/port.js';
import type { ClusterItem } from '../vocabulary.js';
import { adoptStoryIds } from './adopt-story-ids.js';
import { articleTime, assembleStory } from './assemble-story.js';
import { NearDuplicateIndex } from './near-duplicates/detector.js';
import type { Sketch } from './near-duplicates/minhash.js';
import { decodeSketch, encodeSketch } from './near-duplicates/sketch-codec.js';
import type { StoryMerge } from './clustering/streaming-clusterer.js';
import { StoryPlacer, type StoryPlacement } from './story-placer.js';

export interface DeskPlacement {
  storyId: string;
  duplicateOf: string | null;
}

/** What clustering reads of a stored article. */
export function clusterItemOf(s: StoredArticle): ClusterItem {
  return {
    id: s.article.id,
    title: s.article.title ?? '',
    text: s.article.body.text,
    // Not `articleTime`: an undated article's ingest time is no publication date, and would put it weeks away
    // from its story's coverage; undated items are placed without a time window.
    publishedAt: s.article.publishedAt ?? null,
    outlet: s.outlet,
    url: s.article.url,
    entities: (s.analysis?.entities ?? []).filter((e) => e.kind !== 'other').map((e) => e.name),
  };
}

/**
 * `place` consolidates at each IDF epoch only while the desk holds fewer articles than this. Splits from cold
 * statistics are made while a desk is small; the pass costs O(stories) (measured: 0.3 s at 10,000 articles
 * with other work on the machine, 4 stories compared each), so a large desk leaves it to the next start-up
 * rather than stall one placement for seconds. A cost bound, not a quality threshold.
 */
const INLINE_CONSOLIDATION_ARTICLES = 10_000;

/** Articles per query when reading the store at start-up: bounds the memory of one read, not the reads. */
const BATCH = 500;

/**
 * Members above which a story is not saved after each new article but when the batch ends (`settle`) or within
 * SAVE_DELAY_MS of its first unsaved change, whichever comes first. Saving assembles the story from every member (read back
 * from the store, entities ranked, claims merged), so saving it on every placement made filling one big story
 * quadratic: 600 similar articles into one story took 14 ms an article at the 100th and 70 ms at the 600th.
 */
export const SAVE_NOW_MEMBERS = 50;
/** How long a big story's save may wait for more of its articles. */
export const SAVE_DELAY_MS = 2000;

/**
 * Articles placed last that the desk keeps in hand for saving their stories again (57 KB of heap each on the
 * Scrapinghub development pages: 15 MB for all).
 * Coverage of one event arrives close together, so the members a save needs are mostly among them; reading a
 * member back parsed its article and analysis JSON (0.3-0.4 ms each), and a story of k members saved on every
 * placement read k - 1 of them each time.
 */
export const RECENT_MEMBERS = 256;

/** Articles placed between turns of the event loop while the desk opens: a few milliseconds of work each. */
const YIELD_EVERY = 200;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class StoryDesk {
  readonly #store: Store;
  readonly #placer = new StoryPlacer();
  /** story id (as the placer names it) → member article ids */
  readonly #members = new Map<string, Set<string>>();
  /** The placer's story id → the id stored and published, where they differ (ids kept across a rebuild). */
  #published = new Map<string, string>();
  #queue: Promise<unknown> = Promise.resolve();
  /** The placer's statistics epoch at the last consolidation. */
  #consolidatedEpoch = -1;
  /** Big stories (placer ids) changed since their last save. */
  readonly #unsaved = new Set<string>();
  /** The last RECENT_MEMBERS articles placed, by id, oldest first. */
  readonly #recent = new Map<string, StoredArticle>();
  #saveTimer: NodeJS.Timeout | null = null;

  private constructor(store: Store) {
    this.#store = store;
  }

  /** Opens the desk over a store, rebuilding every story from the stored articles. */
  static async open(store: Store): Promise<StoryDesk> {
    const desk = new StoryDesk(store);
    // Every id in one query, then the articles a batch per query: one `getArticle` per article cost a round
    // trip each (and a `listArticles` page, capped by the store, once stopped the read after its first page).
    const ids = await store.articleIds();
    const all: StoredArticle[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      // SQLite answers synchronously, so an await alone never lets a request in: yield a turn per batch.
      await yieldToEventLoop();
      all.push(...(await store.getArticles(ids.slice(i, i + BATCH))));
    }
    all.sort(
      (a, b) => Date.parse(articleTime(a)) - Date.parse(articleTime(b)) || a.ingestedAt.localeCompare(b.ingestedAt),
    );
    // Sketches kept in the store spare re-shingling every body; missing or stale ones are computed and kept.
    const kept = await store.sketches();
    const fresh: SketchRow[] = [];
    for (const [i, s] of all.entries()) {
      // Opened beside a serving web edition (story-hook.ts): give readers the event loop between slices.
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
      const encoded = kept.get(s.article.id);
      const sketch = encoded ? decodeSketch(encoded) : NearDuplicateIndex.sketchOf(s.article.body.text);
      desk.#placeInMemory(s, sketch);
      if (!encoded) fresh.push({ articleId: s.article.id, sketch: encodeSketch(sketch) });
    }
    // One write for all, not one per article: on a new store that is every article. bench:stories (startup,
    // 20,000 articles, sketches and filings): PostgreSQL 51.0 s one per article -> 4.2 s batched, SQLite 1.6 -> 0.5 s.
    await store.setSketches(fresh);
    desk.#consolidate();
    const storedStory = new Map(all.map((s) => [s.article.id, s.storyId]));
    desk.#published = adoptStoryIds(desk.#members, (id) => storedStory.get(id) ?? null);
    const changed = new Set<string>();
    const left = new Set<string>();
    const filings: StoryFiling[] = [];
    for (const s of all) {
      const story = desk.#placer.storyOf(s.article.id)!;
      const storyId = desk.#publicId(story);
      const duplicateOf = desk.#duplicateOf(s.article.id);
      if (s.storyId !== storyId || s.duplicateOf !== duplicateOf) {
        filings.push({ articleId: s.article.id, storyId, duplicateOf });
        changed.add(story);
        // The story it left must be saved again too, or its row keeps listing the article.
        if (s.storyId && s.storyId !== storyId) left.add(s.storyId);
      }
    }
    await store.setStories(filings);
    // A big story's save may have been put off when the last process stopped (a crash before its settle), with
    // its articles already filed: save every big story again, from the members in hand.
    for (const [story, members] of desk.#members) if (members.size > SAVE_NOW_MEMBERS) changed.add(story);
    // The members are all in hand: saving from them spares reading every changed story's articles again.
    const byId = new Map(all.map((s) => [s.article.id, s]));
    for (const story of changed) await desk.#save(story, byId);
    const held = new Set([...desk.#members.keys()].map((story) => desk.#publicId(story)));
    for (const id of left) if (!held.has(id)) await store.deleteStory(id);
    return desk;
  }

  /**
   * Places a stored article, persists its filing and returns where it went. Idempotent per article id. Its story
   * is saved too, unless it has more than SAVE_NOW_MEMBERS articles: then `settle` (or a timer) saves it.
   * `sketch`: its body's near-duplicate sketch (`NearDuplicateIndex.sketchOf`), when the caller made it already.
   */
  place(stored: StoredArticle, sketch?: Sketch): Promise<DeskPlacement> {
    return this.#serialised(() => this.#place(stored, sketch));
  }

  /** Saves every story whose save was put off. Ingest calls it when a batch ends. */
  settle(): Promise<void> {
    return this.#serialised(() => this.#saveUnsaved());
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Saves every put-off story. */
  async #saveUnsaved(): Promise<void> {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    for (const story of [...this.#unsaved]) await this.#save(story);
  }

  /**
   * Puts off saving a big story. A timer saves it within SAVE_DELAY_MS: a long batch into big stories still shows
   * them every few seconds, and a serve's single ingests have no batch end.
   */
  #putOff(story: string): void {
    this.#unsaved.add(story);
    if (this.#saveTimer) return;
    this.#saveTimer = setTimeout(() => {
      // A failure here has no caller to tell; the story is saved by the next settle, or rebuilt at the next open.
      void this.#serialised(() => this.#saveUnsaved()).catch(() => undefined);
    }, SAVE_DELAY_MS);
    // A CLI run ends with settle(); the timer must not keep a finished process alive.
    this.#saveTimer.unref();
  }

  async #place(stored: StoredArticle, made?: Sketch): Promise<DeskPlacement> {
    const sketch = made ?? NearDuplicateIndex.sketchOf(stored.article.body.text);
    const { placement: p, moved } = this.#placeInMemory(stored, sketch);
    const id = stored.article.id;
    await this.#store.setSketch(id, encodeSketch(sketch));
    const duplicateOf = this.#duplicateOf(id);
    const storyId = this.#publicId(p.storyId);
    await this.#store.setStories(
      [id, ...p.recanonicalised, ...moved].map((articleId) => ({
        articleId,
        storyId,
        duplicateOf: this.#duplicateOf(articleId),
      })),
    );
    // The article in hand and the recent ones need not be read back to save their stories.
    this.#keep(stored);
    for (const dropped of p.merged) await this.#save(dropped);
    if ((this.#members.get(p.storyId)?.size ?? 0) > SAVE_NOW_MEMBERS) this.#putOff(p.storyId);
    else await this.#save(p.storyId);
    if (this.#placer.epoch !== this.#consolidatedEpoch && this.#placer.articles < INLINE_CONSOLIDATION_ARTICLES) {
      const { merges, moved } = this.#consolidate();
      await this.#store.setStories(
        [...moved].map((m) => ({ articleId: m, storyId: this.storyOf(m), duplicateOf: this.#duplicateOf(m) })),
      );
      for (const story of new Set(merges.flatMap((m) => [m.from, m.into]))) await this.#save(story);
    }
    return { storyId: this.storyOf(id) ?? storyId, duplicateOf };
  }

  /** Keeps an article placed among the recent ones, as stored now (placing it again replaces it). */
  #keep(stored: StoredArticle): void {
    const id = stored.article.id;
    this.#recent.delete(id);
    this.#recent.set(id, stored);
    if (this.#recent.size > RECENT_MEMBERS) this.#recent.delete(this.#recent.keys().next().value!);
  }

  /** Merges the stories the current statistics show are one, in memory; returns them and the articles moved. */
  #consolidate(): { merges: StoryMerge[]; moved: Set<string> } {
    this.#consolidatedEpoch = this.#placer.epoch;
    const merges = this.#placer.consolidate();
    const moved = new Set<string>();
    for (const { from, into } of merges) {
      const members = this.#members.get(into) ?? new Set<string>();
      for (const m of this.#members.get(from) ?? []) {
        members.add(m);
        moved.add(m);
      }
      this.#members.set(into, members);
      this.#members.delete(from);
    }
    return { merges, moved };
  }

  /** Places in memory; returns the placement and the articles moved to its story by merges. */
  #placeInMemory(stored: StoredArticle, sketch: Sketch): { placement: StoryPlacement; moved: string[] } {
    const placement = this.#placer.place(clusterItemOf(stored), sketch);
    const members = this.#members.get(placement.storyId) ?? new Set<string>();
    const moved: string[] = [];
    for (const dropped of placement.merged) {
      for (const m of this.#members.get(dropped) ?? []) {
        members.add(m);
        moved.push(m);
      }
      this.#members.delete(dropped);
    }
    members.add(stored.article.id);
    this.#members.set(placement.storyId, members);
    return { placement, moved };
  }

  #duplicateOf(id: string): string | null {
    const c = this.#placer.canonicalOf(id);
    return c && c !== id ? c : null;
  }

  /** The id a story of the placer is stored and published under. */
  #publicId(story: string): string {
    return this.#published.get(story) ?? story;
  }

  /**
   * Saves a story from its members: those in `known` (at start-up, every article) or among the recent ones are
   * taken from hand, the others are read.
   */
  async #save(story: string, known: ReadonlyMap<string, StoredArticle> = this.#recent): Promise<void> {
    this.#unsaved.delete(story);
    const storyId = this.#publicId(story);
    const ids = [...(this.#members.get(story) ?? [])];
    // A story merged away is deleted; its old id still leads readers to its articles (`resolve-story.ts`).
    if (!ids.length) return this.#store.deleteStory(storyId);
    const missing = ids.filter((id) => !known.has(id));
    const members = [
      ...ids.flatMap((id) => known.get(id) ?? []),
      ...(missing.length ? await this.#store.getArticles(missing) : []),
    ];
    await this.#store.saveStory(assembleStory(storyId, members, (id) => this.#placer.canonicalOf(id) ?? id));
  }

  /** The (stored, published) story id of a placed article, or null. */
  storyOf(articleId: string): string | null {
    const story = this.#placer.storyOf(articleId);
    return story === null ? null : this.#publicId(story);
  }
}
