/**
 * `dateline worker` as a real process: killed with SIGKILL mid-job, its job is retried by another worker once the
 * lease runs out and the article is stored once; stopped with SIGTERM, it finishes the page in flight, gives the
 * job back and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/port.js';
import type { Job } from './job.js';
import { PostgresQueue } from './postgres/postgres-queue.js';
import { runTask } from './run-task.js';
import { newJob } from './tasks.js';
import { pageHtml } from './testing/fixtures.js';
import { servePage, type PageServer } from './testing/page-server.js';
import { reachable, shownServerUrl, type TestDatabase } from './testing/test-database.js';
import { openWorkerBed, type WorkerBed } from './testing/worker-bed.js';
import { runWorker } from './worker.js';

const PORT = 18220;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./testing/cli-child.ts', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

if (await reachable()) {
  // A child starting from source (tsx) takes seconds on a busy machine.
  describe('dateline worker as a process', { timeout: 90_000 }, () => {
    let db: TestDatabase;
    let store: Store;
    let queue: PostgresQueue;
    let server: PageServer;
    let child:
      (ChildProcess & { output: string; exited: Promise<{ code: number | null; signal: string | null }> }) | null =
      null;

    let bed: WorkerBed | undefined;

    beforeAll(async () => {
      bed = await openWorkerBed(PORT);
      ({ db, store, queue, server } = bed);
    });
    afterAll(() => bed?.close());
    beforeEach(() => bed!.reset());
    afterEach(() => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      child = null;
    });

    function startWorker(id: string) {
      const env: NodeJS.ProcessEnv = { ...process.env, DATELINE_PG_URL: db.url };
      delete env.DATELINE_DB;
      delete env.DATELINE_PG_SCHEMA;
      delete env.DATELINE_ALLOW_PRIVATE;
      const proc = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          CHILD,
          'worker',
          '--id',
          id,
          '--lease-seconds',
          '2',
          '--concurrency',
          '1',
          '--allow-private',
        ],
        { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const started = Object.assign(proc, {
        output: '',
        exited: new Promise<{ code: number | null; signal: string | null }>((resolve) =>
          proc.once('exit', (code, signal) => resolve({ code, signal })),
        ),
      });
      proc.stdout.on('data', (chunk) => (started.output += String(chunk)));
      proc.stderr.on('data', (chunk) => (started.output += String(chunk)));
      child = started;
      return started;
    }

    const onlyJob = async (): Promise<Job> => {
      const rows = await db.query<{ id: string }>('SELECT id::text AS id FROM jobs');
      expect(rows).toHaveLength(1);
      return (await queue.getJob(rows[0]!.id))!;
    };

    it('retries the job of a worker killed with SIGKILL mid-job, and stores the article once', async () => {
      let calls = 0;
      // The first fetch never answers: the worker is killed while waiting for it. Later fetches get the page.
      server.routes.set('/story', (req, res) => {
        if (++calls === 1) return;
        servePage(pageHtml('library'))(req, res);
      });
      await queue.enqueue([newJob({ kind: 'ingest-url', url: `${server.base}/story` })]);
      const worker = startWorker('doomed');
      await until('the worker to fetch the page', () => calls === 1);
      expect(await onlyJob()).toMatchObject({ state: 'running', lockedBy: 'doomed', attempts: 1 });
      worker.kill('SIGKILL');
      expect(await worker.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(await store.countArticles()).toBe(0);

      const started = Date.now();
      const fetch = { allowPrivate: true, userAgent: 'DatelineTest/1.0', timeoutMs: 5000, maxBytes: 1 << 20 };
      const stats = await runWorker(
        { queue, execute: (task, signal) => runTask(task, { store, fetch }, signal) },
        {
          workerId: 'survivor',
          concurrency: 1,
          leaseMs: 5000,
          pollMs: 100,
          backoff: { baseMs: 100, maxMs: 1000, jitter: 0 },
          signal: new AbortController().signal,
          logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
          drain: true,
        },
      );
      expect(stats.done).toBe(1);
      // Taken only once the dead worker's lease had run out (it was renewed until the kill).
      expect(Date.now() - started).toBeGreaterThan(500);
      const job = await onlyJob();
      expect(job).toMatchObject({ state: 'done', attempts: 2, lockedBy: 'survivor', result: { stored: 1 } });
      expect(job.lastError).toMatch(/lease of doomed ran out/);
      expect(calls).toBe(2);
      expect(await store.countArticles()).toBe(1);
    });

    it('on SIGTERM finishes the page in flight, gives the job back and exits 0', async () => {
      server.routes.set('/slow', (req, res) => {
        setTimeout(() => servePage(pageHtml('bridge'))(req, res), 1000);
      });
      await queue.enqueue([newJob({ kind: 'ingest-url', url: `${server.base}/slow` })]);
      const worker = startWorker('polite');
      await until('the worker to fetch the page', () => server.requests.some((r) => r.path === '/slow'));
      worker.kill('SIGTERM');
      expect(await worker.exited).toEqual({ code: 0, signal: null });
      expect(worker.output).toMatch(/worker: SIGTERM: finishing the pages in flight/);
      expect(worker.output).toMatch(/job \d+ released on shutdown/);
      expect(await onlyJob()).toMatchObject({ state: 'queued', attempts: 0, lockedBy: null });
      expect(await store.countArticles()).toBe(1);
    });
  });
} else {
  describe('dateline worker as a process', () => {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
  });
}
