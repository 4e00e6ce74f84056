/** How long a failed job waits before its next attempt. */

export interface BackoffOptions {
  /** Wait after the first failure (default 10 s); doubled for each further one. */
  baseMs: number;
  /** Longest wait (default 15 min). */
  maxMs: number;
  /** Fraction of the wait drawn at random, so jobs that failed together do not all retry together (default 0.2). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 10_000, maxMs: 15 * 60_000, jitter: 0.2 };

/** The wait after failed attempt number `attempt` (1-based): base·2^(attempt−1), capped, less up to `jitter` of it. */
export function retryDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const wait = Math.min(options.baseMs * 2 ** exponent, options.maxMs);
  return Math.round(wait * (1 - options.jitter * random()));
}
