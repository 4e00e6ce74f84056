/** The API's paging ranges, shared by the routes that check them and the OpenAPI document that states them. */
import type { IntRange } from '../params/param-check.js';

/** Items per page. */
export const API_LIMIT: IntRange = { min: 1, max: 100, fallback: 20 };
/** Items skipped; the ceiling keeps one request from asking the store to walk a million rows. */
export const API_OFFSET: IntRange = { min: 0, max: 1_000_000, fallback: 0 };
