/**
 * Group commit for ingest: the pages the lanes finish close together are stored in one transaction
 * (`Store.upsertArticles`) instead of one each. A page waits only for the lanes already working: the batch is
 * written at the end of the event loop turn it was queued in (`setImmediate`), or at once when it holds
 * MAX_BATCH pages. With extraction on this thread, a turn ends when every lane is waiting, so up to `--jobs` pages
 * go in one commit; with worker threads, whatever pages came back in the same turn do.
 *
 * Nothing is reported stored before its commit: a page in a batch not yet written is a page in flight, and a
 * stopped ingest (Ctrl-C) still writes every batch its lanes queued before it returns.
 */
import type { Store, UpsertInput, UpsertResult } from '../../store/port.js';

/** Stores one page; resolves once it is committed. */
export type ArticleWriter = (input: UpsertInput) => Promise<UpsertResult>;

/** Pages per commit at most: bounds the pages a crash can take back, and the memory a batch holds. */
export const MAX_BATCH = 16;

interface Pending {
  input: UpsertInput;
  resolve: (result: UpsertResult) => void;
  reject: (err: Error) => void;
}

/** A writer that groups the pages queued in one turn of the event loop; one by one when the store cannot batch. */
export function groupCommit(store: Store, maxBatch = MAX_BATCH): ArticleWriter {
  if (!store.upsertArticles) return (input) => store.upsertArticle(input);
  const upsertMany = store.upsertArticles.bind(store);
  let batch: Pending[] = [];
  let scheduled = false;

  const flush = async (): Promise<void> => {
    scheduled = false;
    const taken = batch;
    batch = [];
    if (!taken.length) return;
    try {
      const results = await upsertMany(taken.map((p) => p.input));
      taken.forEach((p, i) => {
        const result = results[i];
        if (result instanceof Error) p.reject(result);
        else if (result) p.resolve(result);
        else p.reject(new Error('store: no result for an upsert in the batch'));
      });
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      for (const p of taken) p.reject(error);
    }
  };

  return (input) =>
    new Promise<UpsertResult>((resolve, reject) => {
      batch.push({ input, resolve, reject });
      if (batch.length >= maxBatch) void flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    });
}
