/**
 * What clustering compares: a TF-IDF vector over the headline, the lead and the entities. The lead is enough to
 * place a news article (inverted pyramid) and keeps the cost per article bounded whatever the body length.
 */
import type { ClusterItem } from '../../vocabulary.js';
import { terms } from '../text/tokens.js';
import type { DocumentFrequencies } from './document-frequencies.js';
import type { SparseVector } from './sparse-vector.js';

export const FEATURES = {
  /** Content terms of the body kept: about the first two paragraphs of a news article. */
  leadTerms: 80,
  /** Characters of the body tokenised to find them (80 content terms fit in about 1,000 characters). */
  leadChars: 2000,
  /** Extra term frequency for headline terms: the headline names the story. */
  headlineBoost: 1,
  /** Extra term frequency for entity names from analysis: shared people and places are strong evidence. */
  entityBoost: 1,
} as const;

/** Prefix that keeps entity features apart from the words of the same name. */
export const ENTITY_PREFIX = 'e:';

/** The term counts of an item (before weighting). */
export function termCounts(item: ClusterItem): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (t: string, by: number): void => void counts.set(t, (counts.get(t) ?? 0) + by);
  for (const t of terms(item.title)) bump(t, 1 + FEATURES.headlineBoost);
  // Only the opening of the body is read: tokenising a 10,000-word body to keep 80 terms would waste the time.
  for (const t of terms(item.text.slice(0, FEATURES.leadChars)).slice(0, FEATURES.leadTerms)) bump(t, 1);
  for (const e of item.entities ?? []) {
    const name = terms(e).join(' ');
    if (name) bump(ENTITY_PREFIX + name, FEATURES.entityBoost);
  }
  return counts;
}

/** Interns terms as dense integer ids. */
export class TermIds {
  readonly #ids = new Map<string, number>();
  id(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) this.#ids.set(term, (id = this.#ids.size));
    return id;
  }
}

/** Unit-length sublinear term-frequency vector: what a story accumulates (IDF is applied at comparison time). */
export function tfVector(counts: Map<string, number>, ids: TermIds): SparseVector {
  const v: SparseVector = new Map();
  let n2 = 0;
  for (const [t, c] of counts) {
    const w = 1 + Math.log(c);
    v.set(ids.id(t), w);
    n2 += w * w;
  }
  const n = Math.sqrt(n2) || 1;
  for (const [t, w] of v) v.set(t, w / n);
  return v;
}

/** Unit-length TF-IDF vector under the current document frequencies. */
export function weigh(tf: SparseVector, df: DocumentFrequencies): SparseVector {
  const v: SparseVector = new Map();
  let n2 = 0;
  for (const [t, x] of tf) {
    const w = x * df.idf(t);
    v.set(t, w);
    n2 += w * w;
  }
  const n = Math.sqrt(n2) || 1;
  for (const [t, w] of v) v.set(t, w / n);
  return v;
}
