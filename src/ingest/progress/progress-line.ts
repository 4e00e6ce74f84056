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

/** "[#####-----] 120/300 done, 3 failed, 12.5/s, ETA 14s"; "~300" while the total is still an estimate. */
export function progressBar(p: IngestProgress): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  // While expanding, the pre-count stands in for the total (never below what is already known).
  const total = p.expanding && p.estimatedTotal ? Math.max(p.estimatedTotal, p.total) : p.total;
  const known = total > 0 && (!p.expanding || !!p.estimatedTotal);
  const filled = known ? Math.min(BAR_WIDTH, Math.round((BAR_WIDTH * p.done) / total)) : 0;
  const bar = known ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ` : '';
  const of = known ? `/${p.expanding ? '~' : ''}${total}` : p.expanding ? '/…' : '';
  const eta = known && rate > 0 ? `, ETA ${duration((Math.max(0, total - p.done) / rate) * 1000)}` : '';
  return `${bar}${p.done}${of} done, ${p.failed} failed, ${rate.toFixed(1)}/s${eta}`;
}

/** "stored <source>" / "failed <source>: <reason>" for logs and pipes. */
export function progressLogLine(p: IngestProgress): string | null {
  if (!p.last) return null;
  return `${p.last.status} ${p.last.source}${p.last.reason ? `: ${p.last.reason}` : ''}`;
}
