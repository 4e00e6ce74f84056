import { describe, expect, it } from 'vitest';
import type { IngestProgress } from '../pipeline/ingest-types.js';
import { progressBar, progressLogLine } from './progress-line.js';

const base: IngestProgress = {
  done: 50,
  stored: 45,
  unchanged: 0,
  skipped: 2,
  failed: 3,
  total: 100,
  expanding: false,
  elapsedMs: 10_000,
};

describe('progress lines', () => {
  it('shows done, failed, rate and ETA once the total is known', () => {
    expect(progressBar(base)).toBe('[############------------] 50/100 done, 3 failed, 5.0/s, ETA 10s');
  });

  it('uses the pre-count as an estimate while expanding, and says so', () => {
    expect(progressBar({ ...base, expanding: true, total: 60, estimatedTotal: 200 })).toBe(
      '[######------------------] 50/~200 done, 3 failed, 5.0/s, ETA 30s',
    );
    expect(progressBar({ ...base, expanding: true, total: 60 })).toBe('50/… done, 3 failed, 5.0/s');
  });

  it('logs one line per page with its reason', () => {
    expect(progressLogLine({ ...base, last: { source: 'a.html', status: 'failed', reason: 'not-html' } })).toBe(
      'failed a.html: not-html',
    );
    expect(progressLogLine(base)).toBeNull();
  });
});
