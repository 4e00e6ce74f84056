/**
 * Search snippets. The database marks matches with private-use characters (never HTML), and only here is the
 * text HTML-escaped and the marks turned into <mark>: a page's own `<script>` can never reach a snippet raw,
 * and no entity is cut in half by the database's fragment boundaries.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
/**
 * Stand-ins for < and > while PostgreSQL's ts_headline reads the text: its parser drops anything shaped like a
 * tag, and a snippet must show a page's literal `<script>` as text, not lose it.
 */
export const LT_STANDIN = '\uE002';
export const GT_STANDIN = '\uE003';
/** Every private-use character the snippet machinery gives meaning to; stripped from stored text. */
export const RESERVED_CHARS = /[\uE000-\uE003]/g;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Turns a database snippet with private-use marks into escaped HTML with balanced <mark> elements. */
export function renderSnippet(marked: string): string {
  let html = '';
  let open = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part.replaceAll(LT_STANDIN, '<').replaceAll(GT_STANDIN, '>'));
    }
  }
  return open ? `${html}</mark>` : html;
}

/** A snippet for a hit with no text query: the description, else the start of the body, cut at a word. */
export function plainSnippet(description: string | null, body: string | null, maxChars = 200): string {
  const text = (description?.trim() || body?.trim() || '').replace(/\s+/g, ' ');
  if (text.length <= maxChars) return escapeHtml(text);
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${escapeHtml(space > maxChars / 2 ? cut.slice(0, space) : cut)}…`;
}
