/**
 * decode: the payload of an extract input → a string and what kind of text it is (a page or a plain-text dump).
 * Bytes go through gunzip (bounded), binary sniffing, then charset detection in the WHATWG order:
 * BOM → HTTP content-type → <meta> prescan → UTF-8 validity → sniffed legacy charset → windows-1252.
 * A UTF-8 declaration over bytes that are mostly not UTF-8 (a legacy page behind a UTF-8 template or server
 * default) is not trusted: the page goes on to the sniffing step instead of coming out full of U+FFFD.
 */
import { gunzipSync } from 'node:zlib';
import type { ExtractFailureReason, ExtractInput } from '../../vocabulary.js';
import { canonicalCharset, decodeWith } from './charset.js';
import { detectCharset } from './detect-charset.js';
import { binaryFormat, bomCharset, headerCharset, isGzip, isValidUtf8, metaCharset } from './sniff.js';
import { looksLikeHtml } from './looks-like-html.js';
import { mostlyNotUtf8 } from './utf8-evidence.js';

export type Decoded =
  | { ok: true; kind: 'html' | 'text'; text: string; charset: string | null }
  | { ok: false; reason: ExtractFailureReason; message: string };

function fail(reason: ExtractFailureReason, message: string): Decoded {
  return { ok: false, reason, message: `decode: ${message}` };
}

function classify(text: string, charset: string | null, claimedHtml: boolean): Decoded {
  // A 0-byte file (an interrupted download, a truncated .gz) is told from a page of blank lines.
  if (!text) return fail('empty', 'the input is empty (0 bytes)');
  if (!text.trim()) return fail('empty', 'the input holds nothing but white space');
  const kind = claimedHtml && looksLikeHtml(text) ? 'html' : 'text';
  return { ok: true, kind, text, charset };
}

function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array | Decoded {
  try {
    // maxOutputLength bounds the inflated size, so a gzip bomb fails fast instead of filling memory.
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      return fail('too-large', `gzip content inflates past ${maxBytes} bytes`);
    return fail('undecodable', `corrupt gzip data (${(err as Error).message})`);
  }
}

function decodeBytes(raw: Uint8Array, headers: Record<string, string>, maxBytes: number): Decoded {
  if (raw.length > maxBytes) return fail('too-large', `${raw.length} bytes is over the ${maxBytes}-byte limit`);
  let bytes = raw;
  if (isGzip(bytes)) {
    const out = gunzip(bytes, maxBytes);
    if (!(out instanceof Uint8Array)) return out;
    bytes = out;
  }
  const binary = binaryFormat(bytes);
  if (binary) return fail('not-html', `the bytes are ${binary}, not a page`);

  const bom = bomCharset(bytes);
  if (bom) {
    const text = decodeWith(bytes.subarray(bom === 'utf-8' ? 3 : 2), bom);
    return text === null ? fail('undecodable', `no decoder for ${bom}`) : classify(text, bom, true);
  }
  const declared = [headerCharset(headers['content-type']), metaCharset(bytes)].filter(
    (c): c is string => c !== null && !c.startsWith('utf-16'), // a UTF-16 label on ASCII bytes means UTF-8
  );
  let validUtf8: boolean | undefined;
  let mislabelled = false;
  for (const cs of declared) {
    if (canonicalCharset(cs) === 'utf-8') {
      validUtf8 ??= isValidUtf8(bytes);
      if (!validUtf8 && mostlyNotUtf8(bytes)) {
        mislabelled = true; // the claim is wrong: try the next declaration, then sniff
        continue;
      }
    }
    const text = decodeWith(bytes, cs);
    if (text !== null) return classify(text, cs, true);
  }
  if (validUtf8 ?? isValidUtf8(bytes)) return classify(new TextDecoder('utf-8').decode(bytes), 'utf-8', true);
  if (declared.length && !mislabelled) return fail('undecodable', `no decoder for the declared charset ${declared[0]}`);
  // Nothing (trustworthy) declared and not UTF-8: the spec's sniffing step, only ever reached by legacy pages.
  const sniffed = detectCharset(bytes);
  const text = decodeWith(bytes, sniffed);
  if (text !== null) return classify(text, sniffed, true);
  return classify(decodeWith(bytes, 'windows-1252') ?? '', 'windows-1252', true);
}

/** Turns the input's payload into text, refusing binary, oversized and undecodable input. */
export function decode(input: ExtractInput, maxBytes: number): Decoded {
  if (typeof input.html === 'string') {
    if (input.html.length > maxBytes) return fail('too-large', `the page is over the ${maxBytes}-byte limit`);
    return classify(input.html, null, true);
  }
  if (typeof input.text === 'string') {
    if (input.text.length > maxBytes) return fail('too-large', `the text is over the ${maxBytes}-byte limit`);
    return classify(input.text, null, false);
  }
  if (input.bytes) return decodeBytes(input.bytes, input.headers ?? {}, maxBytes);
  return fail('empty', 'no html, text or bytes were given');
}
