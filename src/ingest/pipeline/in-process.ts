/** The default DocumentProcessor: extract and analyze on this thread. */
import { analyze } from '../../analyze/analyze.js';
import { extract } from '../../extract/extract.js';
import type { DocumentProcessor } from './ingest-types.js';

export function inProcessProcessor(now: () => Date): DocumentProcessor {
  return {
    extract: async (input) => extract(input, { now: now() }),
    analyze: async (article) => analyze(article, {}),
  };
}
