/**
 * fetchPage: one safe HTTP(S) GET. Redirects are followed by hand (at most `maxRedirects`), each hop's URL
 * re-checked; the address policy runs inside the socket's DNS lookup, so the address checked is the address
 * connected to. Bodies are decompressed as they stream and cut off at `maxBytes`. Every failure comes back as
 * a keyed `FetchFailure` (Miniflux-style: one place classifies them); nothing throws.
 *
 * Built on node:http/https rather than the global fetch because fetch offers no hook on the resolved address.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { blockedReason } from './address-policy.js';
import {
  FETCH_DEFAULTS,
  type FetchFailure,
  type FetchFailureReason,
  type FetchOptions,
  type FetchOutcome,
  httpErrorDetail,
} from './fetch-outcome.js';

class FetchError extends Error {
  constructor(
    readonly reason: FetchFailureReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate) {
        for (const a of list) {
          const why = blockedReason(a.address);
          if (why)
            return callback(new FetchError('blocked-address', `${hostname} resolves to ${a.address} (${why})`), '', 4);
        }
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new FetchError('dns', `${hostname} has no address`), '', 4);
      callback(null, first.address, first.family);
    });
  };
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('bad-url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError('bad-url', `scheme ${url.protocol} is not fetched`);
  if (url.username || url.password) throw new FetchError('bad-url', 'URLs with credentials are not fetched');
  // A trailing dot names the same host ("localhost."), so it must not slip past the name check.
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!allowPrivate) {
    if (net.isIP(host)) {
      const why = blockedReason(host);
      if (why) throw new FetchError('blocked-address', `${host} is ${why}`);
    } else if (host === 'localhost' || host.endsWith('.localhost')) {
      throw new FetchError('blocked-address', `${host} is loopback`);
    }
  }
  return url;
}

/**
 * Why `fetchPage` would refuse this URL without a request (not a URL, not http(s), credentials, a loopback or
 * private literal address), or null. The polite fetcher asks first, so robots.txt is not fetched for a page
 * that will be refused anyway, and the refusal is not hidden behind a robots.txt failure.
 */
export function refusedUrl(rawUrl: string, allowPrivate = false): FetchFailure | null {
  try {
    checkUrl(rawUrl, allowPrivate);
    return null;
  } catch (err) {
    return classify(err, rawUrl, false);
  }
}

function headerRecord(res: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '')
    .toLowerCase()
    .trim();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (enc === 'deflate') return res.pipe(zlib.createInflate());
  if (enc === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

interface Hop {
  res: http.IncomingMessage;
}

function request(
  url: URL,
  options: Required<Pick<FetchOptions, 'allowPrivate' | 'userAgent'>> & FetchOptions,
  signal: AbortSignal,
): Promise<Hop> {
  const lib = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept:
      'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/json;q=0.8,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
    ...(options.etag ? { 'if-none-match': options.etag } : {}),
    ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = lib.get(url, { headers, lookup: guardedLookup(options.allowPrivate), signal }, (res) =>
      resolve({ res }),
    );
    req.on('error', reject);
  });
}

async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding'])
    throw new FetchError('too-large', `body of ${declared} bytes is over the ${maxBytes}-byte limit`);
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = decoded(res);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw new FetchError('too-large', `body is over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function classify(err: unknown, url: string, timedOut: boolean): FetchFailure {
  if (err instanceof FetchError)
    return { ok: false, reason: err.reason, message: `fetch: ${url}: ${err.message}`, status: err.status, url };
  const e = err as NodeJS.ErrnoException & { cause?: unknown };
  if (e?.cause instanceof FetchError) return classify(e.cause, url, timedOut);
  if (timedOut || e?.name === 'AbortError' || e?.code === 'ABORT_ERR')
    return { ok: false, reason: 'timeout', message: `fetch: ${url}: timed out`, url };
  if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN')
    return { ok: false, reason: 'dns', message: `fetch: ${url}: host not found`, url };
  if (e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR')
    return { ok: false, reason: 'network', message: `fetch: ${url}: corrupt compressed body`, url };
  return { ok: false, reason: 'network', message: `fetch: ${url}: ${networkDetail(e, err)}`, url };
}

/** Socket errors in words; Node's own message repeats the code ("ECONNREFUSED connect ECONNREFUSED 1.2.3.4:80"). */
const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed while sending',
  HPE_INVALID_CONSTANT: 'not an HTTP response',
  HPE_INVALID_HEADER_TOKEN: 'malformed HTTP headers',
};

function networkDetail(e: (NodeJS.ErrnoException & { cause?: unknown }) | undefined, err: unknown): string {
  const code = e?.code;
  if (code && NETWORK_ERRORS[code]) return `${NETWORK_ERRORS[code]} (${code})`;
  const message = e?.message ?? String(err);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** GETs a URL safely. Never throws; see `FetchOutcome`. */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const opts = {
    ...options,
    allowPrivate: options.allowPrivate ?? false,
    userAgent: options.userAgent ?? FETCH_DEFAULTS.userAgent,
  };
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const redirects: string[] = [];
  let current = rawUrl;
  try {
    for (;;) {
      const url = checkUrl(current, opts.allowPrivate);
      const { res } = await request(url, opts, signal);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        if (redirects.length >= maxRedirects)
          throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects`, status);
        redirects.push(url.href);
        current = new URL(res.headers.location, url).href;
        continue;
      }
      if (status === 304) {
        res.resume();
        return { ok: true, notModified: true, status: 304, url: url.href, headers: headerRecord(res) };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchError('http-error', httpErrorDetail(status), status);
      }
      const bytes = await readBody(res, maxBytes);
      return { ok: true, notModified: false, status, url: url.href, headers: headerRecord(res), bytes, redirects };
    }
  } catch (err) {
    return classify(err, rawUrl, timeout.aborted);
  }
}
