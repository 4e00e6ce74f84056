/**
 * extract: RawDocument-like input → Article, or a typed reason. Pure: never fetches (STYLE.md §3).
 * Stages: decode → metadata → body → images → byline/dateline/dates → sanitize.
 * (Skeleton from the foundation commit; the extraction work fills each stage in.)
 */
import type { ExtractInput, ExtractOptions, ExtractOutcome } from '../vocabulary.js';

export function extract(_input: ExtractInput, _options: ExtractOptions = {}): ExtractOutcome {
  return { ok: false, reason: 'not-an-article', message: 'extract: not implemented yet' };
}
