/**
 * Datelines at the head of the first paragraph: "PYONGYANG —", "Pyongyang :", "WASHINGTON (Reuters) -",
 * "LONDON, March 3 (Reuters) -", "KYIV, Ukraine (AP) —", "BEIJING/TAIPEI, June 1 (Reuters) -".
 * (Interface fixed by the foundation.)
 *
 * Hand-written: no maintained library parses wire-style datelines. The grammar is
 *   PLACE [, REGION] [, DATE] [(AGENCY)] SEPARATOR text
 * where PLACE is in capitals, or — only with an agency or a spaced colon/dash — title-cased and not a word
 * that commonly opens a sentence or a label ("However:", "Note:").
 */
import type { Dateline } from '../../vocabulary.js';
import { titleCaseIfShouting } from './title-case.js';

export interface DatelineSplit {
  dateline: Dateline | null;
  /** The paragraph with the dateline removed. */
  rest: string;
}

/** Words that open ordinary sentences or labels with a colon or dash; never a place. */
const NOT_PLACES: ReadonlySet<string> = new Set([
  // discourse markers and labels that take a colon in running text
  'however',
  'note',
  'update',
  'updated',
  'editor',
  "editor's note",
  'correction',
  'clarification',
  'warning',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'comment',
  'summary',
  'background',
  'context',
  'disclaimer',
  'advertisement',
  'sponsored',
  'related',
  'read more',
  'see also',
  'watch',
  'listen',
  'photo',
  'photos',
  'video',
  'source',
  'sources',
  'credit',
  'image',
  'caption',
  'question',
  'answer',
  'q',
  'a',
  'yes',
  'no',
  'also',
  'meanwhile',
  'first',
  'second',
  'third',
  'finally',
  'today',
  'yesterday',
  'tomorrow',
  'now',
  'then',
  'here',
  'there',
  'this',
  'that',
  'these',
  'those',
  'why',
  'what',
  'who',
  'how',
  'when',
  'where',
  'and',
  'but',
  'so',
  'or',
  'the',
  'it',
  'he',
  'she',
  'we',
  'they',
  'i',
  'you',
  'live',
  'latest',
  'key points',
  'highlights',
  'tl;dr',
  'ps',
  'p.s.',
  'fyi',
  'faq',
  'update 1',
  'story',
  'topics',
  'tags',
  'by',
  'written by',
  'published',
  // newsletter and explainer headers set in capitals ("WHY IT MATTERS:")
  'why it matters',
  'the big picture',
  'big picture',
  'bottom line',
  'the bottom line',
  'go deeper',
  'driving the news',
  'between the lines',
  "what they're saying",
  "what's next",
  'catch up quick',
  'flashback',
  'reality check',
  'fact check',
  'spoiler alert',
  'trigger warning',
  'content warning',
  'programming note',
  'reminder',
  'transcript',
  'breaking news',
  'just in',
  'developing',
  'alert',
  'ok',
  // organisations that open sentences in capitals ("NASA: The agency said")
  'nasa',
  'fbi',
  'cia',
  'nato',
  'who',
  'imf',
  'opec',
  'fifa',
  'uefa',
  'ioc',
  'sec',
  'fda',
  'cdc',
  'ceo',
  'gop',
  // weekdays and months start datelined *times*, not places
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
]);

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
// A capitalised word: "NEW", "St.", "Ho", "O'HARE", "Winston-Salem"; \p{Lu} keeps non-English places.
const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’\\-]*";
const TITLE_WORD = "\\p{Lu}[\\p{Ll}.'’\\-]*(?:-\\p{Lu}[\\p{Ll}]*)?";
const CAPS_PLACE = `${CAPS_WORD}(?:[ /]${CAPS_WORD}){0,4}`;
const TITLE_PLACE = `${TITLE_WORD}(?:[ /]${TITLE_WORD}){0,2}`;
const REGION = `(?:\\p{Lu}[\\p{L}.'’\\-]*)(?: \\p{Lu}[\\p{L}.'’\\-]*){0,2}`;
// Agencies are short names in parentheses: (Reuters), (AP), (AFP), (CNN), (Reuters Health), (dpa).
const AGENCY = "[\\p{L}][\\p{L}&.'’ ]{0,30}";
const SEP = '(?:\\s*[—–]+\\s*|\\s+-{1,2}\\s+|\\s*:\\s+|\\s+:\\s*)';

function datelineRe(place: string): RegExp {
  return new RegExp(
    `^(?<place>${place})(?:,\\s*(?<region>${REGION}))?(?:,\\s*(?<date>${DATE}))?` +
      `(?:\\s*\\((?<agency>${AGENCY})\\)|\\s*\\/(?<wire>${AGENCY})\\/)?(?<sep>${SEP})(?=\\S)`,
    'u',
  );
}

const CAPS_RE = datelineRe(CAPS_PLACE);
const TITLE_RE = datelineRe(TITLE_PLACE);

/** Places in capitals must look like a place, not an acronym label ("UPDATE:", "NOTE —") or a shouted word. */
function plausible(place: string): boolean {
  const lower = place.toLowerCase();
  if (NOT_PLACES.has(lower)) return false;
  if (place.replace(/[^\p{L}]/gu, '').length < 2) return false;
  return true;
}

/** Two-letter capitals ("US:", "UN —") are labels far more often than wire datelines, unless an agency follows. */
function shortLabel(place: string, agency: string | null): boolean {
  return !agency && place.replace(/[^\p{L}]/gu, '').length < 3;
}

/** Splits a leading dateline off a paragraph; `dateline` is null (and `rest` unchanged) when there is none. */
export function splitDateline(paragraph: string): DatelineSplit {
  const text = paragraph.replace(/^\s+/, '');
  const none: DatelineSplit = { dateline: null, rest: paragraph };
  if (!text) return none;

  const caps = CAPS_RE.exec(text);
  const isCaps = caps?.groups && caps.groups.place === caps.groups.place!.toUpperCase();
  const m = isCaps ? caps : TITLE_RE.exec(text);
  const g = m?.groups;
  if (!m || !g?.place || !g.sep) return none;
  if (!plausible(g.place)) return none;

  // "(Reuters)" or, in press releases, "/PRNewswire/".
  const agency = (g.agency ?? g.wire)?.trim() || null;
  if (shortLabel(g.place, agency)) return none;
  // Agencies are names ("Reuters", "AP"), never "Group A".
  if (agency && /(?:^|\s)\p{L}(?:\s|$)|\d/u.test(agency)) return none;
  if (!isCaps) {
    // A title-cased lead needs corroboration: an agency, a date, or a spaced separator ("Pyongyang :").
    const spaced = /^\s+[:\-—–]/.test(g.sep) || /[—–]/.test(g.sep);
    if (!agency && !g.date && !spaced) return none;
    // "England (Group A): 10th appearance", "Astronaut (NR): 7 saves": a label with a colon, not a wire dateline.
    if (/^:/.test(g.sep.trimStart()) && !/^\s+:/.test(g.sep) && !g.date) return none;
    if (g.place.split(' ').some((w) => NOT_PLACES.has(w.toLowerCase()))) return none;
  }

  const rest = text.slice(m[0].length);
  // The text after a dateline is a sentence: it must start like one.
  if (!/^[\p{Lu}\p{N}"“‘'(\p{Lo}]/u.test(rest)) return none;

  const raw = m[0].trim();
  return {
    dateline: { place: titleCaseIfShouting(g.place), raw, agency },
    rest,
  };
}
