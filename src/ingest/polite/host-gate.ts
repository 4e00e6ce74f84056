/**
 * Politeness scheduling: at most `perHost` requests in flight to one host, at least `delayMs` between the
 * starts of two requests to it, and at most `global` requests in flight overall. Hand-written because the
 * queue libraries (p-limit, p-queue) cap concurrency but know nothing of per-host spacing; this is ~60 lines.
 */

export interface HostGateOptions {
  perHost: number;
  delayMs: number;
  global: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface HostState {
  active: number;
  nextStart: number;
  waiters: (() => void)[];
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class HostGate {
  readonly #opts: Required<HostGateOptions>;
  readonly #hosts = new Map<string, HostState>();
  #active = 0;
  readonly #globalWaiters: (() => void)[] = [];
  /** Per-host delays raised by robots.txt Crawl-delay. */
  readonly #delays = new Map<string, number>();

  constructor(options: HostGateOptions) {
    this.#opts = { sleep: defaultSleep, now: Date.now, ...options };
  }

  /** Raises the spacing for one host (robots.txt Crawl-delay); never lowers it below the default. */
  setDelay(host: string, ms: number): void {
    this.#delays.set(host, Math.max(this.#opts.delayMs, ms));
  }

  /** Runs `task` when the host and the global cap allow it. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.#hosts.get(host) ?? { active: 0, nextStart: 0, waiters: [] };
    this.#hosts.set(host, state);
    while (state.active >= this.#opts.perHost) await new Promise<void>((r) => state.waiters.push(r));
    state.active++;
    try {
      const wait = state.nextStart - this.#opts.now();
      state.nextStart = Math.max(state.nextStart, this.#opts.now()) + (this.#delays.get(host) ?? this.#opts.delayMs);
      if (wait > 0) await this.#opts.sleep(wait);
      while (this.#active >= this.#opts.global) await new Promise<void>((r) => this.#globalWaiters.push(r));
      this.#active++;
      try {
        return await task();
      } finally {
        this.#active--;
        this.#globalWaiters.shift()?.();
      }
    } finally {
      state.active--;
      state.waiters.shift()?.();
    }
  }
}
