import { describe, expect, it } from 'vitest';
import { decodeClusterLine } from './cluster-input.js';

describe('decodeClusterLine', () => {
  it('decodes a full line and reads snippet when text is absent', () => {
    expect(decodeClusterLine('{"id":"a","title":"T","text":"x","outlet":"AP","publishedAt":"2019-04-25"}')).toEqual({
      ok: true,
      item: { id: 'a', title: 'T', text: 'x', publishedAt: '2019-04-25', outlet: 'AP', url: null },
    });
    const s = decodeClusterLine('{"id":7,"title":"T","snippet":"y"}');
    expect(s.ok && s.item).toMatchObject({ id: '7', text: 'y' });
  });

  it('refuses what is not an article line, with a reason', () => {
    for (const line of [
      'nope',
      '[1]',
      '{"title":"x"}',
      '{"id":"a"}',
      '{"id":"a","title":1}',
      '{"id":"a","title":"t","publishedAt":"soon"}',
    ])
      expect(decodeClusterLine(line).ok, line).toBe(false);
  });
});
