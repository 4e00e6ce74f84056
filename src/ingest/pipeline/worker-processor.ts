/**
 * A DocumentProcessor on worker threads: extract and analyze are CPU-bound, so a batch spreads them over
 * `size` threads (DESIGN.md, "Scale"). A worker that crashes fails only the documents it held, and is replaced.
 *
 * Each worker is handed up to DEPTH tasks at once, so it starts its next one as soon as it is done instead of
 * waiting for this thread to read its answer and send more: this thread stores pages and places them in stories
 * between reading answers, milliseconds at a time. An article extracted on a worker is kept there
 * (KEPT_ARTICLES), and analysing that same article object goes to that worker by reference, when it has room,
 * rather than being copied back to it.
 */
import { Worker } from 'node:worker_threads';
import type { Sketch } from '../../stories/near-duplicates/minhash.js';
import type { Analysis, Article, ExtractOutcome } from '../../vocabulary.js';
import type { DocumentProcessor } from './ingest-types.js';
import type { WorkerReply, WorkerRequest } from './processor-worker.js';

interface Task {
  request: WorkerRequest;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  /** An analysis by reference: the article, sent along instead if the worker no longer keeps it. */
  article?: Article;
}

interface Slot {
  worker: Worker;
  /** Tasks posted to the worker, in the order it answers them. */
  tasks: Task[];
}

export interface WorkerProcessor extends DocumentProcessor {
  close(): Promise<void>;
}

/** Tasks a worker holds at once: the one it runs and the next. */
export const DEPTH = 2;

/**
 * Articles a worker keeps after extracting them, for an analysis by reference: ingest analyses a page right after
 * extracting it (unless it is stored unchanged), so a few per worker cover the pages in flight.
 */
export const KEPT_ARTICLES = 16;

/**
 * Compiled runs load the .js sibling. Tests and benchmarks run TypeScript through tsx, whose `--import` hook
 * does not reach worker threads on Node 20; a tiny bootstrap registers tsx inside the worker first.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./processor-worker.js', import.meta.url));
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./processor-worker.ts', import.meta.url).href);
  return new Worker(`import(${api}).then((m) => { m.register(); return import(${entry}); });`, { eval: true });
}

/** `maxBytes`: extract's size limit for one page (the fetch limit); extract's own default when absent. */
export function workerProcessor(size: number, now: () => Date, maxBytes?: number): WorkerProcessor {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  let closed = false;
  /** Crashes since the last answer: a worker that cannot even start must not be respawned forever. */
  let crashes = 0;
  const MAX_CRASHES = 3;
  /** Where an extracted article is kept: its worker and the id of the extract request. */
  const keptOn = new WeakMap<Article, { slot: Slot; id: number }>();

  /** Hands queued tasks to the workers, the least busy first, up to DEPTH each. */
  const pump = (): void => {
    while (queue.length) {
      let best: Slot | null = null;
      for (const slot of slots)
        if (slot.tasks.length < DEPTH && (!best || slot.tasks.length < best.tasks.length)) best = slot;
      if (!best) return;
      post(best, queue.shift()!);
    }
  };
  const post = (slot: Slot, task: Task): void => {
    slot.tasks.push(task);
    slot.worker.postMessage(task.request);
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), tasks: [] };
    slot.worker.on('message', (reply: WorkerReply) => {
      const i = slot.tasks.findIndex((t) => t.request.id === reply.id);
      const task = i >= 0 ? slot.tasks.splice(i, 1)[0] : undefined;
      crashes = 0;
      if (task) {
        if (!reply.ok && reply.missing && task.article) {
          const { id, sketch } = task.request as { id: number; sketch?: boolean };
          const request: WorkerRequest = { id, op: 'analyze', article: task.article, ...(sketch ? { sketch } : {}) };
          queue.push({ request, resolve: task.resolve, reject: task.reject });
        } else if (!reply.ok) task.reject(new Error(reply.message));
        else {
          if (reply.kept && task.request.op === 'extract') {
            const outcome = reply.value as ExtractOutcome;
            if (outcome.ok) keptOn.set(outcome.article, { slot, id: task.request.id });
          }
          task.resolve(reply.value);
        }
      }
      pump();
    });
    const replace = (why: string): void => {
      const held = slot.tasks.splice(0);
      for (const task of held) task.reject(new Error(`worker ${why}`));
      if (closed) return;
      if (++crashes >= MAX_CRASHES) {
        closed = true;
        for (const t of queue.splice(0)) t.reject(new Error(`worker ${why} (giving up after ${MAX_CRASHES} crashes)`));
        return;
      }
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = spawn();
      pump();
    };
    slot.worker.on('error', (err) => replace(`crashed: ${err.message}`));
    slot.worker.on('exit', (code) => !closed && replace(`exited with code ${code}`));
    return slot;
  };
  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  const submit = <T>(request: WorkerRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new Error('worker: the pool is closed'));
      queue.push({ request, resolve: resolve as (v: unknown) => void, reject });
      pump();
    });

  /**
   * Analyses on the worker that extracted `article` when it still runs and has room (no copy sent), else on any
   * worker with the article sent along; `sketch`: the worker sketches the body too.
   */
  const analyzeOn = <T>(article: Article, sketch: boolean): Promise<T> => {
    const kept = keptOn.get(article);
    keptOn.delete(article);
    const id = nextId++;
    const also = sketch ? { sketch } : {};
    if (kept && !closed && slots.includes(kept.slot) && kept.slot.tasks.length < DEPTH) {
      return new Promise<T>((resolve, reject) =>
        post(kept.slot, {
          request: { id, op: 'analyze', ref: kept.id, ...also },
          resolve: resolve as (v: unknown) => void,
          reject,
          article,
        }),
      );
    }
    return submit<T>({ id, op: 'analyze', article, ...also });
  };

  return {
    extract: (input) =>
      submit<ExtractOutcome>({
        id: nextId++,
        op: 'extract',
        input,
        now: now().toISOString(),
        ...(maxBytes === undefined ? {} : { maxBytes }),
      }),
    analyze: (article) => analyzeOn<Analysis>(article, false),
    analyzeAndSketch: (article) => analyzeOn<{ analysis: Analysis; sketch: Sketch }>(article, true),
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
