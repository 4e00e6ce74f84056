/**
 * Dates printed without a year ("Posted March 3", "3/9(木) 18:45配信", "March 18 at 3:57 PM"): sites print
 * them for the current year, so the year is another date on the page that names it, and only when that is safe.
 *
 * The year comes from, in order of trust: a year in the page's address ("/2017/…", the publication's own);
 * else the copyright years and the modification date, which must all name one year (the page was rendered in
 * it). The date must fall on or before the modification and the clock; otherwise no date: a year-end post
 * rendered in January would need the year before, and we do not guess.
 */
import * as chrono from 'chrono-node';
import { isElement, isText, normalizeSpace, type Document, type Node } from '../dom/tree.js';
import { bylineTexts, MODIFIED_CUE } from './page-dates.js';
import { dayOf, isValid, type DateParts } from './parts.js';
import { PARSERS } from './parse-text.js';
import { plausible } from './plausible.js';

/** A month and day as printed, with the time when one is printed. */
export interface MonthDay {
  month: number;
  day: number;
  time: DateParts['time'];
  index: number;
}

/** "3/9(木)", "3月9日" with an optional clock time: East Asian bylines (a weekday in brackets fixes month/day order). */
const CJK_FORMS: readonly RegExp[] = [
  /(?<![\d/年])(\d{1,2})\/(\d{1,2})\s*[（(][月火水木金土日][)）](?:\s*(\d{1,2}):(\d{2}))?/g,
  /(?<![\d年])(\d{1,2})月(\d{1,2})日(?:\s*(?:[（(][月火水木金土日][)）])?\s*(\d{1,2}):(\d{2}))?/g,
];
/** A text that prints a year is read by the full-date parsers; beside it, a yearless date is ambiguous. */
const HAS_YEAR = /(?:19|20)\d{2}/;
/** English weekday names stop chrono between day and time; a yearless date needs none. */
const WEEKDAY =
  /(?<![\p{L}\d])(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?(?![\p{L}\d])/giu;
const NUMERIC_MONTH_DAY = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/;
/** Reference for chrono: the year it would infer is discarded. */
const REF = new Date(Date.UTC(2000, 5, 15));

/** Month-and-day dates in a short byline text that prints no year; [] otherwise. */
export function yearlessDates(text: string, language: string | null): MonthDay[] {
  if (HAS_YEAR.test(text)) return [];
  const out: MonthDay[] = [];
  for (const re of CJK_FORMS)
    for (const m of text.matchAll(re)) {
      const time = m[3] !== undefined ? { hour: Number(m[3]), minute: Number(m[4]), second: 0 } : null;
      out.push({ month: Number(m[1]), day: Number(m[2]), time, index: m.index });
    }
  if (out.length) return out;
  const plain = text.replace(WEEKDAY, (w) => ' '.repeat(w.length));
  const own = PARSERS[language ?? ''];
  for (const parser of [own, chrono.en.casual]) {
    if (!parser) continue;
    for (const r of parser.parse(plain, REF)) {
      const c = r.start;
      // "today", "Monday", "2 days ago" imply their day; only a printed month and day count.
      if (!c.isCertain('month') || !c.isCertain('day') || c.isCertain('year')) continue;
      // "3/9": month-first in the US, day-first elsewhere; without a year nothing settles it.
      if (NUMERIC_MONTH_DAY.test(r.text)) continue;
      const time = c.isCertain('hour') ? { hour: c.get('hour')!, minute: c.get('minute') ?? 0, second: 0 } : null;
      out.push({ month: c.get('month')!, day: c.get('day')!, time, index: r.index });
    }
    if (out.length) break;
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "© 2017", "Copyright (C) 2015-2017", "(c) 2017": the last year of the range. */
const COPYRIGHT =
  /(?:©|&copy;|\(c\)|copyright)\s*(?:\(c\)|©)?\s*(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/gi;
const COPYRIGHT_CUE = /©|\(c\)|copyright/i;
/** Elements whose text is not the page's. */
const NOT_TEXT: ReadonlySet<string> = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg']);

/** The distinct copyright years the page prints. */
export function copyrightYears(doc: Document): number[] {
  const years = new Set<number>();
  const visit = (node: Node): void => {
    if (isText(node)) {
      if (!COPYRIGHT_CUE.test(node.value)) return;
      // "© <span>2017</span>": the year may sit in the next element.
      const parent = node.parentNode;
      const text = parent && isElement(parent as Node) ? textOf(parent as Node) : node.value;
      for (const m of normalizeSpace(text).matchAll(COPYRIGHT)) years.add(Number(m[1]));
      return;
    }
    if (isElement(node) && NOT_TEXT.has(node.tagName)) return;
    if ('childNodes' in node) for (const c of (node as { childNodes: Node[] }).childNodes) visit(c);
  };
  visit(doc);
  return [...years];
}

function textOf(node: Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && NOT_TEXT.has(node.tagName)) return '';
  return 'childNodes' in node ? (node as { childNodes: Node[] }).childNodes.map(textOf).join(' ') : '';
}

export interface YearEvidence {
  /** From the page's address or canonical link. */
  url: { year: number; month: number | null } | null;
  copyright: number[];
  modified: DateParts | null;
  now: Date;
}

/** The month and day in the one year the evidence names; null when it names none, or several, or it would not fit. */
export function withYear(md: MonthDay, ev: YearEvidence): DateParts | null {
  let year: number;
  if (ev.url) {
    if (ev.url.month !== null && ev.url.month !== md.month) return null;
    year = ev.url.year;
  } else {
    const years = new Set(ev.copyright);
    if (ev.modified) years.add(ev.modified.year);
    if (years.size !== 1) return null;
    year = [...years][0]!;
  }
  const p: DateParts = { year, month: md.month, day: md.day, time: md.time, offset: null };
  if (!isValid(p) || !plausible(p, ev.now)) return null;
  if (ev.modified && dayOf(p) > dayOf(ev.modified)) return null;
  return p;
}

/**
 * The page's first byline date without a year, dated by `evidence` (read only when such a date exists). The
 * first one decides: when it cannot be dated safely, a later one is no better.
 */
export function yearlessPageDate(
  doc: Document,
  language: string | null,
  evidence: () => YearEvidence,
): DateParts | null {
  for (const text of bylineTexts(doc)) {
    for (const md of yearlessDates(text, language)) {
      if (MODIFIED_CUE.test(text.slice(Math.max(0, md.index - 40), md.index))) continue;
      return withYear(md, evidence());
    }
  }
  return null;
}
