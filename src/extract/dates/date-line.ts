/**
 * A short line of the page that is only a date ("<p>03.03.2021</p>", "<div>March 3, 2021 at 2:02 pm</div>"),
 * unmarked by any class: blog themes and small sites print the post's date this way. A line with other words
 * ("The vote on March 3, 2021 …") is the story's; a date in comments, related lists, sidebars, footers or the
 * site's header is another document's or today's. Article scope first; the first such line decides.
 */
import { textContent, textLengthReaches, walkElements, normalizeSpace, type Document } from '../dom/tree.js';
import { dateRegions } from './page-dates.js';
import type { DateParts } from './parts.js';
import { ownPartDate } from './title-date.js';

/** A date line is short: a date, a weekday and a time. */
const MAX_LINE = 60;
/** Elements visited per scope: the post's date comes early, and the stage must stay cheap on huge pages. */
const MAX_ELEMENTS = 3_000;
const HAS_YEAR = /(?:19|20)\d{2}/;
/** Elements that make a line of their own; an inline element's date line is its block's. */
const BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'dd', 'dt', 'h4', 'h5', 'h6', 'section', 'header']);
/** Tables list results, fixtures and schedules: their dates are events'. */
const NOT_LINES: ReadonlySet<string> = new Set(['table', 'select', 'h2', 'h3']);

/** The first line of the page that is only a date; null when none. */
export function dateLine(doc: Document, language: string | null): DateParts | null {
  const { scopes, skipped } = dateRegions(doc);
  for (const scope of scopes) {
    const inArticle = scope !== doc;
    let visited = 0;
    let found: DateParts | null = null;
    walkElements(scope, (el) => {
      if (found || ++visited > MAX_ELEMENTS || skipped(el, inArticle) || NOT_LINES.has(el.tagName)) return false;
      if (textLengthReaches(el, MAX_LINE + 1)) return;
      const text = normalizeSpace(textContent(el));
      if (!HAS_YEAR.test(text)) return false;
      // A line is a block of its own: a date-only <span> inside a sentence ("Retrieved <span>2016-05-01</span>") is not.
      if (BLOCKS.has(el.tagName)) found = ownPartDate(text, language);
      // A short block of a few lines (a tiny post, a byline box): its children may hold the date line.
      return found ? false : undefined;
    });
    if (found) return found;
  }
  return null;
}
