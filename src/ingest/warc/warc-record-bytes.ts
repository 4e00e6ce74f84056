/**
 * Serialises one WARC/1.1 record. Used by `scripts/make-sample-warc.ts` and the WARC fixtures; written by hand
 * because a record is only headers, a blank line, the block and two CRLFs (WARC 1.1 §4), and a fixed
 * record id keeps the generated files byte-for-byte reproducible.
 */
import { gzipSync } from 'node:zlib';

export interface WarcRecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata';
  id: string;
  date: string;
  targetUri?: string;
  contentType: string;
  block: Uint8Array;
}

const CRLF = '\r\n';

/** The record's bytes; `gzip` makes it one gzip member, as `.warc.gz` files hold them. */
export function warcRecordBytes(spec: WarcRecordSpec, gzip = false): Buffer {
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <urn:uuid:${spec.id}>`,
    `WARC-Date: ${spec.date}`,
    ...(spec.targetUri ? [`WARC-Target-URI: ${spec.targetUri}`] : []),
    `Content-Type: ${spec.contentType}`,
    `Content-Length: ${spec.block.byteLength}`,
  ];
  const record = Buffer.concat([Buffer.from(lines.join(CRLF) + CRLF + CRLF), spec.block, Buffer.from(CRLF + CRLF)]);
  return gzip ? gzipSync(record) : record;
}

/** An HTTP/1.1 response as a WARC `response` block stores it: status line, headers, blank line, body. */
export function httpResponseBlock(status: string, headers: Record<string, string>, body: Uint8Array): Uint8Array {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF), body]);
}

/** Chunked transfer-coding (RFC 9112 §7.1) of a body, in chunks of `size` bytes. */
export function chunked(body: Uint8Array, size = 64): Uint8Array {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.byteLength; i += size) {
    const part = body.subarray(i, i + size);
    parts.push(Buffer.from(part.byteLength.toString(16) + CRLF), Buffer.from(part), Buffer.from(CRLF));
  }
  parts.push(Buffer.from('0' + CRLF + CRLF));
  return Buffer.concat(parts);
}
