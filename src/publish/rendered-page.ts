/**
 * An article page ready to send: its bytes, uncompressed and gzip-compressed as far as they are at hand, with its
 * validators and the response headers of each kind built once. A page read from the store comes gzip-compressed
 * (sent as it is to clients that accept gzip, inflated once for others); a page just rendered comes uncompressed
 * and is sent so until its compressed form is attached (page-writer.ts).
 */
import { hash } from 'node:crypto';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import type { StoredPage } from '../store/port.js';
import { acceptsGzip } from './accept-encoding.js';
import { ifNoneMatch } from './if-none-match.js';
import { withSecurityHeaders } from './security-headers.js';

/** A response: status, headers (security headers included) and body (null for a 304). */
export interface PageAnswer {
  status: 200 | 304;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array | null;
}

type Headers = Readonly<Record<string, string>>;

const CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/** An ISO time as an HTTP date; the epoch for anything unreadable. */
export function httpDate(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isFinite(t) ? t : 0).toUTCString();
}

export class RenderedPage {
  #identity: Uint8Array | null;
  #gzip: Uint8Array | null;
  #identityHeaders: Headers | null = null;
  #gzipHeaders: Headers | null = null;
  #notModifiedHeaders: Headers | null = null;

  private constructor(
    /** The article's revision the page was rendered from (see the store's `articlePage`). */
    readonly revision: number,
    readonly etag: string,
    /** An HTTP date: when the article was last updated. */
    readonly lastModified: string,
    /** The length of the uncompressed page. */
    readonly size: number,
    identity: Uint8Array | null,
    gzip: Uint8Array | null,
  ) {
    this.#identity = identity;
    this.#gzip = gzip;
  }

  /** A page just rendered from the article at `revision`; its ETag is a digest of its bytes. */
  static rendered(revision: number, bytes: Uint8Array, updatedAt: string): RenderedPage {
    const etag = `W/"${hash('sha1', bytes, 'base64url')}"`;
    return new RenderedPage(revision, etag, httpDate(updatedAt), bytes.length, bytes, null);
  }

  /** A page as the store keeps it. */
  static stored(revision: number, page: StoredPage): RenderedPage {
    return new RenderedPage(revision, page.etag, page.lastModified, page.size, null, page.gzip);
  }

  /** The gzip-compressed page, once there is one. */
  get gzip(): Uint8Array | null {
    return this.#gzip;
  }

  /** The page uncompressed (inflated from the stored page the first time it is asked for). */
  identity(): Uint8Array {
    this.#identity ??= inflatePage(this.#gzip!, this.size);
    return this.#identity;
  }

  /** Gives a rendered page its compressed form, from then on sent to clients that accept gzip. */
  attachGzip(gzip: Uint8Array): void {
    this.#gzip ??= gzip;
  }

  /** The page as the store keeps it, once it is compressed. */
  toStored(renderKey: string): StoredPage | null {
    if (!this.#gzip) return null;
    return { renderKey, etag: this.etag, lastModified: this.lastModified, size: this.size, gzip: this.#gzip };
  }

  /**
   * The answer to a GET: 304 to a matching `If-None-Match`, else the page, gzip-compressed when the client's
   * `Accept-Encoding` takes gzip and the compressed form is at hand. Every answer varies on Accept-Encoding.
   */
  answer(ifNoneMatchHeader: string | undefined, acceptEncoding: string | undefined): PageAnswer {
    if (ifNoneMatch(ifNoneMatchHeader, this.etag))
      return { status: 304, headers: (this.#notModifiedHeaders ??= this.#headers({})), body: null };
    const gzip = this.#gzip;
    if (gzip && acceptsGzip(acceptEncoding)) {
      this.#gzipHeaders ??= this.#headers({
        'content-type': 'text/html; charset=UTF-8',
        'content-encoding': 'gzip',
        'content-length': String(gzip.length),
      });
      return { status: 200, headers: this.#gzipHeaders, body: gzip };
    }
    const bytes = this.identity();
    this.#identityHeaders ??= this.#headers({
      'content-type': 'text/html; charset=UTF-8',
      // Known with the bytes, so a Node server can write the headers before the body (article-fast-path.ts).
      'content-length': String(bytes.length),
    });
    return { status: 200, headers: this.#identityHeaders, body: bytes };
  }

  /** The validators and caching headers every answer has, `extra` and the security headers. */
  #headers(extra: Record<string, string>): Headers {
    return withSecurityHeaders({
      etag: this.etag,
      'last-modified': this.lastModified,
      'cache-control': CACHE_CONTROL,
      vary: 'Accept-Encoding',
      ...extra,
    });
  }
}

/**
 * A stored page inflated into one buffer of its known size. The deflate data of a gzip member as Node writes it
 * (a 10-byte header with no optional fields, then the data, then CRC-32 and length) is inflated raw: the store
 * keeps the bytes whole, and the CRC of a 20 kB page was a quarter of the time. Measured (CPU time, 500 stored
 * pages of the bench desk, 19.7 kB each): gunzipSync 70-100 µs, with the output sized to the page 52 µs, raw 38 µs.
 */
function inflatePage(gzip: Uint8Array, size: number): Uint8Array {
  const options = { chunkSize: Math.max(64, size + 64) };
  const bare = gzip.length > 18 && gzip[0] === 0x1f && gzip[1] === 0x8b && gzip[2] === 8 && gzip[3] === 0;
  const bytes = bare ? inflateRawSync(gzip.subarray(10, gzip.length - 8), options) : gunzipSync(gzip, options);
  if (bytes.length !== size) throw new Error(`publish: a stored page inflated to ${bytes.length} bytes, not ${size}`);
  return bytes;
}
