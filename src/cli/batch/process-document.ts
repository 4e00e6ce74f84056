/** The CPU-bound part of a batch, run in a worker thread: extract, then optionally analyze. Never throws. */
import { analyze } from '../../analyze/analyze.js';
import { extract } from '../../extract/extract.js';
import type { RawDocument } from '../../vocabulary.js';
import type { BatchRecord, ProcessOptions } from './batch-record.js';

export function processDocument(raw: RawDocument, options: ProcessOptions): BatchRecord {
  const source = raw.source;
  try {
    const outcome = extract(
      {
        html: raw.html,
        text: raw.text,
        bytes: raw.bytes,
        url: raw.url,
        headers: raw.headers,
        published: options.published,
      },
      options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
    );
    if (!outcome.ok) return { source, ok: false, error: { reason: outcome.reason, message: outcome.message } };
    if (!options.analyze) return { source, ok: true, article: outcome.article };
    return { source, ok: true, article: outcome.article, analysis: analyze(outcome.article, {}) };
  } catch (err) {
    // A bug in a stage must cost this input only, never the batch.
    const message = err instanceof Error ? err.message : String(err);
    return { source, ok: false, error: { reason: 'internal-error', message: `extract: ${source}: ${message}` } };
  }
}
