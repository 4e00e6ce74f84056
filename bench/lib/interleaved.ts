/**
 * Speed of two extractors measured side by side: both warmed up over every page first, then timed page by page
 * in turn for several rounds, alternating which goes first. Load from other processes on a shared machine then
 * falls on both alike, and each extractor's garbage is collected mostly during its own turns. The ratio of the
 * two is the speed figure the benchmark reports; each round gives one, so their spread shows the noise.
 * Each call's process CPU time is taken too: on a machine shared with other jobs, wall time also counts the
 * time a call waits for a core, CPU time only the work done (garbage collector threads included), so the
 * CPU-time ratio is the steadier cross-check of the same run.
 */
import { Timer } from './timing.js';

export interface Timed {
  name: string;
  run(html: string, url: string | null): unknown;
}

export interface TimedPage {
  /** Read once per use: the Scrapinghub loader decompresses on every read. */
  readonly html: string;
  url: string;
}

export interface RoundResult {
  /** pages/s of `a` divided by pages/s of `b` in this round. */
  ratio: number;
  /** The same, from CPU time. */
  cpuRatio: number;
  aPagesPerSec: number;
  bPagesPerSec: number;
}

export interface InterleavedResult {
  rounds: RoundResult[];
  /** Over all rounds pooled: total time of `b` / total time of `a`. */
  ratio: number;
  ratioMedian: number;
  ratioMin: number;
  ratioMax: number;
  /** Pooled ratio of CPU time: CPU time of `b` / CPU time of `a`. */
  cpuRatio: number;
  cpuRatioMin: number;
  cpuRatioMax: number;
  a: ReturnType<Timer['summary']>;
  b: ReturnType<Timer['summary']>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Warm-up pass over every page (untimed), then `rounds` timed rounds, page by page, alternating the order. */
export function interleaved(a: Timed, b: Timed, pages: readonly TimedPage[], rounds: number): InterleavedResult {
  for (const p of pages) {
    const html = p.html;
    a.run(html, p.url);
    b.run(html, p.url);
  }
  const [ta, tb] = [new Timer(), new Timer()];
  const cpuTotal = { a: 0, b: 0 };
  const out: RoundResult[] = [];
  for (let r = 0; r < rounds; r++) {
    const [ra, rb] = [new Timer(), new Timer()];
    const cpu = { a: 0, b: 0 };
    pages.forEach((p, i) => {
      const html = p.html;
      const turns: Array<[Timed, Timer, Timer, 'a' | 'b']> = [
        [a, ra, ta, 'a'],
        [b, rb, tb, 'b'],
      ];
      if ((i + r) % 2) turns.reverse();
      for (const [ex, round, all, k] of turns) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        ex.run(html, p.url);
        const ms = performance.now() - t0;
        const c = process.cpuUsage(c0);
        round.record(ms);
        all.record(ms);
        cpu[k] += c.user + c.system;
      }
    });
    const [sa, sb] = [ra.summary(), rb.summary()];
    cpuTotal.a += cpu.a;
    cpuTotal.b += cpu.b;
    out.push({
      ratio: sa.pagesPerSec / sb.pagesPerSec,
      cpuRatio: cpu.b / cpu.a,
      aPagesPerSec: sa.pagesPerSec,
      bPagesPerSec: sb.pagesPerSec,
    });
  }
  const ratios = out.map((o) => o.ratio);
  const cpuRatios = out.map((o) => o.cpuRatio);
  const [sa, sb] = [ta.summary(), tb.summary()];
  return {
    rounds: out,
    ratio: sa.pagesPerSec / sb.pagesPerSec,
    ratioMedian: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    cpuRatio: cpuTotal.b / cpuTotal.a,
    cpuRatioMin: Math.min(...cpuRatios),
    cpuRatioMax: Math.max(...cpuRatios),
    a: sa,
    b: sb,
  };
}
