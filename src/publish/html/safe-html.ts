/**
 * Escaped HTML templates. Hand-written rather than `hono/html` because pages are rendered synchronously into
 * plain strings, which the page cache and ETags need; `hono/html` may return promises. Every interpolation is
 * escaped unless it is already `SafeHtml` (produced by this tag or by `trustedHtml` after sanitizing).
 */

/**
 * HTML known to be safe. A template's result keeps its pieces (strings and nested results) and joins them only
 * when `value` is first read, once for the whole page: concatenating piece by piece built a rope of thousands of
 * small strings, and flattening that rope to encode the page cost more than rendering it (measured on the serve
 * bench's article pages: rendering and encoding 166 -> 128 µs a page).
 */
export class SafeHtml {
  #value: string | undefined;
  readonly #pieces: readonly (string | SafeHtml)[] | undefined;
  /** The value as UTF-8, for HTML reused on many pages (see `encodedHtml`). */
  readonly #bytes: Uint8Array | undefined;

  constructor(value: string | readonly (string | SafeHtml)[], bytes?: Uint8Array) {
    if (typeof value === 'string') this.#value = value;
    else this.#pieces = value;
    this.#bytes = bytes;
  }

  /** The HTML as one string, joined on first use. */
  get value(): string {
    if (this.#value === undefined) {
      const leaves: string[] = [];
      this.#collect(leaves);
      this.#value = leaves.join('');
    }
    return this.#value;
  }

  #collect(leaves: string[]): void {
    if (this.#value !== undefined) {
      leaves.push(this.#value);
      return;
    }
    for (const piece of this.#pieces!)
      if (typeof piece === 'string') leaves.push(piece);
      else piece.#collect(leaves);
  }

  /** The leaves in order, pieces with bytes as their bytes. */
  #collectEncoded(leaves: (string | Uint8Array)[]): void {
    if (this.#bytes || this.#value !== undefined) {
      leaves.push(this.#bytes ?? this.#value!);
      return;
    }
    for (const piece of this.#pieces!)
      if (typeof piece === 'string') leaves.push(piece);
      else piece.#collectEncoded(leaves);
  }

  /** The HTML as UTF-8 bytes (a copy the caller owns). */
  bytes(): Uint8Array {
    const leaves: (string | Uint8Array)[] = [];
    this.#collectEncoded(leaves);
    return utf8Of(leaves);
  }

  toString(): string {
    return this.value;
  }
}

const encoder = new TextEncoder();
/** Room to encode a page into before copying it out; grown for a longer page. */
let scratch = new Uint8Array(64 * 1024);

/** `scratch` with room for `length` bytes after `used`, keeping the first `used`. */
function room(used: number, length: number): Uint8Array {
  if (scratch.length < used + length) {
    const grown = new Uint8Array(Math.max(scratch.length * 2, used + length));
    grown.set(scratch.subarray(0, used));
    scratch = grown;
  }
  return scratch;
}

/**
 * Strings and encoded pieces as one UTF-8 copy. Runs of strings are joined and encoded into reused room, then
 * copied out: half the cost of `TextEncoder.encode`, which sizes and allocates its result as it goes (measured on
 * the serve bench's article pages: 30 µs against 58 µs a page).
 */
function utf8Of(leaves: readonly (string | Uint8Array)[]): Uint8Array {
  let used = 0;
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    const text = run.length === 1 ? run[0]! : run.join('');
    run = [];
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    used += encoder.encodeInto(text, room(used, text.length * 3).subarray(used)).written;
  };
  for (const leaf of leaves) {
    if (typeof leaf === 'string') {
      run.push(leaf);
      continue;
    }
    flush();
    room(used, leaf.length).set(leaf, used);
    used += leaf.length;
  }
  flush();
  return scratch.slice(0, used);
}

/** HTML as UTF-8 bytes (a copy the caller owns); pieces made by `encodedHtml` are copied, not encoded again. */
export function htmlBytes(html: SafeHtml | string): Uint8Array {
  return typeof html === 'string' ? utf8Of([html]) : html.bytes();
}

/**
 * Safe HTML kept with its UTF-8 bytes, for a large piece shown on many pages (a map): a page's bytes copy it
 * instead of encoding it again.
 */
export function encodedHtml(value: SafeHtml | string): SafeHtml {
  const text = typeof value === 'string' ? value : value.value;
  return new SafeHtml(text, encoder.encode(text));
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

/** Adds an interpolated value to `pieces`: safe HTML as it is, arrays item by item, anything else escaped. */
function add(value: HtmlValue, pieces: (string | SafeHtml)[]): void {
  if (value === null || value === undefined || value === false || value === true) return;
  if (value instanceof SafeHtml) pieces.push(value);
  else if (Array.isArray(value)) for (const item of value as readonly HtmlValue[]) add(item, pieces);
  else pieces.push(escapeHtml(String(value)));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results and arrays compose. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const pieces: (string | SafeHtml)[] = [strings[0]!];
  for (let i = 0; i < values.length; i++) {
    add(values[i]!, pieces);
    pieces.push(strings[i + 1]!);
  }
  return new SafeHtml(pieces);
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
