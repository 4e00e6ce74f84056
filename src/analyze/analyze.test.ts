import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../bench/lib/article-from-text.js';
import { analyze } from './analyze.js';

const text =
  'Kim left Pyongyang on Sunday afternoon, the agency KCNA reported. The two leaders first met in 2019.\n\n' +
  '"We will meet soon," Kim said. The city is 425 miles (680 kilometers) away.';

// The same minimal Article the analysis benchmark builds from ground-truth texts.
const article = (publishedAt: string | null) => articleFromText('t', text, publishedAt);

describe('analyze', () => {
  it('runs every stage over body.text with offsets into it', () => {
    const a = analyze(article(null));
    expect(a.sentences.map((s) => text.slice(s.start, s.end))).toEqual(a.sentences.map((s) => s.text));
    expect(a.attributions.map((x) => x.speaker?.text)).toEqual(['the agency KCNA', 'Kim']);
    expect(a.quantities[0]).toMatchObject({ text: '425 miles (680 kilometers)', consistent: true });
    expect(a.dates.map((d) => d.resolved)).toEqual([null, '2019']);
  });

  it('resolves relative dates against the publication date or the reference the caller gives', () => {
    expect(analyze(article('2023-09-11')).dates[0]!.resolved).toBe('2023-09-10');
    expect(analyze(article(null), { referenceDate: '2023-09-11' }).dates[0]!.resolved).toBe('2023-09-10');
    expect(analyze(article('2023-09-11'), { referenceDate: null }).dates[0]!.resolved).toBeNull();
  });
});
