/**
 * Dates written for readers: "March 3, 2024", "3 March 2024", "2024-03-03", "03.03.2024", "3. März 2024",
 * "12 mars 2024". Numeric forms are read by the table below (chrono reads "03.04.2024" month-first);
 * worded dates by chrono-node in the page's language, then English. Only dates that print a four-digit year
 * are accepted: "on Monday" or "2 hours ago" need a reference date, and we never invent one.
 */
import * as chrono from 'chrono-node';
import { MONTH_NAMES } from './month-names.js';
import { normalizeOffset, type DateParts } from './parts.js';

export interface TextDate {
  parts: DateParts;
  /** Offset of the match in the text. */
  index: number;
  text: string;
}

/** chrono parsers by primary language tag; English is always tried last. */
export const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
  ja: chrono.ja.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  sv: chrono.sv.casual,
  fi: chrono.fi.casual,
  zh: chrono.zh.casual,
};

interface NumericForm {
  re: RegExp;
  order: 'ymd' | 'dmy' | 'ambiguous';
  /** Groups 4–7 hold a time and an offset. */
  withTime?: boolean;
  /** Where the form comes from. */
  reason: string;
}

const NUMERIC: readonly NumericForm[] = [
  {
    re: /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?\b/g,
    order: 'ymd',
    withTime: true,
    reason: 'ISO 8601 printed on the page',
  },
  { re: /\b((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\b/g, order: 'ymd', reason: 'year-first with slashes (East Asia)' },
  {
    re: /\b((?:19|20)\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})(?!\d)(?:\.?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/g,
    order: 'ymd',
    withTime: true,
    reason: 'year-first with dots: "2021. 3. 3." (Korea), "2021.03.03" (China, Hungary)',
  },
  {
    re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/g,
    order: 'dmy',
    reason: 'dotted day.month.year (Central Europe)',
  },
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g,
    order: 'ambiguous',
    reason: 'slashed: US month-first, else day-first',
  },
  { re: /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g, order: 'ymd', reason: 'CJK year-month-day' },
  { re: /((?:19|20)\d{2})년\s*(\d{1,2})월\s*(\d{1,2})일/g, order: 'ymd', reason: 'Korean "2021년 3월 3일"' },
  {
    re: /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?((?:19|20)\d{2})\b/giu,
    order: 'dmy',
    reason: 'Vietnamese "3 tháng 3 năm 2021" (months are numbered)',
  },
];

/**
 * Day, month and a two-digit year ("03.03.21", "3/3/21"), common in German and Scandinavian bylines. Too
 * ambiguous for free text (versions, scores), so read only where the page marks a date.
 */
const SHORT_YEAR: readonly NumericForm[] = [
  {
    re: /(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?!\d|\.\d)/g,
    order: 'dmy',
    reason: 'dotted dd.mm.yy (Central Europe), zero-padded: "1.2.21" is a version',
  },
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g,
    order: 'ambiguous',
    reason: 'slashed with a two-digit year',
  },
];

/** Dates with a two-digit year in a text marked as a date block; 19xx only from 70 up. */
export function shortYearDates(text: string, language: string | null): TextDate[] {
  return numericDates(arabicDigits(text), language, SHORT_YEAR).map((d) => ({
    ...d,
    parts: { ...d.parts, year: d.parts.year + (d.parts.year >= 70 ? 1900 : 2000) },
  }));
}

/** Eastern Arabic and Persian digits as ASCII ones (one UTF-16 unit each, so offsets hold). */
function arabicDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String((c.charCodeAt(0) - 0x660) % 0x90));
}

function numericDates(text: string, language: string | null, forms = NUMERIC): TextDate[] {
  const out: TextDate[] = [];
  for (const form of forms) {
    for (const m of text.matchAll(form.re)) {
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      let year: number, month: number, day: number;
      if (form.order === 'ymd') [year, month, day] = [a, b, c];
      else if (form.order === 'dmy') [day, month, year] = [a, b, c];
      else {
        // Slashed dates: the impossible reading decides; otherwise US English is month-first.
        const monthFirst = a > 12 ? false : b > 12 ? true : (language ?? 'en') === 'en';
        [month, day, year] = monthFirst ? [a, b, c] : [b, a, c];
      }
      const hasTime = form.withTime === true && m[4] !== undefined;
      out.push({
        parts: {
          year,
          month,
          day,
          time: hasTime ? { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? '0') } : null,
          offset: hasTime ? normalizeOffset(m[7]) : null,
        },
        index: m.index,
        text: m[0],
      });
    }
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface MonthForms {
  names: readonly string[];
  dayFirst: RegExp;
  yearFirst: RegExp;
}

/** The month-name patterns per language, compiled once (they are built from long alternations). */
const MONTH_FORMS: ReadonlyMap<string, MonthForms> = new Map(
  Object.entries(MONTH_NAMES).map(([lang, names]) => {
    const alt = names.map(escape).join('|');
    return [
      lang,
      {
        names,
        dayFirst: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${alt})\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu'),
        yearFirst: new RegExp(`(?<!\\d)((?:19|20)\\d{2})\\.\\s+(${alt})\\s+(\\d{1,2})\\.`, 'giu'),
      },
    ];
  }),
);

/** "3 marca 2024", "3. března 2024", "2024. március 3." in the languages of MONTH_NAMES. */
function tableDates(text: string, language: string | null): TextDate[] {
  // A language may have several tables ("ar", "ar-levant"): its own first, then every table.
  const own = [...MONTH_FORMS.keys()].filter((k) => language && (k === language || k.startsWith(`${language}-`)));
  const langs = own.length ? own : [...MONTH_FORMS.keys()];
  const out: TextDate[] = [];
  for (const lang of langs) {
    const { names, dayFirst, yearFirst } = MONTH_FORMS.get(lang)!;
    for (const m of text.matchAll(dayFirst)) {
      const month = names.indexOf(m[2]!.toLowerCase()) + 1;
      out.push({
        parts: { year: Number(m[3]), month, day: Number(m[1]), time: null, offset: null },
        index: m.index,
        text: m[0],
      });
    }
    for (const m of text.matchAll(yearFirst)) {
      const month = names.indexOf(m[2]!.toLowerCase()) + 1;
      out.push({
        parts: { year: Number(m[1]), month, day: Number(m[3]), time: null, offset: null },
        index: m.index,
        text: m[0],
      });
    }
    if (out.length) break;
  }
  return out;
}

function fromChrono(r: chrono.ParsedResult): TextDate | null {
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  if (!/(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(r.text)) return null;
  const hasTime = c.isCertain('hour');
  const tz = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  let offset: string | null = null;
  if (hasTime && tz !== null && tz !== undefined) {
    const sign = tz < 0 ? '-' : '+';
    const abs = Math.abs(tz);
    offset =
      tz === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
  return {
    parts: {
      year: c.get('year')!,
      month: c.get('month')!,
      day: c.get('day')!,
      time: hasTime ? { hour: c.get('hour')!, minute: c.get('minute') ?? 0, second: c.get('second') ?? 0 } : null,
      offset,
    },
    index: r.index,
    text: r.text,
  };
}

/**
 * English weekday names, blanked (same length, so match offsets hold) before chrono reads a text: a weekday
 * printed between the day and the year ("Dec 28 Sat 2013", a byline split into spans) stops chrono, and a date
 * that prints its year needs no weekday.
 */
const WEEKDAY =
  /(?<![\p{L}\d])(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?(?![\p{L}\d])/giu;
const blankWeekdays = (t: string): string => t.replace(WEEKDAY, (w) => ' '.repeat(w.length));

/** Reference for chrono's inference; irrelevant since we keep only dates that print their year. */
const REF = new Date(Date.UTC(2000, 0, 1));
/** Longer texts are cut: dates near a headline sit in the first few hundred characters. */
const MAX_TEXT = 4000;

/**
 * Every explicit date in the text, in order of appearance. `otherLanguages: false` skips the last resort of
 * trying every chrono language (a dozen parses) when nothing was found: for callers reading many short texts.
 */
export function parseTextDates(text: string, language: string | null, otherLanguages = true): TextDate[] {
  const t = arabicDigits(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  // Every accepted date prints a four-digit year: without one there is nothing to parse.
  if (!/(?:19|20)\d{2}/.test(t)) return [];
  const found = numericDates(t, language);
  const add = (d: TextDate | null): void => {
    // Earlier matches win where they overlap: numeric forms first, since chrono misreads day-first numbers.
    if (d && !found.some((f) => d.index < f.index + f.text.length && f.index < d.index + d.text.length)) found.push(d);
  };
  const own = PARSERS[language ?? ''];
  const plain = blankWeekdays(t);
  // Offsets match the page's text; the matched text is the page's too, weekdays and all.
  const read = (r: chrono.ParsedResult): TextDate | null => {
    const d = fromChrono(r);
    return d && { ...d, text: t.slice(d.index, d.index + d.text.length) };
  };
  for (const parser of [own, chrono.en.casual]) if (parser) for (const r of parser.parse(plain, REF)) add(read(r));
  for (const d of tableDates(t, language)) add(d);
  // Language unknown or mislabelled: try the other chrono languages, only when nothing else was found.
  if (!found.length && otherLanguages) {
    for (const parser of Object.values(PARSERS)) {
      if (parser === own) continue;
      for (const r of parser.parse(plain, REF)) add(read(r));
      if (found.length) break;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
