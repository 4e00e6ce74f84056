/** The default DocumentProcessor: extract and analyze on this thread. */
import { analyze } from '../../analyze/analyze.js';
import { extract } from '../../extract/extract.js';
import type { DocumentProcessor } from './ingest-types.js';

/** `maxBytes`: extract's size limit for one page (the fetch limit); extract's own default when absent. */
export function inProcessProcessor(now: () => Date, maxBytes?: number): DocumentProcessor {
  return {
    extract: async (input) => extract(input, maxBytes === undefined ? { now: now() } : { now: now(), maxBytes }),
    analyze: async (article) => analyze(article, {}),
  };
}
