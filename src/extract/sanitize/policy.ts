/**
 * The sanitizer's allow-list: the only tags and attributes body HTML may carry. Everything else is dropped
 * (its text kept when the tag is merely presentational, the whole subtree dropped when it is active content).
 */

/** Tags kept as they are, with the attributes each may keep (URL attributes are checked separately). */
export const ALLOWED_TAGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['p', []], ['br', []], ['hr', []],
  ['h1', []], ['h2', []], ['h3', []], ['h4', []], ['h5', []], ['h6', []],
  ['ul', []], ['ol', ['start', 'reversed']], ['li', []], ['dl', []], ['dt', []], ['dd', []],
  ['blockquote', ['cite']], ['pre', []], ['code', []], ['q', ['cite']],
  ['a', ['href', 'title']], ['em', []], ['i', []], ['strong', []], ['b', []], ['u', []], ['s', []],
  ['sub', []], ['sup', []], ['small', []], ['mark', []], ['abbr', ['title']], ['cite', []], ['time', ['datetime']],
  ['figure', []], ['figcaption', []], ['img', ['src', 'alt', 'width', 'height', 'title']],
  ['table', []], ['caption', []], ['thead', []], ['tbody', []], ['tfoot', []], ['tr', []],
  ['th', ['colspan', 'rowspan', 'scope']], ['td', ['colspan', 'rowspan']],
]); // prettier-ignore

/** Active or interactive content: the element and everything in it goes (STYLE: pages are hostile). */
export const DROPPED_SUBTREES: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea',
  'option', 'noscript', 'template', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'frame',
  'frameset', 'link', 'meta', 'base', 'head', 'title', 'dialog', 'portal',
]); // prettier-ignore

export const VOID_TAGS: ReadonlySet<string> = new Set(['br', 'hr', 'img']);

/** Attributes holding URLs, resolved against the page and checked for a safe scheme. */
export const URL_ATTRS: ReadonlySet<string> = new Set(['href', 'src', 'cite']);
