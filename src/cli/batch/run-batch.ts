/**
 * Runs a batch of inputs: reads (I/O, concurrently) → processes (CPU, in the worker pool or in-process for a
 * single job) → emits one record per input, in input order, as soon as all earlier inputs are done, so jsonl
 * output streams. One bad input never stops the batch.
 */
import { readInput, type ReadOptions } from '../inputs/read-input.js';
import { sourceOf, type InputRef } from '../inputs/input-ref.js';
import type { BatchRecord, ProcessOptions } from './batch-record.js';
import { processDocument } from './process-document.js';
import { WorkerPool } from './worker-pool.js';

export interface BatchOptions {
  read: ReadOptions;
  process: ProcessOptions;
  /** Worker threads; 1 processes in this thread. */
  jobs: number;
}

export interface BatchSummary {
  total: number;
  failed: number;
}

export async function runBatch(
  inputs: InputRef[],
  options: BatchOptions,
  emit: (record: BatchRecord) => void,
): Promise<BatchSummary> {
  const jobs = Math.max(1, Math.min(options.jobs, inputs.length));
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  const done = new Map<number, BatchRecord>();
  let nextEmit = 0;
  let failed = 0;
  const flush = () => {
    while (done.has(nextEmit)) {
      const record = done.get(nextEmit)!;
      done.delete(nextEmit++);
      if (!record.ok) failed++;
      emit(record);
    }
  };
  const one = async (ref: InputRef): Promise<BatchRecord> => {
    const read = await readInput(ref, options.read);
    if (!read.ok) return { source: sourceOf(ref), ok: false, error: { reason: read.reason, message: read.message } };
    return pool ? pool.run(read.raw, options.process) : processDocument(read.raw, options.process);
  };
  // Enough reads in flight to keep every worker busy, bounded so a huge directory is not read into memory.
  const window = jobs * 2;
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const i = next++;
      done.set(i, await one(inputs[i]!));
      flush();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(window, inputs.length) }, lane));
  } finally {
    await pool?.close();
  }
  return { total: inputs.length, failed };
}
