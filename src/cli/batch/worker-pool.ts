/**
 * A fixed pool of worker threads for CPU-bound extraction and analysis. A worker that dies fails only the task
 * it held (named by its source) and is replaced; the rest of the batch goes on.
 */
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../../vocabulary.js';
import type { BatchRecord, ProcessOptions } from './batch-record.js';

interface Pending {
  id: number;
  raw: RawDocument;
  options: ProcessOptions;
  resolve: (r: BatchRecord) => void;
}

interface Slot {
  worker: Worker;
  task: Pending | null;
}

function startWorker(): Worker {
  const compiled = new URL('./document-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return new Worker(compiled);
  // Tests and benchmarks run the TypeScript source: register tsx inside the worker (a worker's execArgv cannot
  // carry --import on Node 20), then load the .ts entry.
  const entry = new URL('./document-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), task: null };
    slot.worker.on('message', (msg: { id: number; record: BatchRecord }) => {
      const task = slot.task;
      slot.task = null;
      if (task && task.id === msg.id) task.resolve(msg.record);
      this.pump();
    });
    const fail = (why: string) => {
      const task = slot.task;
      slot.task = null;
      if (task)
        task.resolve({
          source: task.raw.source,
          ok: false,
          error: { reason: 'internal-error', message: `extract: ${task.raw.source}: worker ${why}` },
        });
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', (err) => fail(`crashed: ${err.message}`));
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(`exited with code ${code}`);
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || !this.queue.length) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, raw: task.raw, options: task.options });
    }
  }

  run(raw: RawDocument, options: ProcessOptions): Promise<BatchRecord> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, raw, options, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
