/**
 * The store contract (STYLE.md §9): every Store implementation registers this suite with a harness that gives
 * each test an empty, migrated database. Only the port's behaviour is asserted, never a dialect's SQL.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './port.js';
import { makeAnalysis, makeArticle } from './store-fixtures.js';

export interface StoreHarness {
  store: Store;
  /** A second connection to the same database (for concurrency). */
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
}

/** A clock the tests move by hand, so ingest order and ingest-day fallbacks are deterministic. */
export class TestClock {
  #ms: number;
  constructor(iso: string) {
    this.#ms = Date.parse(iso);
  }
  readonly now = (): Date => new Date(this.#ms);
  tick(ms = 1000): void {
    this.#ms += ms;
  }
}

const HOSTILE_QUERIES = [
  '"',
  '"unbalanced phrase',
  '*',
  'train*',
  'NEAR(train summit, 3)',
  'NEAR(',
  '-train',
  'train -summit',
  "'; DROP TABLE articles; --",
  "O'Brien",
  '<script>alert(1)</script>',
  'title:train',
  'train AND OR NOT',
  '^train',
  '()',
  '\u0000',
  'x'.repeat(5000),
];

/** Registers the contract tests for one implementation. */
export function storeContract(name: string, open: (clock: TestClock) => Promise<StoreHarness>): void {
  describe(`store contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: Store;
    let clock: TestClock;

    beforeEach(async () => {
      clock = new TestClock('2024-05-01T12:00:00.000Z');
      harness = await open(clock);
      store = harness.store;
    });
    afterEach(async () => {
      await harness.dispose();
    });

    it('migrates idempotently', async () => {
      await store.migrate();
      await store.migrate();
      await store.upsertArticle({ article: makeArticle({ url: 'https://a.example/1' }), source: 'test' });
      await store.migrate();
      expect(await store.countArticles()).toBe(1);
    });

    it('creates an article once and updates it in place by canonical URL', async () => {
      const first = makeArticle({ canonicalUrl: 'https://news.example/a', url: 'https://news.example/a?utm=x' });
      const created = await store.upsertArticle({ article: first, source: 'feed' });
      expect(created.created).toBe(true);
      clock.tick();
      const changed = { ...first, url: 'https://m.news.example/a', title: 'Updated headline' };
      const updated = await store.upsertArticle({ article: changed, source: 'feed' });
      expect(updated).toMatchObject({ id: created.id, created: false });
      expect(await store.countArticles()).toBe(1);
      const stored = await store.getArticle(created.id);
      expect(stored?.article.title).toBe('Updated headline');
      expect(stored?.article.id).toBe(created.id);
      expect(stored!.updatedAt > stored!.ingestedAt).toBe(true);
    });

    it('deletes an article with its raw page and analysis, and finds it no more', async () => {
      const kept = await store.upsertArticle({ article: makeArticle({ url: 'https://a.example/kept' }), source: 't' });
      const article = makeArticle({ url: 'https://a.example/gone', title: 'Zanzibarish kiln story' });
      const raw = {
        source: 't',
        url: article.url,
        contentType: null,
        fetchedAt: clock.now().toISOString(),
        bytes: Buffer.from('<rss></rss>'),
      };
      const gone = await store.upsertArticle({
        article,
        analysis: makeAnalysis([{ kind: 'person', name: 'Ada Quill' }]),
        raw,
        source: 't',
      });
      expect(await store.deleteArticle(gone.id)).toBe(true);
      expect(await store.deleteArticle(gone.id)).toBe(false);
      expect(await store.getArticle(gone.id)).toBeNull();
      expect(await store.countArticles()).toBe(1);
      expect((await store.search({ text: 'Zanzibarish', limit: 10, offset: 0 })).total).toBe(0);
      const pages = [];
      for await (const p of store.rawPages()) pages.push(p.id);
      expect(pages).not.toContain(gone.id);
      expect(await store.getArticle(kept.id)).not.toBeNull();
    });

    it('keeps identity when a page first seen by URL later declares a canonical URL', async () => {
      const byUrl = makeArticle({ url: 'https://news.example/story#top' });
      const first = await store.upsertArticle({ article: byUrl, source: 'feed' });
      const withCanonical = { ...byUrl, canonicalUrl: 'https://news.example/canonical-story' };
      const second = await store.upsertArticle({ article: withCanonical, source: 'page' });
      expect(second).toMatchObject({ id: first.id, created: false });
      expect(await store.findArticleId('https://news.example/canonical-story')).toBe(first.id);
      expect(await store.findArticleId('https://news.example/story')).toBe(first.id);
      expect(await store.findArticleId('https://news.example/unknown')).toBeNull();
    });

    it('identifies an article without URLs by its content hash', async () => {
      const a = makeArticle({ text: 'Same words exactly.', title: 'First' });
      const first = await store.upsertArticle({ article: a, source: 'stdin' });
      const second = await store.upsertArticle({ article: { ...a, title: 'Second' }, source: 'stdin' });
      const other = await store.upsertArticle({ article: makeArticle({ text: 'Other words.' }), source: 'stdin' });
      expect(first.created).toBe(true);
      expect(second).toMatchObject({ id: first.id, created: false });
      expect(other.created).toBe(true);
      expect(other.id).not.toBe(first.id);
      expect(await store.countArticles()).toBe(2);
    });

    it('returns null for an unknown article and the whole stored record for a known one', async () => {
      expect(await store.getArticle('nope')).toBeNull();
      const analysis = makeAnalysis([{ kind: 'person', name: 'Kim Jong Un' }]);
      const article = makeArticle({ url: 'https://www.example.org/x', authors: ['A. Writer'], text: 'Nul\u0000 byte' });
      const { id } = await store.upsertArticle({ article, analysis, source: 'https://www.example.org/feed' });
      const stored = await store.getArticle(id);
      expect(stored?.article).toEqual({ ...article, id });
      expect(stored?.analysis).toEqual(analysis);
      expect(stored?.outlet).toBe('example.org');
      expect(stored?.source).toBe('https://www.example.org/feed');
      expect(stored?.storyId).toBeNull();
      expect(stored?.duplicateOf).toBeNull();
      expect(stored?.ingestedAt).toBe('2024-05-01T12:00:00.000Z');
    });

    it('returns the article as getArticle reads it back, when it returns it at all', async () => {
      const article = makeArticle({ url: 'https://r.example/1', authors: ['A. Writer'] });
      const analysis = makeAnalysis([{ kind: 'person', name: 'Kim Jong Un' }]);
      const created = await store.upsertArticle({ article, analysis, source: 'feed' });
      if (created.stored) expect(created.stored).toEqual(await store.getArticle(created.id));
      await store.setStory(created.id, 'story-1', 'other-id');
      clock.tick();
      const updated = await store.upsertArticle({ article: { ...article, title: 'New' }, analysis, source: 'feed' });
      if (updated.stored) expect(updated.stored).toEqual(await store.getArticle(created.id));
      const kept = await store.upsertArticle({ article: { ...article, title: 'Newer' }, source: 'feed' });
      if (kept.stored) expect(kept.stored).toEqual(await store.getArticle(created.id));
    });

    it('keeps the analysis on a re-upsert without one, and drops it when the body changed', async () => {
      const article = makeArticle({ url: 'https://e.example/1', text: 'Original body.' });
      const analysis = makeAnalysis([{ kind: 'place', name: 'Pyongyang' }]);
      const { id } = await store.upsertArticle({ article, analysis, source: 's' });
      await store.upsertArticle({ article: { ...article, title: 'Retitled' }, source: 's' });
      expect((await store.getArticle(id))?.analysis).toEqual(analysis);
      await store.upsertArticle({
        article: makeArticle({ url: 'https://e.example/1', text: 'New body.' }),
        source: 's',
      });
      expect((await store.getArticle(id))?.analysis).toBeNull();
      expect(await store.search({ text: '', place: 'Pyongyang', limit: 10 })).toMatchObject({ total: 0 });
    });

    it('lists newest first with unknown dates last, filtered and paged', async () => {
      const add = async (n: number, publishedAt: string | null, siteName: string, language: string) => {
        clock.tick();
        const article = makeArticle({ url: `https://x.example/${n}`, title: `T${n}`, publishedAt, siteName, language });
        return (await store.upsertArticle({ article, source: 'test' })).id;
      };
      await add(1, '2024-04-01T10:00:00+09:00', 'Alpha', 'en');
      await add(2, null, 'Beta', 'en');
      await add(3, '2024-04-03', 'Alpha', 'ko');
      await add(4, '2024-04-02T23:00:00-05:00', 'Beta', 'en'); // 04-03 04:00Z, after item 3's midnight
      await add(5, null, 'Alpha', 'en'); // ingested after 2: first among the undated
      const all = await store.listArticles({ limit: 10 });
      expect(all.items.map((a) => a.title)).toEqual(['T4', 'T3', 'T1', 'T5', 'T2']);
      expect(all.total).toBe(5);
      expect(all.items[0]?.publishedAt).toBe('2024-04-02T23:00:00-05:00');
      const paged = await store.listArticles({ limit: 2, offset: 2 });
      expect(paged.items.map((a) => a.title)).toEqual(['T1', 'T5']);
      expect(paged.total).toBe(5);
      const alpha = await store.listArticles({ outlet: 'Alpha', limit: 10 });
      expect(alpha.items.map((a) => a.title)).toEqual(['T3', 'T1', 'T5']);
      const korean = await store.listArticles({ language: 'KO', limit: 10 });
      expect(korean.items.map((a) => a.title)).toEqual(['T3']);
      expect(korean.total).toBe(1);
    });

    it("gives a saved page's canonical address as its summary URL when it was never fetched", async () => {
      const saved = makeArticle({ canonicalUrl: 'https://x.example/saved', title: 'Saved', text: 'Kept offline.' });
      const fetched = makeArticle({
        url: 'https://x.example/fetched?ref=feed',
        canonicalUrl: 'https://x.example/fetched',
        title: 'Fetched',
        text: 'Fetched online.',
      });
      await store.upsertArticle({ article: saved, source: 'saved.html' });
      await store.upsertArticle({ article: fetched, source: 'https://x.example/fetched?ref=feed' });
      const urls = (await store.listArticles({ limit: 10 })).items.map((a) => [a.title, a.url]);
      expect(Object.fromEntries(urls)).toEqual({
        Saved: 'https://x.example/saved',
        Fetched: 'https://x.example/fetched?ref=feed',
      });
      const hit = (await store.search({ text: 'offline', limit: 10 })).items[0];
      expect(hit?.url).toBe('https://x.example/saved');
    });

    it('ranks title matches first and marks matches in an escaped snippet', async () => {
      await store.upsertArticle({
        article: makeArticle({
          url: 'https://s.example/body',
          title: 'Summit diplomacy',
          text: 'Officials said the armoured train <script>alert(1)</script> crossed the border & stopped.',
        }),
        source: 't',
      });
      await store.upsertArticle({
        article: makeArticle({
          url: 'https://s.example/title',
          title: 'Armoured train reaches Vladivostok',
          text: 'A summit.',
        }),
        source: 't',
      });
      await store.upsertArticle({
        article: makeArticle({ url: 'https://s.example/none', title: 'Weather', text: 'Rain later.' }),
        source: 't',
      });
      const hits = await store.search({ text: 'train', limit: 10 });
      expect(hits.total).toBe(2);
      expect(hits.items.map((h) => h.url)).toEqual(['https://s.example/title', 'https://s.example/body']);
      expect(hits.items[0]!.rank).toBeGreaterThan(hits.items[1]!.rank);
      const body = hits.items[1]!.snippet;
      expect(body).toContain('<mark>train</mark>');
      expect(body).toContain('&lt;script&gt;');
      expect(body).not.toContain('<script>');
      expect(body).toContain('&amp;');
      expect(body.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      const stemmed = await store.search({ text: 'trains', limit: 10 });
      expect(stemmed.total).toBe(2);
    });

    it('keeps quoted phrases and never lets a hostile query through as syntax', async () => {
      await store.upsertArticle({
        article: makeArticle({ url: 'https://p.example/1', text: "The freight train left O'Brien's yard." }),
        source: 't',
      });
      await store.upsertArticle({
        article: makeArticle({ url: 'https://p.example/2', text: 'The train carried freight to the summit.' }),
        source: 't',
      });
      const phrase = await store.search({ text: '"freight train"', limit: 10 });
      expect(phrase.items.map((h) => h.url)).toEqual(['https://p.example/1']);
      const words = await store.search({ text: 'freight train', limit: 10 });
      expect(words.total).toBe(2);
      for (const text of HOSTILE_QUERIES) {
        const page = await store.search({ text, limit: 5 });
        expect(Array.isArray(page.items), text).toBe(true);
        for (const hit of page.items) expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }
      expect((await store.search({ text: '-train', limit: 5 })).total).toBe(2);
      // OR is a word here, not an operator: nothing carries both words.
      expect((await store.search({ text: 'train OR nothingmatches', limit: 5 })).total).toBe(0);
      expect(await store.countArticles()).toBe(2);
    });

    it('reads a dangling AND, OR or NOT as the stop word it is, alike on every backend', async () => {
      const add = async (n: number, text: string) =>
        (await store.upsertArticle({ article: makeArticle({ url: `https://o.example/${n}`, text }), source: 't' })).id;
      const cart = await add(1, 'A cart or a barrow stood by the gate.');
      const carts = await add(2, 'Carts are not allowed past here.');
      await add(3, 'Rain later.');
      const ids = async (text: string, outlet?: string) =>
        (await store.search({ text, outlet, limit: 10 })).items.map((h) => h.id).sort();
      const both = [cart, carts].sort();
      for (const text of ['cart OR', 'OR cart', 'NOT cart', 'cart AND', 'the cart', '"the cart"', 'cart "or"']) {
        expect(await ids(text), text).toEqual(both);
      }
      // Only stop words, nothing else asked: no article, not every article.
      for (const text of ['a OR', 'OR', 'AND NOT', '"or a"', 'the']) {
        expect(await store.search({ text, limit: 10 }), text).toEqual({ items: [], total: 0 });
      }
      // With a filter, the filter alone decides.
      expect((await ids('a OR', 'o.example')).length).toBe(3);
    });

    it('reads a stop word inside a quoted phrase as a place, not a word, alike on every backend', async () => {
      const add = async (n: number, text: string) =>
        (await store.upsertArticle({ article: makeArticle({ url: `https://s.example/${n}`, text }), source: 't' })).id;
      const exact = await add(1, 'The envoy spoke in Tarnow on Monday.');
      const other = await add(2, 'The envoy spoke at Tarnow on Monday.');
      const close = await add(3, 'The envoy spoke Tarnow dialect.');
      const turned = await add(4, 'In Tarnow spoke the envoy.');
      await add(5, 'The envoy spoke for an hour in Tarnow.');
      const york = await add(6, 'The Duke of New York arrived.');
      await add(7, 'The duke flew out to New York.');
      const ids = async (text: string) => (await store.search({ text, limit: 10 })).items.map((h) => h.id).sort();
      // PostgreSQL does not index "in", so neither store asks for it: the words either side stand at most one
      // word apart, in either order ("spoke … Tarnow" two words apart does not match).
      expect(await ids('"spoke in Tarnow"')).toEqual([exact, other, close, turned].sort());
      expect(await ids('"spoke on the Tarnow"')).toEqual([exact, other, close, turned].sort());
      expect(await ids('"duke of New York"')).toEqual([york]);
      expect(await ids('"duke of York New"')).toEqual([]);
      // Without a stop word inside, a phrase stays exact.
      expect(await ids('"New York arrived"')).toEqual([york]);
    });

    it('finds a word written with punctuation inside as it is printed, alike on every backend', async () => {
      const add = async (n: number, text: string) =>
        (await store.upsertArticle({ article: makeArticle({ url: `https://w.example/${n}`, text }), source: 't' })).id;
      const quake = await add(1, 'A magnitude 6.8 quake shook U.S. bases; the COVID-19 ward at harwick.org emptied.');
      await add(2, 'Six or eight towns in the US saw covid cases; Harwick has an org chart.');
      const ids = async (text: string) => (await store.search({ text, limit: 10 })).items.map((h) => h.id);
      for (const text of ['6.8', 'U.S. bases', 'COVID-19', 'harwick.org', '"magnitude 6.8 quake"', '"U.S. bases"'])
        expect(await ids(text), text).toEqual([quake]);
    });

    it('sorts search by date, newest first, when asked, and by relevance otherwise', async () => {
      const add = async (n: number, title: string, text: string, publishedAt: string | null) =>
        (
          await store.upsertArticle({
            article: makeArticle({ url: `https://s.example/${n}`, title, text, publishedAt }),
            source: 't',
          })
        ).id;
      const oldest = await add(
        1,
        'Ferry strike halts ferry crossings',
        'The ferry strike stopped every ferry.',
        '2024-01-05',
      );
      const newest = await add(2, 'Council budget', 'A ferry timetable was mentioned once.', '2024-03-20T09:00:00Z');
      const middle = await add(3, 'Harbour works', 'Work on the ferry pier began.', '2024-02-11');
      await add(4, 'Unrelated', 'Nothing about boats here.', '2024-04-01');
      const ids = async (q: { text: string; sort?: 'relevance' | 'date'; offset?: number; outlet?: string }) =>
        (await store.search({ limit: 10, ...q })).items.map((h) => h.id);
      expect((await ids({ text: 'ferry' }))[0]).toBe(oldest);
      expect(await ids({ text: 'ferry', sort: 'relevance' })).toEqual(await ids({ text: 'ferry' }));
      expect(await ids({ text: 'ferry', sort: 'date' })).toEqual([newest, middle, oldest]);
      expect(await ids({ text: 'ferry', sort: 'date', offset: 1 })).toEqual([middle, oldest]);
      const page = await store.search({ text: 'ferry', sort: 'date', limit: 2 });
      expect(page.total).toBe(3);
      expect(page.items[0]!.snippet).toContain('<mark>');
      // Without words the list is newest first either way.
      const outlet = page.items[0]!.outlet;
      expect(await ids({ text: '', outlet, sort: 'date' })).toEqual(await ids({ text: '', outlet }));
      await expect(store.search({ text: 'ferry', sort: 'newest' as 'date', limit: 10 })).rejects.toThrow(
        /^store: search "sort" must be relevance or date/,
      );
    });

    it('filters search by the publisher day, falling back to the ingest day', async () => {
      const add = async (n: number, publishedAt: string | null) =>
        store.upsertArticle({
          article: makeArticle({ url: `https://d.example/${n}`, text: `Budget talks ${n}.`, publishedAt }),
          source: 't',
        });
      await add(1, '2024-03-31T23:30:00-05:00'); // printed on the 31st though it is April 1st in UTC
      await add(2, '2024-04-01');
      await add(3, null); // ingested 2024-05-01
      const urls = async (from?: string, to?: string) =>
        (await store.search({ text: 'budget', from, to, limit: 10 })).items.map((h) => h.url).sort();
      expect(await urls('2024-03-31', '2024-03-31')).toEqual(['https://d.example/1']);
      expect(await urls('2024-04-01')).toEqual(['https://d.example/2', 'https://d.example/3']);
      expect(await urls(undefined, '2024-04-01')).toEqual(['https://d.example/1', 'https://d.example/2']);
      expect(await urls('2024-05-01T00:00:00Z', '2024-05-01')).toEqual(['https://d.example/3']);
      await expect(store.search({ text: 'budget', from: 'last week', limit: 10 })).rejects.toThrow(/^store:/);
    });

    it('filters by outlet, language and analysis: quoted, about (by alias), place', async () => {
      const kim = { kind: 'person' as const, name: 'Kim Jong Un', aliases: ['Kim'] };
      const a = await store.upsertArticle({
        article: makeArticle({ url: 'https://f.example/1', siteName: 'Wire', text: 'Train news one.' }),
        analysis: makeAnalysis(
          [kim, { kind: 'place', name: 'Vladivostok' }, { kind: 'organization', name: 'KCNA' }],
          ['KCNA'],
        ),
        source: 't',
      });
      const b = await store.upsertArticle({
        article: makeArticle({
          url: 'https://f.example/2',
          siteName: 'Daily',
          language: 'ko',
          text: 'Train news two, from Vladivostok Smith.',
        }),
        analysis: makeAnalysis([{ kind: 'person', name: 'Vladivostok Smith' }], ['Kim Jong Un']),
        source: 't',
      });
      const ids = async (q: Record<string, string>) =>
        (await store.search({ text: 'train', limit: 10, ...q })).items.map((h) => h.id).sort();
      expect(await ids({ quoted: 'kcna' })).toEqual([a.id]);
      expect(await ids({ quoted: 'Kim Jong Un' })).toEqual([b.id]);
      expect(await ids({ about: 'kim' })).toEqual([a.id]);
      // A name finds every entity whose name holds it as a word: the place and "Vladivostok Smith".
      expect(await ids({ about: 'Vladivostok' })).toEqual([a.id, b.id].sort());
      expect(await ids({ place: 'vladivostok' })).toEqual([a.id]);
      expect(await ids({ place: 'Vladivostok Smith' })).toEqual([]);
      expect(await ids({ outlet: 'Daily' })).toEqual([b.id]);
      expect(await ids({ language: 'en' })).toEqual([a.id]);
      const onlyFilters = await store.search({ text: '', about: 'Kim Jong Un', limit: 10 });
      expect(onlyFilters.items.map((h) => h.id)).toEqual([a.id]);
      expect(onlyFilters.items[0]?.snippet).toContain('Train news one.');
    });

    it('finds quoted:, about: and place: by a word of a name or alias, whole words only', async () => {
      const add = async (n: number, entities: Parameters<typeof makeAnalysis>[0], speakers: string[] = []) =>
        (
          await store.upsertArticle({
            // The names are in the text, as the analysis finds them there.
            article: makeArticle({
              url: `https://w.example/${n}`,
              text: `Harbour notes ${n}: ${entities.map((e) => e.name).join(', ')}.`,
            }),
            analysis: makeAnalysis(entities, speakers),
            source: 't',
          })
        ).id;
      const jansen = await add(
        1,
        [{ kind: 'person', name: 'Marieke Jansen', aliases: ['Jansen'] }],
        ['Marieke Jansen'],
      );
      const kims = await add(2, [
        { kind: 'person', name: 'Kim Jong Un' },
        { kind: 'person', name: 'Kim Yo Jong' },
        { kind: 'place', name: 'Port Elizabeth' },
      ]);
      const hart = await add(
        3,
        [
          { kind: 'person', name: 'Kimberly Hart' },
          { kind: 'place', name: 'Elizabethtown' },
        ],
        ['Kimberly Hart'],
      );
      const dae = await add(4, [{ kind: 'person', name: 'Kim Dae-jung' }], ['Kim Dae-jung']);
      // Both paths: filters alone (newest first) and beside words (ranked).
      for (const text of ['', 'harbour']) {
        const ids = async (q: Record<string, string>) =>
          (await store.search({ text, limit: 10, ...q })).items.map((h) => h.id).sort();
        const expectIds = async (q: Record<string, string>, want: string[]) =>
          expect(await ids(q), `${text} ${JSON.stringify(q)}`).toEqual([...want].sort());
        await expectIds({ quoted: 'Marieke' }, [jansen]);
        await expectIds({ quoted: 'marieke jansen' }, [jansen]);
        await expectIds({ about: 'MARIEKE' }, [jansen]);
        // Several entities hold the word: the articles of any of them; "Kimberly" does not hold "Kim".
        await expectIds({ about: 'Kim' }, [kims, dae]);
        await expectIds({ about: 'jong' }, [kims]);
        // A name of several words (or with a hyphen) finds itself exactly, as before.
        await expectIds({ about: 'Jong Un' }, []);
        await expectIds({ about: 'Kim Jong Un' }, [kims]);
        await expectIds({ about: 'dae' }, [dae]);
        await expectIds({ about: 'Kim Dae-jung' }, [dae]);
        await expectIds({ quoted: 'Kim' }, [dae]);
        await expectIds({ quoted: 'Kimberly' }, [hart]);
        await expectIds({ place: 'Elizabeth' }, [kims]);
        await expectIds({ place: 'Kim' }, []);
        await expectIds({ about: 'im' }, []);
        await expectIds({ about: 'Hart', place: 'Elizabethtown' }, [hart]);
        await expectIds({ about: 'Kim', quoted: 'Jansen' }, []);
        // Pattern characters of either dialect are only characters.
        for (const name of ['*', '[a', '(', '\\', '%', '_', '.*', "'", 'k?m']) await expectIds({ about: name }, []);
      }
    });

    it('finds a name by a word no article text prints, and a word between punctuation or a stop word', async () => {
      const add = async (n: number, entities: Parameters<typeof makeAnalysis>[0], speakers: string[] = []) =>
        (
          await store.upsertArticle({
            // Texts that print none of the names' words: the names are found by the names alone.
            article: makeArticle({ url: `https://n.example/${n}`, text: `Quayside ledger ${n}.` }),
            analysis: makeAnalysis(entities, speakers),
            source: 't',
          })
        ).id;
      const quint = await add(1, [{ kind: 'person', name: 'Orsolya Quintavalle' }], ['Orsolya Quintavalle']);
      const dotted = await add(2, [
        { kind: 'organization', name: 'Brevik.com News' },
        { kind: 'place', name: 'St.Ambrose Quay' },
      ]);
      const will = await add(3, [{ kind: 'person', name: 'Will Farrow' }], ["Will O'Hara"]);
      for (const text of ['', 'quayside']) {
        const ids = async (q: Record<string, string>) =>
          (await store.search({ text, limit: 10, ...q })).items.map((h) => h.id).sort();
        const expectIds = async (q: Record<string, string>, want: string[]) =>
          expect(await ids(q), `${text} ${JSON.stringify(q)}`).toEqual([...want].sort());
        await expectIds({ quoted: 'quintavalle' }, [quint]);
        await expectIds({ about: 'Orsolya' }, [quint]);
        await expectIds({ about: 'brevik' }, [dotted]);
        await expectIds({ about: 'com' }, [dotted]);
        await expectIds({ place: 'ambrose' }, [dotted]);
        await expectIds({ about: 'will' }, [will]);
        await expectIds({ quoted: 'hara' }, [will]);
        await expectIds({ quoted: 'Farrow' }, []);
      }
      // A name re-analysed away leaves its key behind, which then matches no article.
      await store.upsertArticle({
        article: makeArticle({ url: 'https://n.example/1', text: 'Quayside ledger 1.' }),
        analysis: makeAnalysis([], []),
        source: 't',
      });
      expect((await store.search({ text: '', quoted: 'quintavalle', limit: 10 })).items).toEqual([]);
    });

    it('finds entities by name or alias across articles', async () => {
      const kim = { kind: 'person' as const, name: 'Kim Jong Un', aliases: ['Kim Jong-un'] };
      for (const n of [1, 2]) {
        await store.upsertArticle({
          article: makeArticle({ url: `https://n.example/${n}`, text: `Body ${n}` }),
          analysis: makeAnalysis([kim]),
          source: 't',
        });
      }
      const found = await store.entity('person', 'kim jong-un');
      expect(found?.ref).toEqual({ kind: 'person', name: 'Kim Jong Un', articleCount: 2 });
      expect(found?.articles).toHaveLength(2);
      expect(await store.entity('place', 'Kim Jong Un')).toBeNull();
      expect(await store.entity('person', 'Nobody')).toBeNull();
      const { id } = await store.upsertArticle({ article: makeArticle({ text: 'Late analysis.' }), source: 't' });
      await store.setAnalysis(id, makeAnalysis([kim]));
      expect((await store.entity('person', 'Kim Jong Un'))?.ref.articleCount).toBe(3);
      await expect(store.setAnalysis('missing', makeAnalysis([]))).rejects.toThrow(/^store:/);
    });

    it('counts outlets: site name, else host without www, else Unknown outlet', async () => {
      await store.upsertArticle({
        article: makeArticle({ url: 'https://o.example/1', siteName: 'Yonhap' }),
        source: 't',
      });
      await store.upsertArticle({ article: makeArticle({ url: 'https://www.tass.example/2' }), source: 't' });
      await store.upsertArticle({ article: makeArticle({ url: 'https://tass.example/3' }), source: 't' });
      await store.upsertArticle({ article: makeArticle({ text: 'From a file.' }), source: 'dump.txt' });
      expect(await store.outlets()).toEqual([
        { outlet: 'tass.example', count: 2 },
        { outlet: 'Unknown outlet', count: 1 },
        { outlet: 'Yonhap', count: 1 },
      ]);
    });

    it('round-trips raw pages byte for byte, in ingest order', async () => {
      const pages = [randomBytes(70_000), new TextEncoder().encode('<html>ünïcødé</html>'), new Uint8Array(0)];
      const ids: string[] = [];
      for (const [i, bytes] of pages.entries()) {
        const raw = {
          source: `file${i}.html`,
          url: `https://r.example/${i}`,
          contentType: 'text/html; charset=utf-8',
          headers: { etag: `"${i}"` },
          fetchedAt: '2024-05-01T00:00:00Z',
          bytes,
        };
        ids.push((await store.upsertArticle({ article: makeArticle({ url: raw.url }), raw, source: raw.source })).id);
      }
      await store.upsertArticle({ article: makeArticle({ url: 'https://r.example/no-raw' }), source: 't' });
      const seen: Array<{ id: string; bytes: Uint8Array; headers?: Record<string, string> }> = [];
      for await (const { id, raw } of store.rawPages()) seen.push({ id, bytes: raw.bytes, headers: raw.headers });
      expect(seen.map((s) => s.id)).toEqual(ids);
      seen.forEach((s, i) => {
        expect(Buffer.from(s.bytes).equals(Buffer.from(pages[i]!))).toBe(true);
        expect(s.headers).toEqual({ etag: `"${i}"` });
      });
    });

    it('saves, lists and files stories', async () => {
      const { id } = await store.upsertArticle({ article: makeArticle({ url: 'https://st.example/1' }), source: 't' });
      const { id: copy } = await store.upsertArticle({
        article: makeArticle({ url: 'https://st.example/2' }),
        source: 't',
      });
      const story = (sid: string, lastUpdated: string | null) => ({
        id: sid,
        title: `Story ${sid}`,
        articleIds: [id],
        outlets: ['st.example'],
        firstSeen: '2024-04-01T00:00:00Z',
        lastUpdated,
        topEntities: ['Kim Jong Un'],
        claims: [],
      });
      await store.saveStory(story('s1', '2024-04-02T00:00:00Z'));
      await store.saveStory(story('s2', '2024-04-03T00:00:00Z'));
      await store.saveStory({ ...story('s1', '2024-04-04T00:00:00Z'), title: 'Story s1, updated' });
      expect(await store.getStory('s1')).toEqual({
        ...story('s1', '2024-04-04T00:00:00Z'),
        title: 'Story s1, updated',
      });
      expect(await store.getStory('nope')).toBeNull();
      expect(await store.listStories(10)).toEqual([]); // no article is filed under either story yet
      await store.setStory(id, 's1');
      await store.setStory(copy, 's2');
      expect((await store.listStories(10)).map((s) => s.id)).toEqual(['s1', 's2']);
      expect(await store.listStories(1)).toHaveLength(1);
      // Paged like articles: the second page of one holds the next story; the count is of listed stories only.
      expect((await store.listStories(1, 1)).map((s) => s.id)).toEqual(['s2']);
      expect(await store.listStories(10, 2)).toEqual([]);
      expect(await store.countStories()).toBe(2);
      await store.setStory(copy, 's1', id);
      expect((await store.listStories(10)).map((s) => s.id)).toEqual(['s1']); // s2 was left empty
      expect(await store.countStories()).toBe(1);
      expect((await store.listArticles({ storyId: 's1', limit: 10 })).total).toBe(2);
      expect((await store.getArticle(copy))?.duplicateOf).toBe(id);
      await store.setStory(copy, null);
      expect((await store.getArticle(copy))?.duplicateOf).toBe(id);
      expect((await store.getArticle(copy))?.storyId).toBeNull();
      await expect(store.setStory('missing', 's1')).rejects.toThrow(/^store:/);
      await store.deleteStory('s2');
      await store.deleteStory('never-saved');
      expect(await store.getStory('s2')).toBeNull();
      expect((await store.getStory('s1'))?.id).toBe('s1');
      expect((await store.getArticle(copy))?.duplicateOf).toBe(id); // articles are left as they were
    });

    it('reads several articles in one call, in the order asked, skipping unknown ids', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push(
          (await store.upsertArticle({ article: makeArticle({ url: `https://many.example/${i}` }), source: 't' })).id,
        );
      await store.setStory(ids[1]!, 's1');
      const got = await store.getArticles([ids[2]!, 'missing', ids[0]!, ids[1]!]);
      expect(got.map((s) => s.article.id)).toEqual([ids[2], ids[0], ids[1]]);
      expect(got[2]).toEqual(await store.getArticle(ids[1]!));
      expect(await store.getArticles([])).toEqual([]);
      expect(await store.articleIds()).toEqual(ids); // every id, in ingest order
      // Past a list page: `articleIds` is the whole store, never one page of it.
      for (let i = 3; i < 205; i++)
        await store.upsertArticle({ article: makeArticle({ url: `https://many.example/${i}` }), source: 't' });
      const all = await store.articleIds();
      expect(all).toHaveLength(205);
      expect((await store.getArticles(all)).map((s) => s.article.id)).toEqual(all);
    });

    it('keeps near-duplicate sketches while the article text is unchanged', async () => {
      const url = 'https://sk.example/1';
      const { id } = await store.upsertArticle({ article: makeArticle({ url, text: 'First text.' }), source: 't' });
      await store.setSketch(id, 'AAAA');
      await store.setSketch(id, 'BBBB');
      expect(await store.sketches()).toEqual(new Map([[id, 'BBBB']]));
      await expect(store.setSketch('missing', 'CCCC')).rejects.toThrow(/^store:/);
      // New text under the same URL: the kept sketch describes the old text, so it is no longer returned.
      await store.upsertArticle({ article: makeArticle({ url, text: 'Second, different text.' }), source: 't' });
      expect(await store.sketches()).toEqual(new Map());
    });

    it('files stories and keeps sketches for many articles in one write, all or none', async () => {
      const [a, b, c] = await Promise.all(
        [1, 2, 3].map(async (i) => {
          const article = makeArticle({ url: `https://batch.example/${i}`, text: `Batch text ${i}.` });
          return (await store.upsertArticle({ article, source: 't' })).id;
        }),
      );
      await store.setStories([
        { articleId: a!, storyId: 's1', duplicateOf: null },
        { articleId: b!, storyId: 's1', duplicateOf: a! },
        { articleId: c!, storyId: 's2', duplicateOf: null },
        { articleId: c!, storyId: 's1', duplicateOf: null }, // listed twice: the last filing wins
      ]);
      const filed = async () =>
        (await store.getArticles([a!, b!, c!])).map((s) => [s.article.id, s.storyId, s.duplicateOf]);
      expect(await filed()).toEqual([
        [a, 's1', null],
        [b, 's1', a],
        [c, 's1', null],
      ]);
      const withMissing = [
        { articleId: a!, storyId: 's9', duplicateOf: null },
        { articleId: 'missing', storyId: 's9', duplicateOf: null },
      ];
      await expect(store.setStories(withMissing)).rejects.toThrow(/^store:.*missing/);
      expect((await filed())[0]).toEqual([a, 's1', null]); // nothing of the failed batch was written
      await store.setStories([]);

      await store.setSketches([
        { articleId: a!, sketch: 'A1' },
        { articleId: b!, sketch: 'B1' },
        { articleId: a!, sketch: 'A2' },
      ]);
      expect(await store.sketches()).toEqual(
        new Map([
          [a!, 'A2'],
          [b!, 'B1'],
        ]),
      );
      const sketchesWithMissing = [
        { articleId: c!, sketch: 'C1' },
        { articleId: 'missing', sketch: 'X' },
      ];
      await expect(store.setSketches(sketchesWithMissing)).rejects.toThrow(/^store:.*missing/);
      expect((await store.sketches()).has(c!)).toBe(false);
      await store.setSketches([]);
    });

    it('keeps a rendered page for its render key, and drops it in the transaction that changes the article', async () => {
      const url = 'https://pages.example/1';
      const { id } = await store.upsertArticle({
        article: makeArticle({ url }),
        analysis: makeAnalysis([]),
        source: 't',
      });
      expect(await store.articlePage('missing', 'k1')).toBeNull();
      const first = await store.articlePage(id, 'k1');
      expect(first).toEqual({ revision: expect.any(Number), page: null });
      const gzip = new Uint8Array(randomBytes(3000));
      const page = { renderKey: 'k1', etag: 'W/"e1"', lastModified: 'Wed, 01 May 2024 12:00:00 GMT', size: 9000, gzip };
      expect(await store.putArticlePages([{ ...page, articleId: id, revision: first!.revision }])).toBe(1);
      const stored = await store.articlePage(id, 'k1');
      expect(stored?.revision).toBe(first!.revision);
      expect({ ...stored!.page!, gzip: null }).toEqual({ ...page, gzip: null });
      expect(Buffer.from(stored!.page!.gzip).equals(Buffer.from(gzip))).toBe(true);
      // Another build or other settings: the same revision, no page.
      expect(await store.articlePage(id, 'k2')).toEqual({ revision: first!.revision, page: null });
      // A second connection sees it, and a change made there drops it here.
      const other = await harness.reopen();
      try {
        expect((await other.articlePage(id, 'k1'))?.page?.etag).toBe('W/"e1"');
        await other.setStory(id, 's1');
      } finally {
        await other.close();
      }
      const afterFiling = await store.articlePage(id, 'k1');
      expect(afterFiling?.page).toBeNull();
      expect(afterFiling!.revision).toBeGreaterThan(first!.revision);

      // Every change of what getArticle returns drops the page: ingest again, a new analysis, a story filing.
      const changes: [string, () => Promise<unknown>][] = [
        ['ingest again', () => (clock.tick(), store.upsertArticle({ article: makeArticle({ url }), source: 't' }))],
        ['new analysis', () => store.setAnalysis(id, makeAnalysis([{ kind: 'person', name: 'Ana Ruiz' }]))],
        ['story filing', () => store.setStories([{ articleId: id, storyId: 's2', duplicateOf: null }])],
        ['duplicate of', () => store.setStory(id, 's2', 'another-article')],
        ['story left', () => store.setStory(id, null)],
      ];
      for (const [name, change] of changes) {
        const before = (await store.articlePage(id, 'k1'))!.revision;
        expect(await store.putArticlePages([{ ...page, articleId: id, revision: before }]), name).toBe(1);
        await change();
        const after = await store.articlePage(id, 'k1');
        expect(after?.page, name).toBeNull();
        expect(after!.revision, name).toBeGreaterThan(before);
        // A page rendered from the article as it was is refused.
        expect(await store.putArticlePages([{ ...page, articleId: id, revision: before }]), name).toBe(0);
        expect((await store.articlePage(id, 'k1'))?.page, name).toBeNull();
      }
      // A filing that changes nothing keeps the page (the story desk refiles at start-up).
      const kept = (await store.articlePage(id, 'k1'))!.revision;
      await store.putArticlePages([{ ...page, articleId: id, revision: kept }]);
      await store.setStories([{ articleId: id, storyId: null, duplicateOf: 'another-article' }]);
      expect((await store.articlePage(id, 'k1'))?.page?.etag).toBe('W/"e1"');
      expect(await store.putArticlePages([{ ...page, articleId: 'missing', revision: 0 }])).toBe(0);
      expect(await store.putArticlePages([])).toBe(0);
    });

    it('walks the articles for pages to render, newest first, a bounded step at a time', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++)
        ids.push(
          (await store.upsertArticle({ article: makeArticle({ url: `https://due.example/${i}` }), source: 't' })).id,
        );
      const newest = [...ids].reverse();
      const walk = async (key: string, limit: number) => {
        const steps: string[][] = [];
        let from: string | undefined;
        do {
          const step = await store.unrenderedArticles(key, limit, from);
          steps.push(step.articles.map((a) => a.id));
          from = step.next ?? undefined;
        } while (from !== undefined);
        return steps;
      };
      expect(await walk('k1', 2)).toEqual([newest.slice(0, 2), newest.slice(2, 4), newest.slice(4)]);
      expect(await walk('k1', 5)).toEqual([newest, []]);
      const page = { renderKey: 'k1', etag: 'W/"e"', lastModified: 'x', size: 1, gzip: new Uint8Array([1, 2]) };
      const revision = (id: string) => store.articlePage(id, 'k1').then((found) => found!.revision);
      const put = async (articleIds: string[]) =>
        store.putArticlePages(
          await Promise.all(
            articleIds.map(async (articleId) => ({ ...page, articleId, revision: await revision(articleId) })),
          ),
        );
      await put([ids[1]!, ids[3]!]);
      // Each step still looks at `limit` articles; those with a current page are left out.
      expect(await walk('k1', 2)).toEqual([[ids[4]], [ids[2]], [ids[0]]]);
      expect((await walk('k2', 10)).flat()).toEqual(newest); // another render key: every page is due
      await store.setStory(ids[3]!, 's1');
      const { articles } = await store.unrenderedArticles('k1', 10);
      expect(articles.map((a) => a.id)).toEqual([ids[4], ids[3], ids[2], ids[0]]);
      expect(articles[1]!.revision).toBe(await revision(ids[3]!));
      await put(ids);
      expect(await store.unrenderedArticles('k1', 10)).toEqual({ articles: [], next: null });
    });

    it('adds, lists, updates and removes feeds', async () => {
      await store.addFeed('https://feeds.example/a.xml', 'A');
      clock.tick();
      await store.addFeed('https://feeds.example/b.xml');
      await store.addFeed('https://feeds.example/a.xml');
      await store.updateFeed('https://feeds.example/b.xml', { etag: '"v1"', lastFetchedAt: '2024-05-01T12:00:00Z' });
      await store.updateFeed('https://feeds.example/unknown.xml', { etag: 'x' });
      expect(await store.listFeeds()).toEqual([
        {
          url: 'https://feeds.example/a.xml',
          title: 'A',
          etag: null,
          lastModified: null,
          lastFetchedAt: null,
          lastError: null,
        },
        {
          url: 'https://feeds.example/b.xml',
          title: null,
          etag: '"v1"',
          lastModified: null,
          lastFetchedAt: '2024-05-01T12:00:00Z',
          lastError: null,
        },
      ]);
      await store.updateFeed('https://feeds.example/b.xml', { etag: null, lastError: 'fetch: timeout' });
      expect((await store.listFeeds())[1]).toMatchObject({ etag: null, lastError: 'fetch: timeout' });
      // A refresh saves the feed's own title (feeds list shows it).
      await store.updateFeed('https://feeds.example/b.xml', { title: 'Riverbend Post — World' });
      expect((await store.listFeeds())[1]).toMatchObject({
        title: 'Riverbend Post — World',
        lastError: 'fetch: timeout',
      });
      expect(await store.removeFeed('https://feeds.example/a.xml')).toBe(true);
      expect(await store.removeFeed('https://feeds.example/a.xml')).toBe(false);
      expect((await store.listFeeds()).map((f) => f.url)).toEqual(['https://feeds.example/b.xml']);
    });

    it('stores one article under concurrent upserts from two connections', async () => {
      const other = await harness.reopen();
      try {
        const article = makeArticle({ canonicalUrl: 'https://c.example/race', text: 'Race body.' });
        const analysis = makeAnalysis([{ kind: 'person', name: 'Racer' }]);
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            (i % 2 ? other : store).upsertArticle({
              article: { ...article, title: `Take ${i}` },
              analysis,
              source: 't',
            }),
          ),
        );
        expect(new Set(results.map((r) => r.id)).size).toBe(1);
        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(await store.countArticles()).toBe(1);
        expect((await store.entity('person', 'Racer'))?.ref.articleCount).toBe(1);
      } finally {
        await other.close();
      }
    });
  });
}
