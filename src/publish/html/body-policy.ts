/**
 * The publish side's allow-list for stored body HTML, shared by the full sanitizer (sanitize-body.ts) and its
 * fast path for bodies already in sanitized form (sanitized-form.ts), so the two can never disagree on it.
 */

/** Tags kept as they are: the text structure of an article. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'code', 'pre', 'a', 'img',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'span', 'div',
]); // prettier-ignore

/** Tags removed with everything inside them: executable, embedding or form content. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template',
  'noscript', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'audio', 'video',
]); // prettier-ignore

/** Attributes kept per tag (all others, including every on* handler and style, are removed). */
export const ALLOWED_ATTRS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height', 'title'],
  abbr: ['title'],
  time: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** Attributes holding URLs: only http(s), mailto and site-relative URLs survive. */
export const URL_ATTRS: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/** Attributes the sanitizer adds after the kept ones: links never pass ranking or the referrer, images load lazily. */
export const ADDED_ATTRS: Readonly<Record<string, { name: string; value: string }>> = {
  a: { name: 'rel', value: 'nofollow noopener noreferrer ugc' },
  img: { name: 'loading', value: 'lazy' },
};
