/**
 * Date mentions, read by chrono-node and resolved against a reference date (the publication date or one the
 * caller gives). Without a reference, relative dates ("on Monday", "yesterday") stay unresolved: Dateline never
 * invents a date. Stages: chrono results → bare years chrono skips ("in 2019") → resolution by news convention.
 */
import type { DateMention, Sentence } from '../../vocabulary.js';
import { chronoParse } from './chrono-parse.js';
import { weekdayDate } from './weekday.js';

/** A bare year after a preposition: "in 2019", "since 1998". chrono reads years only with a month. */
const BARE_YEAR =
  /\b(?:in|since|by|until|from|of|during|before|after|through)\s+((?:1[89]|20)\d{2})\b(?![-–/]\d|\s*(?:%|percent|people|[a-z]+s)\b)/gi;
/** Longest sentence handed to chrono: longer ones are tables or dumps, and chrono is superlinear on them. */
const MAX_SENTENCE = 3000;

/**
 * Words without which chrono finds no date in a sentence. Every alternative opens at a word boundary, so the
 * \b stands once before the group: the same matches, and V8 tests it once a position instead of once an
 * alternative (40% less time over the Scrapinghub dev sentences).
 */
const MAYBE_DATE = new RegExp(
  String.raw`\b(?:${[
    String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d`,
    String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`,
    String.raw`(?:January|February|March|April|June|July|August|September|October|November|December)\b`,
    String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`,
    String.raw`(?:today|tonight|yesterday|tomorrow|ago)\b`,
    String.raw`(?:last|next|this|coming|past)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)\b`,
    // A year alone is not a trigger: chrono reads none ("in 2019" is BARE_YEAR's), and on the Scrapinghub dev
    // pages year-only sentences were 27% of the text handed to chrono for one ISO date among 123 sentences.
    String.raw`(?:19|20)\d\d-\d\d?-\d\d?\b`,
    String.raw`\d{1,2}[:/.]\d{2}\b`,
  ].join('|')})`,
  'i',
);

/** chrono tags that mark a date relative to the reference. */
const RELATIVE_TAG = /relativeDate|casualReference/;

/** Date mentions in `text`; `reference` is an ISO date (or date-time), or null. */
export function findDates(text: string, sentences: readonly Sentence[], reference: string | null): DateMention[] {
  const ref = referenceInstant(reference);
  const out: DateMention[] = [];
  const instant = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  // chrono costs ~1 ms per kilobyte: parse only the sentences that can hold a date.
  const results = sentences
    .filter((s) => s.text.length <= MAX_SENTENCE && MAYBE_DATE.test(s.text))
    .flatMap((s) => chronoParse(s.text, { instant, timezone: 0 }).map((r) => ({ r, base: s.start })));
  for (const { r: raw, base } of results) {
    const r = { ...raw, index: raw.index + base, text: raw.text, start: raw.start, tags: () => raw.tags() };
    const s = r.start;
    const rawText = r.text.replace(/[\s,.;:]+$/, '');
    const span = { start: r.index, end: r.index + rawText.length };
    const relative = [...r.tags()].some((t) => RELATIVE_TAG.test(t)) || !s.isCertain('year');
    const yearOnly = !relative && !s.isCertain('month');
    let resolved: string | null = null;
    if (!relative) resolved = ymd(s.date(), yearOnly ? 1 : s.isCertain('day') ? 3 : 2);
    else if (ref) {
      const bareWeekday = s.isCertain('weekday') && !s.isCertain('day');
      resolved = bareWeekday ? weekdayDate(text, span, sentences, ref, s.get('weekday')!) : ymd(s.date(), 3);
    }
    const kind = s.isCertain('year') && !RELATIVE_TAG.test([...r.tags()].join(' ')) ? 'absolute' : 'relative';
    out.push({ text: rawText, span, resolved, kind });
  }
  const chronoSpans = out.map((d) => d.span).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[1]!.length;
    // Both lists run in text order: one pass finds the chrono date that may cover this year.
    while (at < chronoSpans.length && chronoSpans[at]!.end <= start) at++;
    if (at < chronoSpans.length && chronoSpans[at]!.start < start + 4) continue;
    out.push({ text: m[0], span: { start: m.index, end: start + 4 }, resolved: m[1]!, kind: 'absolute' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Noon UTC on the reference's own calendar day, so the publisher's date is kept whatever its offset. */
function referenceInstant(reference: string | null): Date | null {
  const m = reference ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

function ymd(d: Date, parts: 1 | 2 | 3): string {
  return d.toISOString().slice(0, parts === 1 ? 4 : parts === 2 ? 7 : 10);
}
