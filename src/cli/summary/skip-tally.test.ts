import { describe, expect, it } from 'vitest';
import type { IngestProgress } from '../../ingest/pipeline/ingest-types.js';
import { formatSkipCounts, skipTally } from './skip-tally.js';

const event = (last: IngestProgress['last']): IngestProgress => ({
  done: 1,
  stored: 0,
  unchanged: 0,
  skipped: 0,
  failed: 0,
  total: 1,
  expanding: false,
  elapsedMs: 1,
  last,
});

describe('skipTally', () => {
  it('counts skipped pages by reason, most frequent first, glossing the known reasons', () => {
    const tally = skipTally();
    tally.note(event({ source: 'a.warc#0', status: 'skipped', reason: 'not-a-response' }));
    tally.note(event({ source: 'a.warc#1', status: 'stored' }));
    tally.note(event({ source: 'b.csv', status: 'skipped', reason: 'not-an-input' }));
    tally.note(event({ source: 'a.warc#2', status: 'skipped', reason: 'not-a-response' }));
    tally.note(event({ source: 'c.html', status: 'failed', reason: 'empty' }));
    tally.note(event({ source: 'd', status: 'skipped', reason: 'some-new-reason' }));
    tally.note(event(undefined));
    expect(formatSkipCounts(tally.counts)).toEqual([
      '  skipped 2 not-a-response (WARC records that are not responses: requests, metadata)',
      '  skipped 1 not-an-input (files of a kind ingest does not read)',
      '  skipped 1 some-new-reason',
    ]);
    expect(formatSkipCounts(new Map())).toEqual([]);
  });
});
