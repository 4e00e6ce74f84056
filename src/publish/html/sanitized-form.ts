/**
 * The fast path of the body sanitizer: one pass over stored HTML that proves it is already in sanitized form
 * and applies the sanitizer's own attribute rules, without building a tree. Measured on the serve bench's
 * articles: re-parsing with parse5 was ~70% of an uncached article render.
 *
 * "Sanitized form" is deliberately narrow, so that the HTML parser would build exactly the tree the tags spell
 * out, and serialise it back byte for byte:
 *  - only allow-listed tags, lower case, every element closed by its own end tag in order (no implied ends);
 *  - attributes written `name="value"`, no duplicates; text and values escaped as parse5 serialises them
 *    (`&amp;` `&lt;` `&gt;` `&nbsp;`, and `&quot;` in values) and nothing else: no other character references,
 *    no raw `<`, `>` or no-break space, no control characters or CR, no comments, doctypes or `</br>`;
 *  - content the parser would never move: blocks only in flow containers, phrasing only inside paragraphs,
 *    headings, `pre` and inline elements, no link in a link, list items in lists, table parts in their exact
 *    places (`tr` inside a row group, never straight in `table`), only whitespace between table parts, and no
 *    newline straight after `<pre>` (the parser drops it).
 * Anything else returns null and goes to the full sanitizer, so an unusual body costs more, never less safety.
 * The result equals the full sanitizer's for every body it accepts (sanitized-form.test.ts checks it on
 * generated bodies mixing well-formed, misnested and hostile markup).
 */
import { ADDED_ATTRS, ALLOWED_ATTRS, ALLOWED_TAGS, URL_ATTRS } from './body-policy.js';
import { safeUrl } from './safe-html.js';

/** Inline elements: content of paragraphs and of each other. */
const PHRASING: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'br', 'cite', 'code', 'em', 'i', 'img', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub',
  'sup', 'time', 'u',
]); // prettier-ignore

/** Elements holding only phrasing: a block start tag inside a `p` closes it, and the rest are kept as strict. */
const PHRASING_ONLY: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', ...PHRASING]);

/** Elements that take blocks and phrasing alike (the fragment root too). */
const FLOW: ReadonlySet<string> = new Set([
  'div', 'blockquote', 'li', 'dd', 'dt', 'figure', 'figcaption', 'td', 'th', 'caption',
]); // prettier-ignore

/** Elements whose children the parser rearranges unless they are exactly these (only whitespace text between). */
const CHILDREN: Readonly<Record<string, ReadonlySet<string>>> = {
  ul: new Set(['li']),
  ol: new Set(['li']),
  dl: new Set(['dt', 'dd']),
  table: new Set(['caption', 'thead', 'tbody', 'tfoot']),
  thead: new Set(['tr']),
  tbody: new Set(['tr']),
  tfoot: new Set(['tr']),
  tr: new Set(['td', 'th']),
};

/** Elements the parser places only under the parents in CHILDREN. */
const PLACED: ReadonlySet<string> = new Set(Object.values(CHILDREN).flatMap((s) => [...s]));

const VOID: ReadonlySet<string> = new Set(['br', 'hr', 'img']);

/** Nesting deeper than this goes to the full sanitizer; stored bodies are cut at 200 by extraction. */
const MAX_DEPTH = 100;

const START_TAG = /<([a-z][a-z0-9]*)((?: [a-z][a-z0-9-]*="[^"]*")*)>/y;
const END_TAG = /<\/([a-z][a-z0-9]*)>/y;
const ATTR = / ([a-z][a-z0-9-]*)="([^"]*)"/g;
/** Text the parser would not hand back unchanged. */
const BAD_TEXT = /[>\0-\x08\x0b\r\x0e-\x1f\x7f\u00a0]|&(?!(?:amp|lt|gt|nbsp);)/;
/** Attribute values the parser would not hand back unchanged. */
const BAD_VALUE = /[<>\0-\x08\x0b\r\x0e-\x1f\x7f\u00a0]|&(?!(?:amp|quot|lt|gt|nbsp);)/;
const WHITESPACE = /^[ \t\n\f]*$/;
const REFERENCES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&quot;': '"',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': '\u00a0',
};

/** An attribute value as the parser decodes it (only the references BAD_VALUE lets through occur). */
function decode(value: string): string {
  return value.includes('&') ? value.replace(/&(?:amp|quot|lt|gt|nbsp);/g, (r) => REFERENCES[r]!) : value;
}

/** May `child` open directly inside `parent` (null: the fragment root)? `inLink`: an `a` is open. */
function fits(parent: string | null, child: string, inLink: boolean): boolean {
  if (child === 'a' && inLink) return false;
  const exact = parent === null ? undefined : CHILDREN[parent];
  if (exact) return exact.has(child);
  if (PLACED.has(child)) return false;
  if (parent === null || FLOW.has(parent)) return true;
  return PHRASING_ONLY.has(parent) && PHRASING.has(child);
}

interface Open {
  tag: string;
  /** Where the element starts in the output, to cut it out again (the figure around the lead image). */
  at: number;
  dropOnClose: boolean;
}

/**
 * The sanitized body when `input` is in sanitized form (see above), else null. `omitImage` as in
 * `sanitizeBodyHtml`: the figure (or lone image) showing the lead image is left out.
 */
export function sanitizeSanitizedForm(input: string, omitImage: string | null = null): string | null {
  const omit = omitImage || null;
  const stack: Open[] = [];
  let links = 0;
  let out = '';
  let afterPre = false;
  let i = 0;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    const end = lt < 0 ? input.length : lt;
    if (end > i) {
      const text = input.slice(i, end);
      if (BAD_TEXT.test(text)) return null;
      const parent = stack.length ? stack[stack.length - 1]!.tag : null;
      if (parent !== null && CHILDREN[parent] && !WHITESPACE.test(text)) return null;
      if (afterPre && text.charCodeAt(0) === 10) return null;
      out += text;
    }
    afterPre = false;
    if (lt < 0) break;
    if (input.charCodeAt(lt + 1) === 47 /* / */) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(input);
      const top = stack[stack.length - 1];
      if (!m || !top || m[1] !== top.tag) return null;
      stack.pop();
      if (top.tag === 'a') links--;
      if (top.dropOnClose) out = out.slice(0, top.at);
      else out += m[0];
      i = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = lt;
    const m = START_TAG.exec(input);
    if (!m) return null;
    const tag = m[1]!;
    const parent = stack.length ? stack[stack.length - 1]!.tag : null;
    if (!ALLOWED_TAGS.has(tag) || !fits(parent, tag, links > 0) || stack.length >= MAX_DEPTH) return null;
    let tagOut = `<${tag}`;
    let omitted = false;
    if (m[2]) {
      const allowed = ALLOWED_ATTRS[tag] ?? [];
      const seen = new Set<string>();
      for (const [whole, name, raw] of m[2].matchAll(ATTR)) {
        if (seen.has(name!) || BAD_VALUE.test(raw!)) return null;
        seen.add(name!);
        if (tag === 'img' && name === 'src' && omit !== null && decode(raw!) === omit) omitted = true;
        if (!allowed.includes(name!)) continue;
        if (URL_ATTRS.has(name!) && safeUrl(decode(raw!)) === null) continue;
        tagOut += whole;
      }
    }
    const added = ADDED_ATTRS[tag];
    if (added) tagOut += ` ${added.name}="${added.value}"`;
    tagOut += '>';
    i = START_TAG.lastIndex;
    if (omitted) {
      // As the full sanitizer: the outermost open figure goes, else the image alone.
      const figure = stack.find((o) => o.tag === 'figure');
      if (figure) figure.dropOnClose = true;
      else continue;
    }
    if (VOID.has(tag)) {
      out += tagOut;
      continue;
    }
    stack.push({ tag, at: out.length, dropOnClose: false });
    if (tag === 'a') links++;
    afterPre = tag === 'pre';
    out += tagOut;
  }
  return stack.length ? null : out;
}
