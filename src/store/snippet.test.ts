import { describe, expect, it } from 'vitest';
import { GT_STANDIN, LT_STANDIN, MARK_END, MARK_START, plainSnippet, renderSnippet } from './snippet.js';

describe('renderSnippet', () => {
  it('escapes the text and turns marks into balanced <mark> elements', () => {
    const marked = `a <b> & ${MARK_START}train${MARK_END} "q" ${MARK_START}open`;
    expect(renderSnippet(marked)).toBe('a &lt;b&gt; &amp; <mark>train</mark> &quot;q&quot; <mark>open</mark>');
  });

  it('restores < and > hidden from ts_headline before escaping them', () => {
    expect(renderSnippet(`${LT_STANDIN}script${GT_STANDIN}`)).toBe('&lt;script&gt;');
  });
});

describe('plainSnippet', () => {
  it('prefers the description and cuts long text at a word', () => {
    expect(plainSnippet('A <b>', 'body')).toBe('A &lt;b&gt;');
    const cut = plainSnippet(null, 'word '.repeat(100), 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/wor…$/);
  });
});
