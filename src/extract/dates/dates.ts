/**
 * Publication and modification dates: metadata first, then the page (time elements, date-like text near the
 * headline), then the URL; never invented, never implausibly in the future. (Interface fixed by the foundation.)
 */
import type { Document } from '../dom/tree.js';
import type { PageMetadata } from '../metadata/metadata.js';

export interface DateOptions {
  now: Date;
  /** A caller-supplied date (feed entry, CLI flag), used only when the page has none. */
  published?: string | null;
  /** HTTP headers (last-modified is weak evidence, used for modifiedAt only). */
  headers?: Record<string, string>;
}

export interface PageDates {
  /** ISO 8601 keeping the publisher's offset, or "YYYY-MM-DD". */
  publishedAt: string | null;
  modifiedAt: string | null;
}

export function findDates(
  _doc: Document | null,
  _meta: PageMetadata | null,
  _url: string | null,
  options: DateOptions,
): PageDates {
  return { publishedAt: options.published ?? null, modifiedAt: null };
}
