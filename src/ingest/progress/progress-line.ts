/** Progress as text for the CLI: one bar line for a TTY (redrawn in place), or one log line per page. */
import type { IngestProgress } from '../pipeline/ingest-types.js';

const BAR_WIDTH = 24;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** "[#####-----] 120/300 done, 3 failed, 12.5/s, ETA 14s" — the total and ETA only once expansion is over. */
export function progressBar(p: IngestProgress): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const known = !p.expanding && p.total > 0;
  const filled = known ? Math.round((BAR_WIDTH * p.done) / p.total) : 0;
  const bar = known ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ` : '';
  const total = known ? `/${p.total}` : p.expanding ? '/…' : '';
  const eta = known && rate > 0 ? `, ETA ${duration(((p.total - p.done) / rate) * 1000)}` : '';
  return `${bar}${p.done}${total} done, ${p.failed} failed, ${rate.toFixed(1)}/s${eta}`;
}

/** "stored <source>" / "failed <source>: <reason>" for logs and pipes. */
export function progressLogLine(p: IngestProgress): string | null {
  if (!p.last) return null;
  return `${p.last.status} ${p.last.source}${p.last.reason ? `: ${p.last.reason}` : ''}`;
}
