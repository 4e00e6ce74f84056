/**
 * A date printed as a part of the page's title or headline on its own ("Budget vote - 07.12.2017 - Daily Post",
 * "Notes | 12 March 2019"): some sites print the publication date nowhere else. A date inside the headline's
 * words ("What changed on 12 March 2019") is the story's subject, not its publication, so only a part that the
 * separators set apart and that holds little besides the date counts.
 */
import { elementsByTag, normalizeSpace, textContent, type Document } from '../dom/tree.js';
import { parseTextDates } from './parse-text.js';
import type { DateParts } from './parts.js';

/** Separators between a title's parts: pipes, dashes and bullets between spaces, colons, brackets. */
const SEPARATOR = /\s+[-–—|·•/]\s+|\s*[|·•»]\s*|:\s+|[()[\]]/;
/**
 * What may stand beside the date in its part: a weekday, a clock time, a cue to the publication. Anything else
 * (words of the headline, an "updated" cue) disqualifies the part.
 */
const BESIDE_DATE =
  /^(?:[\s,.\-–—@]|on|at|am|le|el|il|de|del|du|vom|published|posted|publié|publicado|veröffentlicht|um|à|a las|\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)*$/iu;

/** The date a title or headline part consists of; null when no part is only a date. */
export function ownPartDate(text: string, language: string | null): DateParts | null {
  for (const part of text.split(SEPARATOR)) {
    const p = normalizeSpace(part ?? '');
    if (p.length < 6 || p.length > 60) continue;
    const dates = parseTextDates(p, language);
    if (dates.length !== 1) continue;
    const d = dates[0]!;
    const rest = p.slice(0, d.index) + ' ' + p.slice(d.index + d.text.length);
    if (BESIDE_DATE.test(rest.trim())) return d.parts;
  }
  return null;
}

/** The <title>'s own date part, then the first headline's. */
export function titleDate(doc: Document, language: string | null): DateParts | null {
  const title = elementsByTag(doc, 'title')[0];
  const h1 = elementsByTag(doc, 'h1')[0];
  for (const el of [title, h1]) {
    if (!el) continue;
    const d = ownPartDate(normalizeSpace(textContent(el)), language);
    if (d) return d;
  }
  return null;
}
