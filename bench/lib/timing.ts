/** Per-page timings and peak resident memory for a benchmark run. */
export class Timer {
  private readonly ms: number[] = [];
  private peak = 0;

  time<T>(fn: () => T): T {
    const t0 = performance.now();
    const out = fn();
    this.ms.push(performance.now() - t0);
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
    return out;
  }

  /** Adds a time measured by the caller (no RSS sample). */
  record(ms: number): void {
    this.ms.push(ms);
  }

  summary(): { pagesPerSec: number; p50: number; p95: number; peakRssMiB: number } {
    const sorted = [...this.ms].sort((a, b) => a - b);
    const total = this.ms.reduce((a, b) => a + b, 0);
    const q = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    return {
      pagesPerSec: total ? (this.ms.length * 1000) / total : 0,
      p50: q(0.5),
      p95: q(0.95),
      peakRssMiB: this.peak / 2 ** 20,
    };
  }
}
