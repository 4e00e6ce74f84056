import type { Analysis, Article } from '../../vocabulary.js';

/** One line of `--format jsonl`: the outcome for one input. */
export type BatchRecord =
  | { source: string; ok: true; article: Article; analysis?: Analysis }
  | { source: string; ok: false; error: { reason: string; message: string } };

export interface ProcessOptions {
  /** Run analysis after extraction (`dateline analyze`). */
  analyze: boolean;
  /** A publication date supplied by the caller, used when the page has none. */
  published?: string;
  /** The size limit of one input (`--max-bytes`), for extract's decode too: it held every page to its default. */
  maxBytes?: number;
}
