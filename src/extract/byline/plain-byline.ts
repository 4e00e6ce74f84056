/**
 * A byline printed as a plain paragraph ("<p>By Jane Roe</p>"), with no byline class and no metadata: the
 * class-marked finder (`findBylineText`) never sees it, and the body filter drops it as a meta line, so the
 * name was lost. Looked for only where bylines stand — the first paragraphs after the headline (the body's
 * start) and the last paragraph of the text — and only in the strict form "By <Name>[ and <Name>][, <Role or
 * outlet>]", so that a sentence opening with "By" ("By Tuesday the river had risen", "By the end of the year",
 * "By contrast, …") is not taken.
 */
import { isInside, normalizeSpace, parentElementOf, textContent, walkElements, type Document, type Element } from '../dom/tree.js'; // prettier-ignore
import { ROLE_WORDS } from './byline-tables.js';

/** A capitalised name word: "Jane", "O'Neill", "J.", "Smith-Jones", "ROE". */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** A name: two to four capitalised words, name particles between ("Anna van der Berg"). */
const NAME = String.raw`${WORD}(?:\s+(?:(?:de|da|del|della|der|den|van|von|du|la|le|di|al|el|bin|ibn|ter|ten)\s+)*${WORD}){1,3}`;
const PLAIN_BYLINE = new RegExp(
  String.raw`^(?:By|BY)\s+(${NAME}(?:\s*(?:,|&|\band\b)\s*${NAME})*)(?:\s*(?:,|\||[–—-])\s*([^.!?;:]{1,60}?))?\.?$`,
  'u',
);
/** First words that make "By X Y" a phrase of time or manner, not a name ("By New Year", "By Monday Night"). */
const NOT_NAME_START =
  /^(?:the|this|that|these|those|then|now|contrast|comparison|far|all|law|noon|midnight|new|christmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|early|late|next|last|mid|day|night|dawn|dusk)$/i;
/** Small words allowed inside the role or outlet after the names ("correspondent in Kyiv", "Special to the Post"). */
const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'at', 'in', 'and', 'to', 'on']);
/** A plain byline is a line, never longer than this. */
const MAX_CHARS = 120;
/** How many short paragraphs before the text may hold the byline (standfirst, date line, hero caption between). */
const HEAD_PARAGRAPHS = 3;
/** A paragraph this long is the text itself: its container is the body whose last paragraph is looked at. */
const TEXT_CHARS = 80;

/**
 * The names of a paragraph that is a plain byline in the strict form (see the file comment), as "By <names>"
 * without the role or outlet after them; null when the paragraph is not one.
 */
export function plainBylineNames(text: string): string | null {
  const s = normalizeSpace(text);
  if (!s || s.length > MAX_CHARS) return null;
  const m = PLAIN_BYLINE.exec(s);
  if (!m) return null;
  const names = m[1]!.split(/\s*(?:,|&|\band\b)\s*/);
  if (names.some((n) => NOT_NAME_START.test(n.split(/\s+/)[0]!.replace(/[.'’]+$/, '')))) return null;
  const role = m[2];
  return role === undefined || isRole(role) ? `By ${m[1]!.replace(/\.$/, '')}` : null;
}

function isRole(role: string): boolean {
  // "Jane Roe, staff writer", "Jane Roe, The Northline Post": capitalised words, role words and small links
  // only, so a clause after a comma ("By New Year, prices had doubled") is not a role.
  const words = role.trim().split(/\s+/);
  return (
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || ROLE_WORDS.has(w.toLowerCase()) || ROLE_LINKS.has(w.toLowerCase()))
  );
}

function text(el: Element): string {
  return normalizeSpace(textContent(el));
}

/** The paragraphs after the first headline (all of them when there is none), in document order. */
function paragraphsAfterHeadline(doc: Document): Element[] {
  const all: Element[] = [];
  let headline = -1;
  walkElements(doc, (el) => {
    if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'head') return false;
    if (el.tagName === 'h1' && headline < 0) headline = all.length;
    else if (el.tagName === 'p') all.push(el);
  });
  return headline >= 0 ? all.slice(headline) : all;
}

/** The names of a plain-paragraph byline under the headline or at either end of the text, or null. */
export function findPlainByline(doc: Document): string | null {
  const after = paragraphsAfterHeadline(doc)
    .map((el) => ({ el, text: text(el) }))
    .filter((p) => p.text);
  // The text starts at its first long paragraph; the byline stands among the short lines before it.
  const start = after.findIndex((p) => p.text.length >= TEXT_CHARS);
  for (const p of after.slice(0, Math.min(HEAD_PARAGRAPHS, start < 0 ? after.length : start))) {
    const names = plainBylineNames(p.text);
    if (names) return names;
  }
  // The byline closing the text: the last paragraph of the container of the text's first long paragraph.
  const lead = start < 0 ? undefined : after[start];
  const box = lead ? parentElementOf(lead.el) : null;
  if (!box) return null;
  const inBox = after.filter((p) => isInside(p.el, box));
  const last = inBox[inBox.length - 1];
  return last ? plainBylineNames(last.text) : null;
}
