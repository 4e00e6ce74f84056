/**
 * Worker-thread entry for `workerProcessor`: runs extract or analyze for each message; never throws. The last
 * KEPT_ARTICLES articles it extracted are kept, so an analysis can name one by its extract request's id instead
 * of carrying a copy back.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analyze/analyze.js';
import { extract } from '../../extract/extract.js';
import type { Article, ExtractInput } from '../../vocabulary.js';
import { KEPT_ARTICLES } from './worker-processor.js';

export type WorkerRequest =
  | { id: number; op: 'extract'; input: ExtractInput; now: string }
  | { id: number; op: 'analyze'; article: Article }
  /** The article extracted by request `ref` on this worker. */
  | { id: number; op: 'analyze'; ref: number };

export type WorkerReply =
  | { id: number; ok: true; value: unknown; kept?: boolean }
  /** `missing`: the article of an analysis by reference is no longer kept here (the pool sends it). */
  | { id: number; ok: false; message: string; missing?: boolean };

/** Articles extracted here, by extract request id, oldest first. */
const kept = new Map<number, Article>();

function run(msg: WorkerRequest): WorkerReply {
  if (msg.op === 'extract') {
    const value = extract(msg.input, { now: new Date(msg.now) });
    if (!value.ok) return { id: msg.id, ok: true, value };
    kept.set(msg.id, value.article);
    if (kept.size > KEPT_ARTICLES) kept.delete(kept.keys().next().value!);
    return { id: msg.id, ok: true, value, kept: true };
  }
  if (!('ref' in msg)) return { id: msg.id, ok: true, value: analyze(msg.article, {}) };
  const article = kept.get(msg.ref);
  if (!article) return { id: msg.id, ok: false, message: `worker: no article kept for ${msg.ref}`, missing: true };
  kept.delete(msg.ref);
  return { id: msg.id, ok: true, value: analyze(article, {}) };
}

parentPort?.on('message', (msg: WorkerRequest) => {
  try {
    parentPort!.postMessage(run(msg));
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
