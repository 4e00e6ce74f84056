/** Worker-thread entry for `workerProcessor`: runs extract or analyze for each message; never throws. */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analyze/analyze.js';
import { extract } from '../../extract/extract.js';
import type { Article, ExtractInput } from '../../vocabulary.js';

export type WorkerRequest =
  { id: number; op: 'extract'; input: ExtractInput; now: string } | { id: number; op: 'analyze'; article: Article };

parentPort?.on('message', (msg: WorkerRequest) => {
  try {
    const value = msg.op === 'extract' ? extract(msg.input, { now: new Date(msg.now) }) : analyze(msg.article, {});
    parentPort!.postMessage({ id: msg.id, ok: true, value });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
