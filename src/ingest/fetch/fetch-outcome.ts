/** What a fetch gives back: the page, "not modified", or a keyed failure (classified once, in fetch-page.ts). */

export type FetchFailureReason =
  | 'bad-url' // not http(s), unparsable, or credentials in the URL
  | 'blocked-address' // resolves to loopback / private / link-local and private fetches are not allowed
  | 'dns' // the host name does not resolve
  | 'timeout'
  | 'too-large' // body over the size cap
  | 'too-many-redirects'
  | 'http-error' // a status other than 2xx/304
  | 'network'; // connection refused/reset, TLS failure…

export interface FetchedPage {
  ok: true;
  notModified: false;
  status: number;
  /** The final URL after redirects. */
  url: string;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** The body, decompressed (gzip, deflate, br). */
  bytes: Uint8Array;
  redirects: string[];
}

export interface NotModified {
  ok: true;
  notModified: true;
  status: 304;
  url: string;
  headers: Record<string, string>;
}

export interface FetchFailure {
  ok: false;
  reason: FetchFailureReason;
  /** Starts with "fetch:" and names the URL. */
  message: string;
  /** The HTTP status of an `http-error` (and of the last hop of `too-many-redirects`). */
  status?: number;
  url: string;
}

/** The detail of an `http-error` message ("fetch: <url>: HTTP 503"); the status itself travels as `status`. */
export const httpErrorDetail = (status: number): string => `HTTP ${status}`;

/** HTTP statuses that say "later", not "never": 408 and 5xx (RFC 9110 §15.5.9, §15.6), 425 (RFC 8470), 429 (RFC 6585). */
const TRANSIENT_HTTP_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

export const isTransientHttpStatus = (status: number): boolean => TRANSIENT_HTTP_STATUSES.has(status);

export type FetchOutcome = FetchedPage | NotModified | FetchFailure;

export interface FetchOptions {
  /** Whole-request time limit including redirects (default 15 s). */
  timeoutMs?: number;
  /** Cap on the decompressed body (default 10 MiB). */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Allow loopback, private and link-local addresses (default false). */
  allowPrivate?: boolean;
  userAgent?: string;
  /** Conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** Extra request headers (e.g. accept). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Dateline/0.1 (self-hosted news desk; +https://github.com/dateline/dateline)',
} as const;
