/** The plausibility gate every found date must pass (after htmldate: nothing before the web news era, nothing ahead of the clock). */
import { earliestInstant, isValid, type DateParts } from './parts.js';

/** Earliest publication we accept: news sites barely existed before 1995 (htmldate's default minimum). */
export const MIN_YEAR = 1995;
/** Clock skew and time zones: a date up to this far past `now` is still accepted. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export function plausible(p: DateParts, now: Date): boolean {
  if (!isValid(p) || p.year < MIN_YEAR) return false;
  return earliestInstant(p) <= now.getTime() + FUTURE_TOLERANCE_MS;
}
