/**
 * Polite fetching on top of the safe `fetchPage`: robots.txt honoured, per-host spacing and concurrency, a
 * global cap, an honest User-Agent. Private addresses stay refused unless `allowPrivate` (fetchPage enforces
 * it on the connected address).
 */
import {
  FETCH_DEFAULTS,
  isTransientHttpStatus,
  type FetchFailure,
  type FetchOptions,
  type FetchOutcome,
} from '../fetch/fetch-outcome.js';
import { HostGate } from './host-gate.js';
import { productToken, RobotsCache, type FetchLike } from './robots-rules.js';
import { refusedUrl } from '../fetch/fetch-page.js';

export interface PoliteOptions {
  userAgent?: string;
  allowPrivate?: boolean;
  /** Requests in flight to one host (default 2). */
  perHost?: number;
  /** Minimum spacing between requests to one host (default 500 ms). */
  delayMs?: number;
  /** Requests in flight overall (default 8). */
  global?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Honour robots.txt (default true). */
  robots?: boolean;
}

export type PoliteOutcome = FetchOutcome | { ok: false; reason: 'robots-disallowed'; message: string; url: string };

export type PoliteFetch = (
  url: string,
  options?: Pick<FetchOptions, 'etag' | 'lastModified' | 'headers' | 'signal'>,
) => Promise<PoliteOutcome>;

export const DEFAULT_USER_AGENT = 'Dateline/0.1 (+https://github.com/dateline)';

/** Builds a polite fetch function over `fetch` (the safe fetcher, or a fake in tests). */
export function createPoliteFetch(fetch: FetchLike, options: PoliteOptions = {}): PoliteFetch {
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const base: FetchOptions = {
    userAgent,
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
  };
  const gate = new HostGate({
    perHost: Math.min(Math.max(options.perHost ?? 2, 1), 2),
    delayMs: options.delayMs ?? 500,
    global: options.global ?? 8,
  });
  const robots = new RobotsCache((u, o) => gate.run(new URL(u).host, () => fetch(u, o)), productToken(userAgent), base);

  return async (url, extra = {}) => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return { ok: false, reason: 'bad-url', message: `fetch: ${url}: not a URL`, url };
    }
    const refused = refusedUrl(url, base.allowPrivate);
    if (refused) return refused;
    if (options.robots !== false && /^https?:/i.test(url)) {
      const rules = await robots.rulesFor(url);
      if (rules.crawlDelayMs) gate.setDelay(host, rules.crawlDelayMs);
      if (!rules.allowed(url)) return refusedByRobots(url, rules.unreadable);
    }
    return gate.run(host, () => fetch(url, { ...base, ...extra }));
  };
}

/** A fetch failure's message without its "fetch: <url>: " opening. */
function detailOf(failure: FetchFailure): string {
  const opening = `fetch: ${failure.url}: `;
  return failure.message.startsWith(opening) ? failure.message.slice(opening.length) : failure.message;
}

/**
 * The outcome for a page robots.txt keeps us from. When robots.txt itself could not be read because the host
 * does not resolve, refuses or times out, that failure is the true reason (and one that may pass, so a worker
 * retries it). A robots.txt that answers 5xx disallows everything (RFC 9309 §2.3.1.4) only until it can be read:
 * a transient status (503, 429 …) is reported as that HTTP error, so the page counts as failed for now (a rerun
 * or a worker tries it again), not as refused for good.
 */
function refusedByRobots(url: string, unreadable: FetchFailure | undefined): PoliteOutcome {
  const status = unreadable?.reason === 'http-error' ? unreadable.status : undefined;
  if (status !== undefined && isTransientHttpStatus(status))
    return {
      ok: false,
      reason: 'http-error',
      status,
      message:
        `fetch: ${url}: robots.txt answered HTTP ${status}, so the page was not fetched ` +
        '(RFC 9309: everything is disallowed until robots.txt can be read)',
      url,
    };
  if (unreadable && (unreadable.reason === 'dns' || unreadable.reason === 'network' || unreadable.reason === 'timeout'))
    return {
      ok: false,
      reason: unreadable.reason,
      // The cause first, on the page's URL ("host not found"), then why it was met on robots.txt.
      message: `fetch: ${url}: ${detailOf(unreadable)} (robots.txt could not be read, so the page was not fetched)`,
      url,
    };
  const why = unreadable ? ` (robots.txt unreadable: ${unreadable.message}; RFC 9309 then disallows everything)` : '';
  return { ok: false, reason: 'robots-disallowed', message: `fetch: ${url}: disallowed by robots.txt${why}`, url };
}
