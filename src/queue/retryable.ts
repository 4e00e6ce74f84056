/**
 * Which page failures are worth another attempt. A job is retried when one of its failures may pass on its own
 * (a slow host, a database restart); a bad URL, a private address or a binary file fails the same way every
 * time, so such a job fails at once with its error.
 */
import { isTransientHttpStatus } from '../ingest/fetch/fetch-outcome.js';
import type { IngestFailure } from '../ingest/pipeline/ingest-types.js';

/** Failure reasons (ingest, fetch, extract) whose cause lies outside the input. */
export const TRANSIENT_REASONS: ReadonlyMap<string, string> = new Map([
  ['timeout', 'the host was slow this time'],
  ['network', 'connection refused or reset: the host or a proxy may be back soon'],
  ['dns', 'resolvers fail transiently (EAI_AGAIN is reported as "host not found" too)'],
  ['internal-error', 'a store or pipeline error, such as a database restart or a deadlock'],
  ['after-store', 'the story desk failed after the article was stored'],
]);

/** A failure as the ingest summary reports it: an `http-error` carries its HTTP status. */
export type RetryableFailure = Pick<IngestFailure, 'reason' | 'status'>;

export function isRetryable(failure: RetryableFailure): boolean {
  if (TRANSIENT_REASONS.has(failure.reason)) return true;
  if (failure.reason !== 'http-error') return false;
  return failure.status !== undefined && isTransientHttpStatus(failure.status);
}
