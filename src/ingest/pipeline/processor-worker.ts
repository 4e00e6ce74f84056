/**
 * Worker-thread entry for `workerProcessor`: runs extract or analyze for each message; never throws. The last
 * KEPT_ARTICLES articles it extracted are kept, so an analysis can name one by its extract request's id instead
 * of carrying a copy back.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analyze/analyze.js';
import { extract } from '../../extract/extract.js';
import { NearDuplicateIndex } from '../../stories/near-duplicates/detector.js';
import type { Article, ExtractInput } from '../../vocabulary.js';
import { KEPT_ARTICLES } from './worker-processor.js';

export type WorkerRequest =
  | { id: number; op: 'extract'; input: ExtractInput; now: string; maxBytes?: number }
  | { id: number; op: 'analyze'; article: Article; sketch?: boolean }
  /** The article extracted by request `ref` on this worker. `sketch`: answer { analysis, sketch } (its body's). */
  | { id: number; op: 'analyze'; ref: number; sketch?: boolean };

export type WorkerReply =
  | { id: number; ok: true; value: unknown; kept?: boolean }
  /** `missing`: the article of an analysis by reference is no longer kept here (the pool sends it). */
  | { id: number; ok: false; message: string; missing?: boolean };

/** Articles extracted here, by extract request id, oldest first. */
const kept = new Map<number, Article>();

function run(msg: WorkerRequest): WorkerReply {
  if (msg.op === 'extract') {
    const now = new Date(msg.now);
    const value = extract(msg.input, msg.maxBytes === undefined ? { now } : { now, maxBytes: msg.maxBytes });
    if (!value.ok) return { id: msg.id, ok: true, value };
    kept.set(msg.id, value.article);
    if (kept.size > KEPT_ARTICLES) kept.delete(kept.keys().next().value!);
    return { id: msg.id, ok: true, value, kept: true };
  }
  const article = 'ref' in msg ? kept.get(msg.ref) : msg.article;
  if (!article) return { id: msg.id, ok: false, message: 'worker: the article is no longer kept', missing: true };
  if ('ref' in msg) kept.delete(msg.ref);
  const analysis = analyze(article, {});
  const value = msg.sketch ? { analysis, sketch: NearDuplicateIndex.sketchOf(article.body.text) } : analysis;
  return { id: msg.id, ok: true, value };
}

parentPort?.on('message', (msg: WorkerRequest) => {
  try {
    parentPort!.postMessage(run(msg));
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
