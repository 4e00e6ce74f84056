/**
 * Skipped pages counted by reason, for the batch summary. On a terminal the progress bar shows no page by name,
 * so a summary saying only "7 skipped" left the reader to guess what was left out and whether it mattered.
 */
import type { IngestProgress } from '../../ingest/pipeline/ingest-types.js';

/** What each skip reason means, in a reader's words (reasons not listed are shown as their key alone). */
const SKIP_MEANING: Readonly<Record<string, string>> = {
  'not-a-response': 'WARC records that are not responses: requests, metadata',
  'not-html': 'not pages: images, scripts, PDFs',
  'http-status': 'archived error or redirect responses',
  'too-large': 'archived responses over the size limit',
  'not-an-input': 'files of a kind ingest does not read',
  'not-modified': 'feeds unchanged since the last fetch',
  'empty-feed': 'feeds with no entries',
  'empty-opml': 'OPML lists with no feeds',
  'sitemap-cap': 'sitemap pages past the cap',
  'already-expanded': 'inputs given more than once',
};

export interface SkipTally {
  /** Feed it every progress event (the event of a skipped page carries its reason). */
  note(p: IngestProgress): void;
  readonly counts: ReadonlyMap<string, number>;
}

/** A fresh tally. */
export function skipTally(): SkipTally {
  const counts = new Map<string, number>();
  return {
    note(p) {
      if (p.last?.status !== 'skipped') return;
      const reason = p.last.reason ?? 'unknown';
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    },
    counts,
  };
}

/** "  skipped: 5 not-a-response (WARC records …), 1 not-an-input (…)" lines, most frequent first; none when empty. */
export function formatSkipCounts(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => `  skipped ${n} ${reason}${SKIP_MEANING[reason] ? ` (${SKIP_MEANING[reason]})` : ''}`);
}
