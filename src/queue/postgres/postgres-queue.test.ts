import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import type { NewJob } from '../job.js';
import { newJob } from '../tasks.js';
import { createTestDatabase, reachable, shownServerUrl, type TestDatabase } from '../testing/test-database.js';
import { PostgresQueue } from './postgres-queue.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const urlJob = (n: number, maxAttempts = 5): NewJob =>
  newJob({ kind: 'ingest-url', url: `https://example.org/page/${n}` }, maxAttempts);

if (await reachable()) {
  describe('PostgresQueue', () => {
    let db: TestDatabase;
    let queue: PostgresQueue;

    beforeAll(async () => {
      db = await createTestDatabase();
      // The jobs table is one of the store's migrations.
      await (await openStore({ kind: 'postgres', url: db.url })).close();
      queue = new PostgresQueue({ url: db.url });
    });
    afterAll(async () => {
      await queue?.close();
      await db?.drop();
    });
    beforeEach(() => db.query('TRUNCATE jobs'));

    it('queues a source once while it is pending, and again once it is done', async () => {
      const first = await queue.enqueue([urlJob(1), urlJob(1), urlJob(2)]);
      expect(first.ids).toHaveLength(2);
      expect(first.pending).toBe(1);
      expect((await queue.enqueue([urlJob(1)])).pending).toBe(1);
      const job = await queue.claim('w1', 30_000);
      expect((await queue.enqueue([urlJob(1)])).pending).toBe(1); // running counts as pending
      expect(await queue.complete(job!, { stored: 1 })).toBe(true);
      expect((await queue.enqueue([urlJob(1)])).ids).toHaveLength(1);
      expect(await queue.counts()).toMatchObject({ queued: 2, running: 0, done: 1, failed: 0 });
    });

    it('never gives one job to two workers claiming at the same time', async () => {
      const total = 60;
      await queue.enqueue(Array.from({ length: total }, (_, n) => urlJob(n)));
      // Two workers on separate pools, each with four claims in flight at once, until the queue is empty.
      const other = new PostgresQueue({ url: db.url, maxConnections: 4 });
      const taken: { id: string; by: string }[] = [];
      const claimer = async (q: PostgresQueue, by: string): Promise<void> => {
        for (let job = await q.claim(by, 30_000); job; job = await q.claim(by, 30_000)) taken.push({ id: job.id, by });
      };
      try {
        await Promise.all([
          ...Array.from({ length: 4 }, () => claimer(queue, 'a')),
          ...Array.from({ length: 4 }, () => claimer(other, 'b')),
        ]);
      } finally {
        await other.close();
      }
      expect(taken).toHaveLength(total);
      expect(new Set(taken.map((t) => t.id)).size).toBe(total);
      expect(taken.some((t) => t.by === 'a') && taken.some((t) => t.by === 'b')).toBe(true);
      expect(await queue.counts()).toMatchObject({ queued: 0, running: total });
    });

    it('skips a job another worker is claiming instead of waiting for it (SKIP LOCKED)', async () => {
      const { ids } = await queue.enqueue([urlJob(1), urlJob(2)]);
      // Another worker's claim, caught between picking job 1 and committing: its row lock is held.
      const other = new pg.Client({ connectionString: db.url });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('SELECT id FROM jobs WHERE id = $1 FOR UPDATE', [ids[0]]);
        const started = Date.now();
        const job = await Promise.race([queue.claim('a', 30_000), sleep(2000).then(() => 'blocked' as const)]);
        expect(job).not.toBe('blocked');
        expect(job).toMatchObject({ id: ids[1] });
        expect(Date.now() - started).toBeLessThan(2000);
      } finally {
        await other.query('ROLLBACK');
        await other.end();
      }
    });

    it('gives a job whose lease ran out to the next worker, and fences out the one that lost it', async () => {
      await queue.enqueue([urlJob(1)]);
      const ghost = await queue.claim('ghost', 200);
      expect(ghost).toMatchObject({ state: 'running', attempts: 1, lockedBy: 'ghost' });
      expect(await queue.claim('b', 30_000)).toBeNull(); // still leased
      await sleep(300);
      const taken = await queue.claim('b', 30_000);
      expect(taken).toMatchObject({ id: ghost!.id, attempts: 2, lockedBy: 'b' });
      expect(taken!.lastError).toMatch(/lease of ghost ran out/);
      // The ghost wakes up: nothing it records counts any more.
      expect(await queue.complete(ghost!, {})).toBe(false);
      expect(await queue.extend(ghost!, 30_000)).toBe(false);
      expect(await queue.fail(ghost!, 'late')).toBe(false);
      expect(await queue.complete(taken!, { stored: 1 })).toBe(true);
      expect(await queue.getJob(ghost!.id)).toMatchObject({ state: 'done', attempts: 2 });
    });

    it('keeps a job held while its lease is renewed', async () => {
      await queue.enqueue([urlJob(1)]);
      const job = await queue.claim('a', 300);
      for (let i = 0; i < 4; i++) {
        await sleep(120);
        expect(await queue.extend(job!, 300)).toBe(true);
      }
      expect(await queue.claim('b', 300)).toBeNull();
    });

    it('fails a job whose lease ran out on its last attempt, saying so', async () => {
      await queue.enqueue([urlJob(1, 1)]);
      const job = await queue.claim('ghost', 100);
      await sleep(200);
      expect(await queue.claim('b', 30_000)).toBeNull(); // no attempts left to give: failed, not taken
      expect(await queue.expireLeases()).toEqual({ requeued: 0, failed: 0 });
      const failed = await queue.getJob(job!.id);
      expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
      expect(failed!.lastError).toMatch(/lease of ghost ran out on attempt 1 of 1/);
    });

    it('holds a retried job back until its backoff is over, keeping the error', async () => {
      await queue.enqueue([urlJob(1)]);
      const job = await queue.claim('a', 30_000);
      expect(await queue.retry(job!, 'fetch: HTTP 503', 400)).toBe(true);
      expect(await queue.claim('a', 30_000)).toBeNull();
      expect(await queue.counts()).toMatchObject({ queued: 1, delayed: 1 });
      await sleep(500);
      const again = await queue.claim('a', 30_000);
      expect(again).toMatchObject({ id: job!.id, attempts: 2, lastError: 'fetch: HTTP 503' });
    });

    it('gives a job back on release without counting the attempt', async () => {
      await queue.enqueue([urlJob(1)]);
      const job = await queue.claim('a', 30_000);
      expect(await queue.release(job!)).toBe(true);
      expect(await queue.getJob(job!.id)).toMatchObject({ state: 'queued', attempts: 0, lockedBy: null });
    });

    it('lists failed jobs with their errors and queues them again on request', async () => {
      await queue.enqueue([urlJob(1), urlJob(2)]);
      for (let job = await queue.claim('a', 30_000); job; job = await queue.claim('a', 30_000))
        await queue.fail(job, `fetch: ${JSON.stringify(job.payload)}: blocked`);
      const failed = await queue.failedJobs(10);
      expect(failed.map((j) => j.lastError)).toEqual([
        expect.stringContaining('page/2'),
        expect.stringContaining('page/1'),
      ]);
      expect(await queue.retryFailed()).toBe(2);
      expect(await queue.counts()).toMatchObject({ queued: 2, failed: 0 });
      expect((await queue.claim('a', 30_000))!.attempts).toBe(1);
    });

    it('wakes listeners when jobs are queued', async () => {
      let woken = 0;
      const stop = await queue.listen(
        () => woken++,
        () => undefined,
      );
      try {
        await queue.enqueue([urlJob(1)]);
        for (let i = 0; i < 50 && woken === 0; i++) await sleep(20);
        expect(woken).toBeGreaterThan(0);
      } finally {
        await stop();
      }
    });

    it('keeps its jobs and wake-ups in the schema the store uses', async () => {
      const schema = 'dl_queue_schema_test';
      await (await openStore({ kind: 'postgres', url: db.url, schema })).close();
      const inSchema = new PostgresQueue({ url: db.url, schema });
      let woken = 0;
      const stop = await inSchema.listen(
        () => woken++,
        () => undefined,
      );
      try {
        await inSchema.enqueue([urlJob(1)]);
        expect(await queue.counts()).toMatchObject({ queued: 0 }); // not in the default schema
        expect(await inSchema.claim('a', 30_000)).toMatchObject({ kind: 'ingest-url', attempts: 1 });
        for (let i = 0; i < 50 && woken === 0; i++) await sleep(20);
        expect(woken).toBe(1);
      } finally {
        await stop();
        await inSchema.close();
      }
    });

    it('refuses a schema name that is not a plain identifier', () => {
      expect(() => new PostgresQueue({ url: db.url, schema: 'x; DROP TABLE jobs' })).toThrow(
        /invalid PostgreSQL schema/,
      );
    });
  });
} else {
  describe('PostgresQueue', () => {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
  });
}
