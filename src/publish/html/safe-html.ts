/**
 * Escaped HTML templates. Hand-written rather than `hono/html` because pages are rendered synchronously into
 * plain strings, which the page cache and ETags need; `hono/html` may return promises. Every interpolation is
 * escaped unless it is already `SafeHtml` (produced by this tag or by `trustedHtml` after sanitizing).
 */

/** A string known to be safe HTML. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

const SPECIAL = /[&<>"'`]/;

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Most values (names, dates, URLs) have nothing to escape: a test is cheaper than a replace with a callback.
  return SPECIAL.test(text) ? text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!) : text;
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results and arrays compose. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks a string as safe. Only for HTML that has just passed `sanitizeBodyHtml` or came escaped from the store. */
export function trustedHtml(value: string): SafeHtml {
  return new SafeHtml(value);
}

/** Allows only http(s), mailto and relative URLs in href/src; anything else becomes `null` (not rendered). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^\/(?!\/)/.test(trimmed)) return trimmed;
  return null;
}
