import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeRaw, rawPageOfRow, rawPageParams } from './raw-codec.js';

const html = new TextEncoder().encode(`<html><body>${'<p>ünïcødé news text</p>'.repeat(200)}</body></html>`);

describe('raw page codec', () => {
  it('compresses a plain page with brotli and keeps a gzipped one as it was read', () => {
    const plain = encodeRaw(html);
    expect(plain.codec).toBe('br');
    expect(plain.stored.byteLength).toBeLessThan(html.byteLength / 4);
    const gz = gzipSync(html);
    const kept = encodeRaw(gz);
    expect(kept.codec).toBe('none');
    expect(Buffer.from(kept.stored).equals(gz)).toBe(true);
  });

  it('restores both byte for byte through a stored row', () => {
    for (const bytes of [html, new Uint8Array(gzipSync(html)), new Uint8Array([0x1f, 0x8b]), new Uint8Array(0)]) {
      const [source, url, contentType, headersJson, fetchedAt, codec, size, stored] = rawPageParams({
        source: 's',
        url: null,
        contentType: null,
        fetchedAt: '2024-05-01T00:00:00Z',
        bytes,
      });
      expect(size).toBe(bytes.byteLength);
      const raw = rawPageOfRow({
        source,
        url,
        content_type: contentType,
        headers_json: headersJson,
        fetched_at: fetchedAt,
        codec,
        bytes: new Uint8Array(stored),
      });
      expect(Buffer.from(raw.bytes).equals(Buffer.from(bytes))).toBe(true);
    }
  });
});
