/**
 * Compression of the app's answers by `Accept-Encoding`: brotli or gzip for pages, feeds (RSS, Atom, JSON Feed),
 * the JSON API and static text, with `Vary: Accept-Encoding` on every answer that could have been compressed,
 * compressed or not, so a shared cache keeps the two apart.
 *
 * Left as they are: an answer that already chose its encoding (the stored article page, compressed when it was
 * written, which carries its own `Vary` and `Content-Encoding`: article-fast-path.ts answers most of those before
 * the app), bodiless answers (304, 204, HEAD) and answers under a kilobyte, where the headers cost more than the
 * bytes saved. A strong ETag becomes weak on a compressed answer (as nginx does): the bytes differ from the
 * identity answer's, and If-None-Match compares weakly, so a reader's revalidation still gets its 304.
 *
 * Synchronous zlib: the pages compressed here are tens of kilobytes (a tenth of a millisecond at these levels),
 * and rendering them is synchronous already. Levels for pages made on each request, measured on a 14 kB search
 * page (same run): gzip level 1 (nginx's default) 68 µs → 1,977 bytes against level 6 162 µs → 1,870; brotli
 * quality 4 with a size hint and a 256 kB window 104 µs → 1,718 against quality 5 154 µs → 1,593.
 * Not Hono's own `compress()`: it offers only gzip and deflate, through CompressionStream, whose level cannot be set
 * (zlib's default 6, the 162 µs above), and no brotli.
 */
import type { MiddlewareHandler } from 'hono';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { preferredEncoding } from './accept-encoding.js';

/** Smaller answers go as they are. */
export const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|image\/svg\+xml|application\/(?:json|xml|javascript|[\w.+-]+\+(?:json|xml)))/i;
const brotliOptions = (size: number) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 4,
    [constants.BROTLI_PARAM_LGWIN]: 18,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

/** Hono middleware compressing what the handler answered; register it inside the security headers. */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type');
    if (!type || !COMPRESSIBLE.test(type) || res.headers.has('content-encoding')) return;
    const vary = res.headers.get('vary');
    // Negotiated already (the stored article page inflated for a client without gzip).
    if (vary && /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) return;
    if (!res.body || res.status === 204 || res.status === 304 || c.req.method === 'HEAD') {
      if (c.req.method === 'HEAD' && res.status === 200) varyOnEncoding(res.headers);
      return;
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const encoding = bytes.length >= MIN_COMPRESS_BYTES ? preferredEncoding(c.req.header('accept-encoding')) : null;
    if (bytes.length >= MIN_COMPRESS_BYTES) varyOnEncoding(headers);
    let body: Uint8Array = bytes;
    if (encoding) {
      body = encoding === 'br' ? brotliCompressSync(bytes, brotliOptions(bytes.length)) : gzipSync(bytes, { level: 1 });
      headers.set('content-encoding', encoding);
      const etag = headers.get('etag');
      if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
    }
    headers.set('content-length', String(body.length));
    // Hono copies the old answer's headers onto a new one (its strong ETag, no Content-Encoding): drop it first.
    c.res = undefined as unknown as Response;
    c.res = new Response(body as Uint8Array<ArrayBuffer>, { status: res.status, statusText: res.statusText, headers });
  };
}

function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`);
}
