import { describe, expect, it } from 'vitest';
import { parseLenientJson } from './lenient-json.js';

describe('parseLenientJson', () => {
  it('parses strict JSON', () => {
    expect(parseLenientJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
  it('repairs trailing commas, raw newlines in strings, comments and wrappers', () => {
    const text = '<!--\n{"headline": "Line one\nline two", // note\n "tags": ["a", "b",],}\n-->';
    expect(parseLenientJson(text)).toEqual({ ok: true, value: { headline: 'Line one\nline two', tags: ['a', 'b'] } });
    expect(parseLenientJson('<![CDATA[{"a": 1}]]>')).toEqual({ ok: true, value: { a: 1 } });
  });
  it('keeps commas and slashes inside strings', () => {
    expect(parseLenientJson('{"url": "https://x.test/a,]", "n": 1,}')).toEqual({
      ok: true,
      value: { url: 'https://x.test/a,]', n: 1 },
    });
  });
  it('reports what it cannot repair', () => {
    expect(parseLenientJson('{"a": ')).toEqual({ ok: false, reason: 'malformed-json' });
  });
});
