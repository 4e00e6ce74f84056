import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/port.js';
import { storyHook } from '../stories/story-hook.js';
import { PostgresDeskLock } from './postgres/postgres-desk-lock.js';
import { runTask } from './run-task.js';
import { StoryDeskRole } from './story-desk-role.js';
import { PAGES } from './testing/fixtures.js';
import { createTestDatabase, reachable, shownServerUrl, type TestDatabase } from './testing/test-database.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

if (await reachable()) {
  describe('the story desk seat', () => {
    let db: TestDatabase;
    let store: Store;

    beforeAll(async () => {
      db = await createTestDatabase();
      store = await openStore({ kind: 'postgres', url: db.url });
    });
    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    /** Stores a page the way a worker does, without filing it into a story. */
    const storePage = async (path: string): Promise<void> => {
      const fetch = { allowPrivate: false, userAgent: 'DatelineTest/1.0', timeoutMs: 1000, maxBytes: 1 << 20 };
      const out = await runTask({ kind: 'ingest-file', path }, { store, fetch }, new AbortController().signal);
      expect(out.status).toBe('done');
    };
    const unfiled = async (): Promise<number> => {
      const page = await store.listArticles({ limit: 100 });
      const stored = await Promise.all(page.items.map((a) => store.getArticle(a.id)));
      return stored.filter((s) => !s?.storyId).length;
    };
    /** Rounds that asked the desk to settle (save the big stories it put off). */
    let settles = 0;
    const openDesk = async (s: Store) => {
      const hook = await storyHook(s);
      return Object.assign((e: { id: string }) => hook(e), {
        settle: async () => {
          settles++;
          await hook.settle();
        },
      });
    };
    const role = (lock: PostgresDeskLock, workerId: string) =>
      new StoryDeskRole(
        { lock, store, openDesk, logger: quiet },
        { workerId, pollMs: 50, signal: new AbortController().signal },
      );

    it('is held by one worker at a time, which files what every worker stores; another takes over when it dies', async () => {
      await storePage(PAGES[0]!);
      await storePage(PAGES[1]!);
      expect(await unfiled()).toBe(2);

      const lockA = new PostgresDeskLock({ url: db.url });
      const lockB = new PostgresDeskLock({ url: db.url });
      const a = role(lockA, 'a');
      const b = role(lockB, 'b');
      try {
        await a.step(); // takes the seat and rebuilds: both stored articles are filed
        expect(a.seated).toBe(true);
        expect(await unfiled()).toBe(0);
        expect(await b.step()).toBe(0);
        expect(b.seated).toBe(false);

        // Another worker stores a page and announces it; the seated desk files it.
        await storePage(PAGES[2]!);
        let woken = false;
        lockA.onAnnounce(() => (woken = true));
        await b.stored();
        for (let i = 0; i < 50 && !woken; i++) await sleep(20);
        expect(woken).toBe(true);
        const settled = settles;
        expect(await a.step()).toBe(1);
        expect(await unfiled()).toBe(0);
        expect(settles).toBe(settled + 1); // a round that placed something settles the desk once

        // The seated worker's session dies (its machine is gone): the server frees the lock, and B takes the seat.
        // Only sessions of this test's own database are ended: pg_locks lists the whole server.
        const admin = new pg.Client({ connectionString: db.url });
        await admin.connect();
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_locks
           WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        await admin.end();
        for (let i = 0; i < 100 && lockA.held; i++) await sleep(20);
        expect(lockA.held).toBe(false);
        await storePage(PAGES[3]!);
        await b.step();
        expect(b.seated).toBe(true);
        expect(await unfiled()).toBe(0);
        expect(await a.step()).toBe(0); // A finds the seat taken
        expect(a.seated).toBe(false);
        expect((await store.listStories(10)).length).toBeGreaterThan(0);
      } finally {
        await lockA.release();
        await lockB.release();
      }
    });
  });
} else {
  describe('the story desk seat', () => {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
  });
}
