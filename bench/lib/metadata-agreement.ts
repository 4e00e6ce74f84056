/**
 * Agreement with Readability's expected metadata: per field, the share of pages (where the expectation is not
 * null) on which the extractor's value matches after normalising white space and case; published times match
 * when they denote the same instant, or the same day when one side is a date only.
 */
import type { ExpectedMetadata } from './readability-pages.js';

export const FIELDS = ['title', 'byline', 'excerpt', 'siteName', 'publishedTime'] as const;
export type Field = (typeof FIELDS)[number];
export type Found = Record<Field, string | null>;

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function fieldAgrees(field: Field, expected: string, found: string | null): boolean {
  if (found === null) return false;
  if (field === 'publishedTime') {
    const a = Date.parse(expected);
    const b = Date.parse(found);
    if (Number.isNaN(a) || Number.isNaN(b)) return norm(expected) === norm(found);
    return (
      a === b ||
      (found.length === 10 && expected.startsWith(found)) ||
      (expected.length === 10 && found.startsWith(expected))
    );
  }
  return norm(expected) === norm(found);
}

export class Agreement {
  private readonly hits = new Map<Field, number>();
  private readonly totals = new Map<Field, number>();

  add(expected: ExpectedMetadata, found: Found): void {
    for (const f of FIELDS) {
      const e = expected[f];
      if (e === null || e === undefined || e === '') continue;
      this.totals.set(f, (this.totals.get(f) ?? 0) + 1);
      if (fieldAgrees(f, e, found[f])) this.hits.set(f, (this.hits.get(f) ?? 0) + 1);
    }
  }

  result(): Record<Field, number> {
    const out = {} as Record<Field, number>;
    for (const f of FIELDS) out[f] = (this.hits.get(f) ?? 0) / (this.totals.get(f) || 1);
    return out;
  }
}
