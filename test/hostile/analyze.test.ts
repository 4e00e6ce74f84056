/**
 * Hostile text through analyze(): quote storms, unbalanced quotes, a long paragraph without punctuation,
 * numbers only, emoji and right-to-left scripts, lone surrogates. Each must finish (the test timeout is the
 * guard) and give well-formed output: every span inside the text, never splitting a surrogate pair, and every
 * sentence's text equal to its slice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { findAttributions } from '../../src/analyze/attributions/attributions.js';
import { splitSentences } from '../../src/analyze/sentences/sentences.js';
import type { Analysis, Article, Entity, Span } from '../../src/vocabulary.js';

function article(text: string): Article {
  return {
    id: 'hostile',
    url: null,
    canonicalUrl: null,
    siteName: null,
    title: null,
    description: null,
    authors: [],
    dateline: null,
    publishedAt: '2024-05-01',
    modifiedAt: null,
    language: null,
    section: null,
    tags: [],
    leadImage: null,
    images: [],
    body: { html: '', text, paragraphs: text.split('\n\n') },
    wordCount: 0,
    contentHash: '',
  };
}

function spans(a: Analysis): Span[] {
  return [
    ...a.sentences,
    ...a.entities.flatMap((e) => e.mentions),
    ...a.attributions.map((x) => x.span),
    ...a.quantities.map((q) => q.span),
    ...a.dates.map((d) => d.span),
  ];
}

const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1]!) && /[\udc00-\udfff]/.test(text[at]!);

const cases: readonly [string, string][] = [
  ['10,000 straight quotation marks', '"'.repeat(10_000)],
  ['3,000 opened quotes never closed', 'He said "yes '.repeat(3_000)],
  ['curly quotes closing before they open', '\u201dA \u201c'.repeat(3_000) + ' said Smith.'],
  ['a 200 KB paragraph without punctuation', 'the mayor said that word Council Harbour '.repeat(5_000)],
  ['numbers only', Array.from({ length: 20_000 }, (_, i) => String((i * 7919) % 100_000)).join(' ')],
  ['dotted numbers only', '1.2.3.4.5.6.7.8.9.'.repeat(3_000)],
  [
    'emoji, Arabic and Hebrew',
    '\u{1F1FA}\u{1F1E6}\u{1F468}\u200d\u{1F469}\u200d\u{1F467} مرحبا بالعالم said «quoted» עברית 10 km \u{1F44D} said Ms Cohen. '.repeat(
      1_000,
    ),
  ],
  ['lone surrogates around a quote', 'abc \ud800 def \udc00 said "x" Mr Smith. '.repeat(1_000)],
  ['impossible dates', 'On 12 March 99999, in -44 BC, on 31/02/2024 and 2024-13-45 the council met. '.repeat(500)],
  ['paragraph breaks only', '\n\n'.repeat(10_000)],
];

describe('analyze on hostile text', () => {
  it.each(cases)('%s: finishes with every span inside the text', (_name, text) => {
    const a = analyze(article(text));
    for (const s of spans(a)) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
      expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
    }
    for (const s of a.sentences) expect(s.text).toBe(text.slice(s.start, s.end));
    for (const d of a.dates)
      if (d.resolved) expect(d.resolved, d.text).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/);
    expect(() => JSON.stringify(a)).not.toThrow();
  });

  it('an empty body gives an empty analysis', () => {
    const a = analyze(article(''));
    expect(spans(a)).toEqual([]);
  });
});

describe('attributions at scale', () => {
  it('40,000 quotes of one much-mentioned speaker finish (each phrase used to scan every mention)', () => {
    const line = 'The council met again today and voted, said Mr Smith. ';
    const text = line.repeat(40_000);
    const at = line.indexOf('Mr Smith');
    const smith: Entity = {
      id: 'smith',
      kind: 'person',
      name: 'Mr Smith',
      aliases: [],
      mentions: Array.from({ length: 40_000 }, (_, i) => ({
        start: i * line.length + at,
        end: i * line.length + at + 8,
        text: 'Mr Smith',
      })),
    };
    const found = findAttributions(text, splitSentences(text), [smith]);
    expect(found).toHaveLength(40_000);
    expect(found.every((a) => a.speaker?.entityId === 'smith')).toBe(true);
  });
});
