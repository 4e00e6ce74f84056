/**
 * A DocumentProcessor on worker threads: extract and analyze are CPU-bound, so a batch spreads them over
 * `size` threads (DESIGN.md, "Scale"). A worker that crashes fails only the document it held, and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Analysis, Article, ExtractOutcome } from '../../vocabulary.js';
import type { DocumentProcessor } from './ingest-types.js';
import type { WorkerRequest } from './processor-worker.js';

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

interface Task {
  request: WorkerRequest;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

export interface WorkerProcessor extends DocumentProcessor {
  close(): Promise<void>;
}

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

export function workerProcessor(size: number, now: () => Date): WorkerProcessor {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  let closed = false;
  /** Crashes since the last answer: a worker that cannot even start must not be respawned forever. */
  let crashes = 0;
  const MAX_CRASHES = 3;

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.task || !queue.length) continue;
      slot.task = queue.shift()!;
      slot.worker.postMessage(slot.task.request);
    }
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), task: null };
    slot.worker.on('message', (reply: Reply) => {
      const task = slot.task;
      slot.task = null;
      crashes = 0;
      if (task && task.request.id === reply.id) {
        if (reply.ok) task.resolve(reply.value);
        else task.reject(new Error(reply.message));
      }
      pump();
    });
    const replace = (why: string): void => {
      const task = slot.task;
      slot.task = null;
      task?.reject(new Error(`worker ${why}`));
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

  return {
    extract: (input) => submit<ExtractOutcome>({ id: nextId++, op: 'extract', input, now: now().toISOString() }),
    analyze: (article: Article) => submit<Analysis>({ id: nextId++, op: 'analyze', article }),
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
