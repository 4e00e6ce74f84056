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

  /** Adds the HTML to the page being encoded: strings to the pending run, bytes and long strings on their own. */
  #encode(): void {
    if (this.#bytes) return writeBytes(this.#bytes);
    const value = this.#value;
    if (value !== undefined) {
      if (value.length < OWN_RUN) pending.push(value);
      else writeText(value);
      return;
    }
    for (const piece of this.#pieces!)
      if (typeof piece === 'string') pending.push(piece);
      else piece.#encode();
  }

  /** The HTML as UTF-8 bytes (a copy the caller owns). */
  bytes(): Uint8Array {
    begin();
    this.#encode();
    return encoded();
  }

  toString(): string {
    return this.value;
  }
}

/*
 * Encoding a page. Strings are joined into runs and each run encoded into reused room, then the page is copied
 * out: half the cost of `TextEncoder.encode`, which sizes and allocates its result as it goes, and far less than
 * encoding piece by piece (each call costs more than encoding a short piece). A run is encoded fastest when every
 * piece of it is Latin-1 (V8 then joins it into a one-byte string, which encodes ~7x faster than a two-byte one):
 * so markup with characters past Latin-1 ('—', '→') is kept encoded (see `html`), and a long piece (an article
 * body) is encoded on its own rather than widening the run around it. Measured on the serve bench's article
 * pages: 30 µs against 58 µs a page for `TextEncoder.encode`; an 11,500-character run 1.7 µs one-byte against
 * 12.4 µs two-byte.
 */

const encoder = new TextEncoder();
/** A string piece at least this long is encoded as a run of its own. */
const OWN_RUN = 1024;
/** Room to encode a page into before copying it out; grown for a longer page. */
let scratch = new Uint8Array(64 * 1024);
/** Bytes of the page encoded so far. */
let used = 0;
/** Strings waiting to be joined and encoded as one run. */
let pending: string[] = [];

/** `scratch` with room for `length` more bytes after the `used` ones, keeping those. */
function room(length: number): Uint8Array {
  if (scratch.length < used + length) {
    const grown = new Uint8Array(Math.max(scratch.length * 2, used + length));
    grown.set(scratch.subarray(0, used));
    scratch = grown;
  }
  return scratch;
}

/** Starts a page (and drops what a page that failed to encode may have left). */
function begin(): void {
  used = 0;
  pending.length = 0;
}

function encodePending(): void {
  if (!pending.length) return;
  const text = pending.length === 1 ? pending[0]! : pending.join('');
  pending = [];
  // A UTF-16 code unit never takes more than three bytes in UTF-8.
  used += encoder.encodeInto(text, room(text.length * 3).subarray(used)).written;
}

function writeText(text: string): void {
  encodePending();
  pending.push(text);
  encodePending();
}

function writeBytes(bytes: Uint8Array): void {
  encodePending();
  room(bytes.length).set(bytes, used);
  used += bytes.length;
}

/** The page encoded since `used` was reset, as a copy the caller owns. */
function encoded(): Uint8Array {
  encodePending();
  return scratch.slice(0, used);
}

/** HTML as UTF-8 bytes (a copy the caller owns); pieces made by `encodedHtml` are copied, not encoded again. */
export function htmlBytes(html: SafeHtml | string): Uint8Array {
  if (typeof html !== 'string') return html.bytes();
  begin();
  writeText(html);
  return encoded();
}

/**
 * Safe HTML kept with its UTF-8 bytes, for a large piece shown on many pages (a map): a page's bytes copy it
 * instead of encoding it again.
 */
export function encodedHtml(value: SafeHtml | string): SafeHtml {
  const text = typeof value === 'string' ? value : value.value;
  return new SafeHtml(text, encoder.encode(text));
}

const SPECIAL = /[&<>"'`]/;

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Most values (names, dates, URLs) have nothing to escape: one regex search says so. The rest (share links,
  // with their '&') are escaped from the first special character on in a loop, several times faster than a
  // replace with a callback.
  const first = text.search(SPECIAL);
  if (first === -1) return text;
  let out = '';
  let last = 0;
  for (let i = first; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 38: // &
        entity = '&amp;';
        break;
      case 60: // <
        entity = '&lt;';
        break;
      case 62: // >
        entity = '&gt;';
        break;
      case 34: // "
        entity = '&quot;';
        break;
      case 39: // '
        entity = '&#39;';
        break;
      case 96: // `
        entity = '&#96;';
        break;
      default:
        continue;
    }
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return out + text.slice(last);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Adds an interpolated value to `pieces`: safe HTML as it is, arrays item by item, anything else escaped. */
function add(value: HtmlValue, pieces: (string | SafeHtml)[]): void {
  if (value === null || value === undefined || value === false || value === true) return;
  if (value instanceof SafeHtml) pieces.push(value);
  else if (Array.isArray(value)) for (const item of value as readonly HtmlValue[]) add(item, pieces);
  else pieces.push(escapeHtml(String(value)));
}

/** Characters past Latin-1: a string holding one is two-byte in V8, and so is any string joined from it. */
const WIDE = /[^\0-\xff]/;

/** Each template's markup, pieces with characters past Latin-1 kept encoded (see `SafeHtml#encode`). */
const templates = new WeakMap<TemplateStringsArray, readonly (string | SafeHtml)[]>();

function markupOf(strings: TemplateStringsArray): readonly (string | SafeHtml)[] {
  let markup = templates.get(strings);
  if (!markup) templates.set(strings, (markup = strings.map((s) => (WIDE.test(s) ? encodedHtml(s) : s))));
  return markup;
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results and arrays compose. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const markup = markupOf(strings);
  const pieces: (string | SafeHtml)[] = [markup[0]!];
  for (let i = 0; i < values.length; i++) {
    add(values[i]!, pieces);
    pieces.push(markup[i + 1]!);
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
