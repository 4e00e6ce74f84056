import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/port.js';
import { storyHook } from '../stories/story-hook.js';
import type { Job } from './job.js';
import { PostgresQueue } from './postgres/postgres-queue.js';
import { runTask, type TaskDeps } from './run-task.js';
import { newJob, type Task } from './tasks.js';
import { PAGES, pageHtml, queueFixture } from './testing/fixtures.js';
import { servePage, type PageServer } from './testing/page-server.js';
import { reachable, shownServerUrl, type TestDatabase } from './testing/test-database.js';
import { openWorkerBed, type WorkerBed } from './testing/worker-bed.js';
import { runWorker, type WorkerLogger, type WorkerOptions } from './worker.js';

const PORT = 18210;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface LogLine {
  level: 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  msg: string;
}

function memoryLogger(): WorkerLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (fields: object, msg: string): void => {
      lines.push({ level, fields: fields as Record<string, unknown>, msg });
    };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

if (await reachable()) {
  describe('dateline worker over PostgreSQL', () => {
    let db: TestDatabase;
    let store: Store;
    let queue: PostgresQueue;
    let server: PageServer;

    let bed: WorkerBed | undefined;

    beforeAll(async () => {
      bed = await openWorkerBed(PORT);
      ({ db, store, queue, server } = bed);
    });
    afterAll(() => bed?.close());
    beforeEach(() => bed!.reset());

    const taskDeps = (allowPrivate: boolean): TaskDeps => ({
      store,
      fetch: { allowPrivate, userAgent: 'DatelineTest/1.0', timeoutMs: 5000, maxBytes: 1024 * 1024 },
    });

    /** Runs a worker with the real pipeline until no job is queued or running. */
    async function drain(options: Partial<WorkerOptions> & { allowPrivate?: boolean } = {}) {
      const logger = memoryLogger();
      const deps = taskDeps(options.allowPrivate ?? false);
      const afterStore = await storyHook(store);
      const stats = await runWorker(
        { queue, execute: (task, signal) => runTask(task, { ...deps, afterStore }, signal) },
        {
          workerId: 'test-worker',
          concurrency: 2,
          leaseMs: 2000,
          pollMs: 50,
          backoff: { baseMs: 100, maxMs: 10_000, jitter: 0 },
          signal: new AbortController().signal,
          logger,
          drain: true,
          ...options,
        },
      );
      return { stats, logger };
    }

    const jobs = async (): Promise<Job[]> => {
      const rows = await db.query<{ id: string }>('SELECT id::text AS id FROM jobs ORDER BY id');
      return Promise.all(rows.map(async (r) => (await queue.getJob(r.id))!));
    };

    it('stores each queued page once, and once only when it is queued again', async () => {
      await queue.enqueue(PAGES.map((path) => newJob({ kind: 'ingest-file', path })));
      const first = await drain();
      expect(first.stats).toMatchObject({ done: 4, failed: 0, retried: 0 });
      expect(await store.countArticles()).toBe(4);
      expect(first.logger.lines.map((l) => l.msg)).toContainEqual(expect.stringMatching(/job \d+ done: 1 stored/));

      await queue.enqueue([newJob({ kind: 'ingest-file', path: PAGES[1]! })]);
      const second = await drain();
      expect(second.stats.done).toBe(1);
      expect(await store.countArticles()).toBe(4);
      const last = (await jobs()).at(-1)!;
      expect(last).toMatchObject({ state: 'done', result: { stored: 0, unchanged: 1 } });
    });

    it('shares the queue between two workers without running any job twice', async () => {
      server.routes.set('/harbour', servePage(pageHtml('harbour')));
      await queue.enqueue([
        ...PAGES.map((path) => newJob({ kind: 'ingest-file', path })),
        newJob({ kind: 'ingest-url', url: `${server.base}/harbour` }),
      ]);
      const ran: string[] = [];
      const other = new PostgresQueue({ url: db.url });
      const deps = taskDeps(true);
      // Each task takes a little while, so that both workers are busy at once.
      const execute = async (task: Task, signal: AbortSignal) => {
        ran.push(JSON.stringify(task));
        await sleep(150);
        return runTask(task, deps, signal);
      };
      const options = {
        concurrency: 2,
        leaseMs: 5000,
        pollMs: 50,
        backoff: { baseMs: 100, maxMs: 1000, jitter: 0 },
        signal: new AbortController().signal,
        drain: true,
      };
      try {
        const [a, b] = await Promise.all([
          runWorker({ queue, execute }, { ...options, workerId: 'a', logger: memoryLogger() }),
          runWorker({ queue: other, execute }, { ...options, workerId: 'b', logger: memoryLogger() }),
        ]);
        expect(a.done + b.done).toBe(5);
        expect(a.done).toBeGreaterThan(0);
        expect(b.done).toBeGreaterThan(0);
      } finally {
        await other.close();
      }
      expect(ran).toHaveLength(5);
      expect(new Set(ran).size).toBe(5);
      expect((await jobs()).every((j) => j.state === 'done' && j.attempts === 1)).toBe(true);
      // The URL and the file carry the same article (one canonical URL): it is stored once.
      expect(await store.countArticles()).toBe(4);
    });

    it('retries a job whose worker died after storing but before recording, storing the article once', async () => {
      await queue.enqueue([newJob({ kind: 'ingest-file', path: PAGES[0]! })]);
      // The dead worker: it claimed the job and stored the page, then was gone before recording the outcome.
      const ghost = (await queue.claim('ghost', 300))!;
      const ran = await runTask(
        { kind: 'ingest-file', path: PAGES[0]! },
        taskDeps(false),
        new AbortController().signal,
      );
      expect(ran).toMatchObject({ status: 'done', result: { stored: 1 } });
      const { stats } = await drain();
      expect(stats.done).toBe(1);
      const [job] = await jobs();
      expect(job).toMatchObject({ id: ghost.id, state: 'done', attempts: 2, result: { stored: 0, unchanged: 1 } });
      expect(job!.lastError).toMatch(/lease of ghost ran out/);
      expect(await store.countArticles()).toBe(1);
    });

    it('retries a failing job with doubling waits, then marks it failed with its error', async () => {
      server.routes.set('/down', (_req, res) => {
        res.writeHead(503, { 'retry-after': '1' }).end('maintenance');
      });
      await queue.enqueue([newJob({ kind: 'ingest-url', url: `${server.base}/down` }, 3)]);
      const { stats, logger } = await drain({ allowPrivate: true });
      expect(stats).toMatchObject({ done: 0, retried: 2, failed: 1 });
      const [job] = await jobs();
      expect(job).toMatchObject({ state: 'failed', attempts: 3, maxAttempts: 3 });
      expect(job!.lastError).toContain(`${server.base}/down: http-error: fetch: ${server.base}/down: HTTP 503`);
      expect(server.requests.filter((r) => r.path === '/down')).toHaveLength(3);
      const waits = logger.lines.filter((l) => l.fields.retryInMs !== undefined).map((l) => l.fields.retryInMs);
      expect(waits).toEqual([100, 200]);
      expect(logger.lines.at(-2)?.msg).toMatch(/job \d+ failed after 3 attempts: .*HTTP 503/);
    });

    it('fails hostile jobs at once with a clear error, and the other jobs go on', async () => {
      server.routes.set('/private', servePage(pageHtml('bridge')));
      await queue.enqueue([
        newJob({ kind: 'ingest-url', url: `${server.base}/private` }), // loopback, not allowed
        newJob({ kind: 'ingest-file', path: queueFixture('binary.html') }), // a PNG named .html
        newJob({ kind: 'ingest-file', path: queueFixture('no-such-page.html') }),
        newJob({ kind: 'ingest-file', path: PAGES[2]! }),
      ]);
      // Rows anyone with database access could insert.
      await db.query(`INSERT INTO jobs (kind, payload) VALUES
        ('ingest-url', '{"url": "javascript:alert(1)"}'),
        ('ingest-file', '{"path": "relative/page.html"}'),
        ('ingest-url', '"https://example.org/"'),
        ('rm -rf /', '{}')`);
      const { stats } = await drain();
      expect(stats).toMatchObject({ done: 1, failed: 7, retried: 0 });
      const byError = (await jobs()).map((j) => [j.state, j.attempts, j.lastError]);
      expect(byError).toEqual([
        ['failed', 1, expect.stringMatching(/blocked-address: fetch: http:\/\/127\.0\.0\.1:18210\/private/)],
        ['failed', 1, expect.stringMatching(/binary\.html: not-html: /)],
        ['failed', 1, expect.stringMatching(/no-such-page\.html: unreadable: ingest: cannot read .*ENOENT/)],
        ['done', 1, null],
        [
          'failed',
          1,
          expect.stringMatching(/ingest-url.*needs an http\(s\) URL in payload\.url \(got "javascript:alert\(1\)"\)/),
        ],
        [
          'failed',
          1,
          expect.stringMatching(/needs an absolute file path in payload\.path \(got "relative\/page\.html"\)/),
        ],
        ['failed', 1, expect.stringMatching(/payload must be a JSON object/)],
        ['failed', 1, expect.stringMatching(/"rm -rf \/".*unknown job kind/)],
      ]);
      expect(server.requests).toHaveLength(0); // the loopback address was never contacted
      expect(await store.countArticles()).toBe(1);
    });

    it('stops a task whose lease another worker took, and records nothing over the new holder', async () => {
      await queue.enqueue([newJob({ kind: 'ingest-file', path: PAGES[0]! })]);
      let stopped = false;
      const logger = memoryLogger();
      const stats = await runWorker(
        {
          queue,
          // A task that stalls until told to stop; meanwhile its job is taken from it.
          execute: async (_task, signal) => {
            await db.query(
              `UPDATE jobs SET locked_by = 'thief', attempts = attempts + 1, locked_until = now() + interval '1 hour'`,
            );
            for (let i = 0; i < 100 && !signal.aborted; i++) await sleep(20);
            stopped = signal.aborted;
            return {
              status: 'done',
              result: { stored: 1, unchanged: 0, skipped: 0, failed: 0, failures: [], elapsedMs: 0 },
            };
          },
        },
        {
          workerId: 'slow',
          concurrency: 1,
          leaseMs: 300,
          pollMs: 50,
          backoff: { baseMs: 100, maxMs: 1000, jitter: 0 },
          signal: AbortSignal.timeout(3000),
          logger,
        },
      );
      expect(stopped).toBe(true);
      expect(stats).toMatchObject({ lost: 1, done: 0 });
      expect(logger.lines.map((l) => l.msg)).toContainEqual(expect.stringMatching(/lost its lease to another worker/));
      expect((await jobs())[0]).toMatchObject({ state: 'running', lockedBy: 'thief', attempts: 2 });
    });

    it('keeps taking jobs by polling when its LISTEN connection dies, and listens again', async () => {
      const shutdown = new AbortController();
      const running = drain({ drain: false, signal: shutdown.signal, pollMs: 100 });
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      try {
        // Only this test database's LISTEN session: pg_stat_activity lists the whole server.
        const listening = async () =>
          (
            await admin.query<{ pid: number }>(
              `SELECT pid FROM pg_stat_activity
               WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
            )
          ).rows;
        for (let i = 0; i < 100 && !(await listening()).length; i++) await sleep(20);
        const [session] = await listening();
        expect(session).toBeDefined();
        await admin.query('SELECT pg_terminate_backend($1)', [session!.pid]);
        await queue.enqueue([newJob({ kind: 'ingest-file', path: PAGES[3]! })]);
        for (let i = 0; i < 150 && (await store.countArticles()) === 0; i++) await sleep(20);
        expect(await store.countArticles()).toBe(1);
        // Back to listening on a new session.
        for (let i = 0; i < 100 && !(await listening()).some((r) => r.pid !== session!.pid); i++) await sleep(20);
        expect((await listening()).some((r) => r.pid !== session!.pid)).toBe(true);
      } finally {
        await admin.end();
        shutdown.abort();
      }
      const { logger } = await running;
      expect(logger.lines.map((l) => l.msg)).toContainEqual(
        expect.stringMatching(/LISTEN connection failed; polling until it is back/),
      );
    });

    it('on shutdown finishes the page in flight and gives its job back', async () => {
      server.routes.set('/slow', (_req, res) => {
        setTimeout(() => servePage(pageHtml('orchard'))(_req, res), 600);
      });
      await queue.enqueue([newJob({ kind: 'ingest-url', url: `${server.base}/slow` })]);
      const shutdown = new AbortController();
      const running = drain({ allowPrivate: true, drain: false, signal: shutdown.signal });
      while (!server.requests.some((r) => r.path === '/slow')) await sleep(20);
      shutdown.abort();
      const { stats, logger } = await running;
      expect(stats).toMatchObject({ released: 1, done: 0 });
      expect(logger.lines.map((l) => l.msg)).toContainEqual(expect.stringMatching(/released on shutdown/));
      const [job] = await jobs();
      expect(job).toMatchObject({ state: 'queued', attempts: 0, lockedBy: null });
      expect(await store.countArticles()).toBe(1);
      // The next worker finds the page stored.
      expect((await drain({ allowPrivate: true })).stats.done).toBe(1);
      expect(await store.countArticles()).toBe(1);
    });
  });
} else {
  describe('dateline worker over PostgreSQL', () => {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
  });
}
