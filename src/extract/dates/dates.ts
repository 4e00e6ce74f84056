/**
 * Publication and modification dates: metadata first, then the page (time elements, date-like text near the
 * headline), then the URL; never invented, never implausibly in the future. (Interface fixed by the foundation.)
 *
 * Cascade for publishedAt, first plausible answer wins (after htmldate's order):
 *   1. metadata     — JSON-LD datePublished, then Dublin Core, Open Graph, <meta> (as merged by extractMetadata)
 *   2. meta tags    — every other known publication key, in order of specificity
 *   3. structured   — itemprop=datePublished, <time datetime> in the article
 *   4. marked text  — short date/byline blocks ("post-meta", "article-date")
 *   5. headline     — date-like text around the <h1>
 *   6. url          — "/2024/03/03/" in the address, else in the page's canonical link
 *   7. caller       — the feed's or CLI's date, only when the page has none
 * modifiedAt follows the same sources for modification, then the HTTP Last-Modified header.
 */
import type { Document } from '../dom/tree.js';
import { MODIFIED_KEYS, PUBLISHED_KEYS } from '../metadata/meta-tags/adapt.js';
import { decodeMetaTags, metaValues } from '../metadata/meta-tags/decode.js';
import type { PageMetadata } from '../metadata/metadata.js';
import { markedTextDates, nearHeadlineDates, structuredPageDates, type PageDate } from './page-dates.js';
import { parseMachineDate } from './parse-machine.js';
import { earliestInstant, formatIso, type DateParts } from './parts.js';
import { plausible } from './plausible.js';
import { urlDate } from './url-date.js';

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
  /** Which stage gave publishedAt (an optional addition, for diagnostics). */
  publishedVia?: DateSource | null;
}

export type DateSource = 'metadata' | 'meta-tags' | 'structured' | 'marked' | 'headline' | 'url' | 'caller';

type Lazy = () => DateParts | null;

function firstPlausible(
  raws: readonly (string | null | undefined)[],
  language: string | null,
  now: Date,
): DateParts | null {
  for (const raw of raws) {
    const p = parseMachineDate(raw, language);
    if (p && plausible(p, now)) return p;
  }
  return null;
}

function ofKind(dates: PageDate[], kind: PageDate['kind'], now: Date): DateParts | null {
  return dates.find((d) => d.kind === kind && plausible(d.parts, now))?.parts ?? null;
}

/** The instant of a date with a time and an offset; null when either is missing. */
function exactInstant(p: DateParts): number | null {
  return p.time && p.offset ? earliestInstant(p) : null;
}

/**
 * JSON-LD often converts the time to UTC ("…Z") while Open Graph keeps the newsroom's offset; the same instant
 * with the publisher's own offset is preferred, so the date part is the day the publisher printed.
 */
function withLocalOffset(
  p: DateParts | null,
  raws: readonly (string | null | undefined)[],
  lang: string | null,
): DateParts | null {
  if (!p || !p.time || (p.offset && p.offset !== 'Z')) return p;
  const at = exactInstant(p);
  const wall = formatIso({ ...p, offset: null });
  for (const raw of raws) {
    const q = parseMachineDate(raw, lang);
    if (!q || !q.offset || q.offset === 'Z') continue;
    // Same instant (UTC given), or same wall-clock time (no offset given): the offset completes it.
    if (p.offset === 'Z' ? exactInstant(q) === at : formatIso({ ...q, offset: null }) === wall) return q;
  }
  return p;
}

/** Finds publishedAt and modifiedAt; either is null when the page and the caller give none. */
export function findDates(
  doc: Document | null,
  meta: PageMetadata | null,
  url: string | null,
  options: DateOptions,
): PageDates {
  const { now } = options;
  const lang = meta?.language ?? null;
  const tags = doc ? decodeMetaTags(doc) : null;
  // Page scans are costly (chrono); each runs only when the stages before it found nothing.
  let structured: PageDate[] | null = null;
  let marked: PageDate[] | null = null;
  const getStructured = (): PageDate[] => (structured ??= doc ? structuredPageDates(doc, lang) : []);
  const getMarked = (): PageDate[] => (marked ??= doc ? markedTextDates(doc, lang) : []);

  const tagPublished = tags ? metaValues(tags, ...PUBLISHED_KEYS) : [];
  const tagModified = tags ? metaValues(tags, ...MODIFIED_KEYS) : [];
  const metaPublished = [meta?.publishedRaw, ...tagPublished];
  const metaModified = [meta?.modifiedRaw, ...tagModified];
  const publishedStages: Array<[DateSource, Lazy]> = [
    ['metadata', () => withLocalOffset(firstPlausible([meta?.publishedRaw], lang, now), metaPublished, lang)],
    ['meta-tags', () => firstPlausible(tagPublished, lang, now)],
    ['structured', () => ofKind(getStructured(), 'published', now)],
    ['marked', () => ofKind(getMarked(), 'published', now)],
    ['headline', () => (doc ? ofKind(nearHeadlineDates(doc, lang), 'published', now) : null)],
    // The page's own canonical address when the one it was fetched at has no date (a short link, a feed redirect).
    ['url', () => [urlDate(url), urlDate(meta?.canonicalUrl ?? null)].find((p) => p && plausible(p, now)) ?? null],
    ['caller', () => firstPlausible([options.published], lang, now)],
  ];
  let published: DateParts | null = null;
  let via: DateSource | null = null;
  for (const [name, stage] of publishedStages) {
    published = stage();
    if (published) {
      via = name;
      break;
    }
  }

  const modifiedStages: Lazy[] = [
    () => withLocalOffset(firstPlausible([meta?.modifiedRaw], lang, now), metaModified, lang),
    () => firstPlausible(tagModified, lang, now),
    () => ofKind(getStructured(), 'modified', now),
    () => ofKind(getMarked(), 'modified', now),
    () => firstPlausible([options.headers?.['last-modified']], null, now),
  ];
  let modified: DateParts | null = null;
  for (const stage of modifiedStages) {
    modified = stage();
    // A modification before the publication is a different document's date (or a template's).
    if (modified && published && earliestInstant(modified) + 86_400_000 < earliestInstant(published)) modified = null;
    if (modified) break;
  }

  return {
    publishedAt: published ? formatIso(published) : null,
    modifiedAt: modified ? formatIso(modified) : null,
    publishedVia: via,
  };
}
