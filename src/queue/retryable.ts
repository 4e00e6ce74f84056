/**
 * Which page failures are worth another attempt. A job is retried when one of its failures may pass on its own
 * (a slow host, a database restart); a bad URL, a private address or a binary file fails the same way every
 * time, so such a job fails at once with its error.
 */
import type { IngestFailure } from '../ingest/pipeline/ingest-types.js';

/** Failure reasons (ingest, fetch, extract) whose cause lies outside the input. */
export const TRANSIENT_REASONS: ReadonlyMap<string, string> = new Map([
  ['timeout', 'the host was slow this time'],
  ['network', 'connection refused or reset: the host or a proxy may be back soon'],
  ['dns', 'resolvers fail transiently (EAI_AGAIN is reported as "host not found" too)'],
  ['internal-error', 'a store or pipeline error, such as a database restart or a deadlock'],
  ['after-store', 'the story desk failed after the article was stored'],
]);

/** HTTP statuses that say "later", not "never" (RFC 9110 §15.5.9, §15.6; RFC 6585 §4 for 429). */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * The status of an `http-error`, read from the message fetch-page writes ("fetch: <url>: HTTP 503"): the ingest
 * summary keeps a failure's reason and message only.
 */
function httpStatus(message: string): number | null {
  const match = /: HTTP (\d{3})$/.exec(message);
  return match ? Number(match[1]) : null;
}

export function isRetryable(failure: Pick<IngestFailure, 'reason' | 'message'>): boolean {
  if (TRANSIENT_REASONS.has(failure.reason)) return true;
  if (failure.reason === 'http-error') {
    const status = httpStatus(failure.message);
    return status !== null && TRANSIENT_STATUSES.has(status);
  }
  return false;
}
