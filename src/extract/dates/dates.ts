/**
 * Publication and modification dates: metadata first, then the page (time elements, date-like text near the
 * headline), then the URL; never invented, never implausibly in the future. (Interface fixed by the foundation.)
 *
 * Cascade for publishedAt, first plausible answer wins (after htmldate's order):
 *   1. metadata     — JSON-LD datePublished, then Dublin Core, Open Graph, <meta> (as merged by extractMetadata)
 *   2. meta tags    — every other known publication key, in order of specificity
 *   3. structured   — itemprop=datePublished, <time datetime> in the article
 *   3b. created     — JSON-LD or microdata dateCreated (a video page's uploadDate): a CMS's record of the item,
 *                     which can precede or follow the publication, so read only when no datePublished exists
 *   4. marked text  — short date/byline blocks ("post-meta", "article-date")
 *   5. headline     — date-like text around the <h1>
 *   5b. cue         — a date after a byline cue anywhere in the page ("Posted by … on 2019-02-15")
 *   6. url          — "/2024/03/03/" in the address, else in the page's canonical link
 *   6b. title       — a part of the <title> or the headline that is only a date ("… | 12 March 2019")
 *   6c. line        — a short line of the page that is only a date ("<p>03.03.2021</p>"), article scope first
 *   6d. yearless    — a byline date without a year ("Posted March 3"), given the one year the address, the
 *                     copyright line and the modification date name (yearless.ts)
 *   7. caller       — the feed's or CLI's date, only when the page has none
 * modifiedAt follows the same sources for modification, then the HTTP Last-Modified header.
 */
import type { Document } from '../dom/tree.js';
import { MODIFIED_KEYS, PUBLISHED_KEYS } from '../metadata/meta-tags/adapt.js';
import { decodeMetaTags, metaValues } from '../metadata/meta-tags/decode.js';
import type { PageMetadata } from '../metadata/metadata.js';
import { inZone, isUtc, printedDay, printedZone, SAME_STORY_MS } from './local-day.js';
import {
  cueLineDates,
  markedTextDates,
  nearHeadlineDates,
  nearHeadlineTexts,
  printedTimes,
  structuredPageDates,
  type PageDate,
  type PrintedTime,
} from './page-dates.js';
import { dateLine } from './date-line.js';
import { parseTextDates } from './parse-text.js';
import { parseMachineDate } from './parse-machine.js';
import { dayOf, earliestInstant, formatIso, type DateParts } from './parts.js';
import { plausible } from './plausible.js';
import { titleDate } from './title-date.js';
import { urlDate, urlYear } from './url-date.js';
import { copyrightYears, yearlessPageDate, type YearEvidence } from './yearless.js';

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

export type DateSource =
  | 'metadata'
  | 'meta-tags'
  | 'structured'
  | 'created'
  | 'marked'
  | 'headline'
  | 'cue'
  | 'url'
  | 'title'
  | 'line'
  | 'yearless'
  | 'caller';

type Lazy = () => DateParts | null;
/** parseMachineDate in the page's language, remembered per raw value: the stages below read the same tags. */
type Parse = (raw: string | null | undefined) => DateParts | null;

function memoParse(language: string | null): Parse {
  const seen = new Map<string, DateParts | null>();
  return (raw) => {
    if (!raw) return null;
    let p = seen.get(raw);
    if (p === undefined) seen.set(raw, (p = parseMachineDate(raw, language)));
    return p;
  };
}

function firstPlausible(raws: readonly (string | null | undefined)[], parse: Parse, now: Date): DateParts | null {
  for (const raw of raws) {
    const p = parse(raw);
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
  parse: Parse,
): DateParts | null {
  if (!p || !p.time || (p.offset && p.offset !== 'Z')) return p;
  const at = exactInstant(p);
  const wall = formatIso({ ...p, offset: null });
  for (const raw of raws) {
    const q = parse(raw);
    if (!q || !q.offset || q.offset === 'Z') continue;
    // Same instant (UTC given), or same wall-clock time (no offset given): the offset completes it.
    if (p.offset === 'Z' ? exactInstant(q) === at : formatIso({ ...q, offset: null }) === wall) return q;
  }
  return p;
}

/** A printed clock time ("5:50 PM", "13h36"): without one, a text cannot show the publisher's zone. */
const CLOCK = /\d{1,2}[:h]\d{2}/gi;
/** Characters read on either side of a clock time for its date ("11:26 pm EST, Tuesday, November 19, 2019"). */
const CLOCK_WINDOW = 45;
/** Clock times read per text. */
const MAX_CLOCKS = 3;

/**
 * Dates printed with a clock time, each parsed from a short window around it. The date parser is costly, so a
 * window is parsed only if it names a day next to the UTC one (`neighbours`): a printed date on the UTC day
 * itself leaves the day as it is, whatever the zone.
 */
function clockDates(text: string, lang: string | null, neighbours: RegExp): DateParts[] {
  const out: DateParts[] = [];
  let n = 0;
  for (const m of text.matchAll(CLOCK)) {
    if (++n > MAX_CLOCKS) break;
    const window = text.slice(Math.max(0, m.index - CLOCK_WINDOW), m.index + m[0].length + CLOCK_WINDOW);
    // The clock's own digits ("4:20am") are not a day.
    if (!neighbours.test(window.replace(CLOCK, ' '))) continue;
    const d = parseTextDates(window, lang, false).find((t) => t.parts.time);
    if (d) out.push(d.parts);
  }
  return out;
}

/**
 * A UTC publication time moved into the publisher's zone, so that its day is the day the page prints
 * (local-day.ts). The evidence is read cheapest first and only as far as needed: the machine dates that carry
 * a zone or none, then the texts of the page's date elements, then the dates near the headline.
 */
function localDay(
  p: DateParts,
  machineRaws: readonly (string | null | undefined)[],
  parse: Parse,
  lang: string | null,
  getPrinted: () => PrintedTime[],
  getHeadline: () => string[],
): { parts: DateParts; zone: number | null } {
  if (!isUtc(p)) return { parts: p, zone: null };
  const at = earliestInstant(p);
  const machine = new Map<PrintedTime, DateParts | null>();
  const machineOf = (t: PrintedTime): DateParts | null => {
    if (!machine.has(t)) machine.set(t, parse(t.raw));
    return machine.get(t)!;
  };
  const near = (q: DateParts | null): boolean => !!q && Math.abs(earliestInstant(q) - at) <= SAME_STORY_MS;
  const dayNumber = (offsetDays: number): number => new Date(at + offsetDays * 86_400_000).getUTCDate();
  const neighbours = new RegExp(`(?<!\\d)0?(?:${dayNumber(-1)}|${dayNumber(1)})(?!\\d)`);
  function* printed(): Generator<DateParts> {
    for (const raw of machineRaws) {
      const q = parse(raw);
      // A machine's "Z" is what is being corrected, not evidence of the zone.
      if (q && !isUtc(q)) yield q;
    }
    for (const t of getPrinted()) {
      const m = machineOf(t);
      if (m?.time && m.offset && !isUtc(m)) yield m;
      if (m && !near(m)) continue;
      yield* clockDates(t.text, lang, neighbours);
    }
    for (const text of getHeadline()) yield* clockDates(text, lang, neighbours);
  }
  const zone = printedZone(p, printed());
  if (zone !== null) return { parts: inZone(p, zone), zone };
  for (const t of getPrinted()) {
    const m = machineOf(t);
    if (!m || Math.abs(earliestInstant(m) - at) > 60_000 || !neighbours.test(t.text.replace(CLOCK, ' '))) continue;
    const q = parseTextDates(t.text, lang, false)[0]?.parts;
    const day = q ? printedDay(p, m, q) : null;
    if (day) return { parts: day, zone: null };
  }
  return { parts: p, zone: null };
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
  const parse = memoParse(lang);
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
  const yearEvidence = (): YearEvidence => ({
    url: urlYear(url) ?? urlYear(meta?.canonicalUrl ?? null),
    copyright: doc ? copyrightYears(doc) : [],
    modified: firstPlausible([...metaModified, options.headers?.['last-modified']], parse, now),
    now,
  });
  const publishedStages: Array<[DateSource, Lazy]> = [
    ['metadata', () => withLocalOffset(firstPlausible([meta?.publishedRaw], parse, now), metaPublished, parse)],
    ['meta-tags', () => firstPlausible(tagPublished, parse, now)],
    ['structured', () => ofKind(getStructured(), 'published', now)],
    ['created', () => firstPlausible([meta?.createdRaw], parse, now)],
    ['marked', () => ofKind(getMarked(), 'published', now)],
    ['headline', () => (doc ? ofKind(nearHeadlineDates(doc, lang), 'published', now) : null)],
    ['cue', () => (doc ? ofKind(cueLineDates(doc, lang), 'published', now) : null)],
    // The page's own canonical address when the one it was fetched at has no date (a short link, a feed redirect).
    ['url', () => [urlDate(url), urlDate(meta?.canonicalUrl ?? null)].find((p) => p && plausible(p, now)) ?? null],
    ['title', () => (doc ? ([titleDate(doc, lang)].find((p) => p && plausible(p, now)) ?? null) : null)],
    ['line', () => (doc ? ([dateLine(doc, lang)].find((p) => p && plausible(p, now)) ?? null) : null)],
    ['yearless', () => (doc ? yearlessPageDate(doc, lang, yearEvidence) : null)],
    ['caller', () => firstPlausible([options.published], parse, now)],
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
  let zone: number | null = null;
  // A dated address that agrees with the UTC day already names the publisher's day: no page reading needed.
  const addressDay = urlDate(url) ?? urlDate(meta?.canonicalUrl ?? null);
  const settled = !!published && !!addressDay && dayOf(addressDay) === dayOf(published);
  if (published && doc && !settled) {
    let printed: PrintedTime[] | null = null;
    const local = localDay(
      published,
      [...metaPublished, ...metaModified],
      parse,
      lang,
      () => (printed ??= printedTimes(doc)),
      // The byline under the headline: a clock time printed above it is rare, and reading there costs most.
      () => nearHeadlineTexts(doc, false),
    );
    published = local.parts;
    zone = local.zone;
  }

  const modifiedStages: Lazy[] = [
    () => withLocalOffset(firstPlausible([meta?.modifiedRaw], parse, now), metaModified, parse),
    () => firstPlausible(tagModified, parse, now),
    () => ofKind(getStructured(), 'modified', now),
    () => ofKind(getMarked(), 'modified', now),
    () => firstPlausible([options.headers?.['last-modified']], memoParse(null), now),
  ];
  let modified: DateParts | null = null;
  for (const stage of modifiedStages) {
    modified = stage();
    // A modification before the publication is a different document's date (or a template's).
    if (modified && published && earliestInstant(modified) + 86_400_000 < earliestInstant(published)) modified = null;
    if (modified) break;
  }

  // The zone the page showed for its publication holds for its update too.
  if (modified && zone !== null && isUtc(modified)) modified = inZone(modified, zone);
  return {
    publishedAt: published ? formatIso(published) : null,
    modifiedAt: modified ? formatIso(modified) : null,
    publishedVia: via,
  };
}
