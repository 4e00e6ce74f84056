/**
 * robots.txt (RFC 9309), parsed by the well-kept `robots-parser`, fetched once per origin and cached.
 * A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network failure) disallows
 * everything for this run, as RFC 9309 §2.3.1.4 requires.
 */
import robotsParserModule from 'robots-parser';
import type { FetchFailure, FetchOptions, FetchOutcome } from '../fetch/fetch-outcome.js';

export interface RobotsRules {
  allowed(url: string): boolean;
  /** Crawl-delay in milliseconds, when robots.txt sets one for us. */
  crawlDelayMs: number | null;
  /**
   * Why robots.txt could not be read, when everything is disallowed for that reason (RFC 9309 §2.3.1.4). Without
   * it a mistyped host or a server that hangs was reported as "disallowed by robots.txt".
   */
  unreadable?: FetchFailure;
}

export type FetchLike = (url: string, options?: FetchOptions) => Promise<FetchOutcome>;

/** Crawl-delay above this is treated as this (a hostile robots.txt must not stall the batch for hours). */
const MAX_CRAWL_DELAY_MS = 30_000;
/** robots.txt larger than this is cut off (Google reads the first 500 KiB). */
const MAX_ROBOTS_BYTES = 512 * 1024;

// The package is CommonJS (`module.exports = fn`) while its types declare an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

const ALLOW_ALL: RobotsRules = { allowed: () => true, crawlDelayMs: null };
const DISALLOW_ALL: RobotsRules = { allowed: () => false, crawlDelayMs: null };

/** Parses robots.txt text for one user agent (its product token, e.g. "Dateline"). */
export function parseRobots(robotsUrl: string, body: string, agent: string): RobotsRules {
  const robots = robotsParser(robotsUrl, body);
  const delay = robots.getCrawlDelay(agent);
  return {
    // robots-parser answers undefined for URLs on another origin; those are not ours to judge, so allow.
    allowed: (url) => robots.isAllowed(url, agent) !== false,
    crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : null,
  };
}

/** Fetches and caches robots.txt per origin. */
export class RobotsCache {
  readonly #cache = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly fetch: FetchLike,
    private readonly agent: string,
    private readonly fetchOptions: FetchOptions,
  ) {}

  rulesFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.#cache.get(origin);
    if (!rules) {
      rules = this.#load(origin);
      this.#cache.set(origin, rules);
    }
    return rules;
  }

  async #load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const out = await this.fetch(robotsUrl, { ...this.fetchOptions, maxBytes: MAX_ROBOTS_BYTES });
    if (out.ok && !out.notModified) return parseRobots(robotsUrl, Buffer.from(out.bytes).toString('utf8'), this.agent);
    if (!out.ok && out.status !== undefined && out.status >= 400 && out.status < 500) return ALLOW_ALL;
    // A robots.txt too large to read is treated as present but unreadable: allow, as Google does past its cap.
    if (!out.ok && out.reason === 'too-large') return ALLOW_ALL;
    // A refused address or URL refuses the page too, with the true reason; "disallowed by robots.txt" would hide it.
    if (!out.ok && (out.reason === 'blocked-address' || out.reason === 'bad-url')) return ALLOW_ALL;
    return out.ok ? DISALLOW_ALL : { ...DISALLOW_ALL, unreadable: out };
  }
}

/** The product token robots.txt groups match against: "Dateline/0.1 (+…)" → "Dateline". */
export function productToken(userAgent: string): string {
  return userAgent.split(/[/\s]/)[0] || userAgent;
}
