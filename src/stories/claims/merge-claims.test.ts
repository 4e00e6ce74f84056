import { describe, expect, it } from 'vitest';
import type { Analysis, Attribution, Entity } from '../../vocabulary.js';
import type { ClaimSource } from './claim-evidence.js';
import type { ClaimEvidence } from './claim-evidence.js';
import { CLAIMS, matterPairs, mergeClaims } from './merge-claims.js';
import { speakerKey } from './speaker.js';

/** An analysis whose body is the given contents laid end to end, one attribution each. */
function analysis(said: { speaker: string; content: string; places?: string[] }[]): Analysis {
  const attributions: Attribution[] = [];
  const entities: Entity[] = [];
  let at = 0;
  said.forEach((s, i) => {
    const start = at;
    const end = at + s.content.length;
    for (const p of s.places ?? []) {
      const off = s.content.indexOf(p);
      entities.push({
        id: `p${i}${p}`,
        kind: 'place',
        name: p,
        aliases: [],
        mentions: [{ start: start + off, end: start + off + p.length, text: p }],
      });
    }
    attributions.push({
      id: `a${i}`,
      speaker: { entityId: null, name: s.speaker, text: s.speaker, anonymous: false },
      via: [],
      cue: 'said',
      content: s.content,
      quote: null,
      span: { start, end },
      contentSpan: { start, end },
    });
    at = end + 2;
  });
  return { version: 't', sentences: [], entities, attributions, quantities: [], dates: [] };
}

const src = (
  articleId: string,
  outlet: string,
  publishedAt: string,
  said: Parameters<typeof analysis>[0],
  canonicalId = articleId,
): ClaimSource => ({ articleId, outlet, publishedAt, canonicalId, analysis: analysis(said) });

describe('mergeClaims', () => {
  it('merges one speaker under different titles saying the same thing, across outlets', () => {
    const claims = mergeClaims([
      src('a1', 'AP', '2019-04-25T08:00:00Z', [{ speaker: 'Putin', content: 'the talks with Kim were constructive' }]),
      src('a3', 'Reuters', '2019-04-25T09:00:00Z', [
        { speaker: 'President Vladimir Putin', content: 'talks with Kim had been very constructive' },
      ]),
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      speaker: 'President Vladimir Putin',
      articleIds: ['a1', 'a3'],
      outlets: ['AP', 'Reuters'],
      firstSeen: '2019-04-25T08:00:00Z',
      corroborated: true,
    });
  });

  it('counts syndicated copies of one wire story once for corroboration', () => {
    const said = [{ speaker: 'KCNA', content: 'Kim left Pyongyang on Sunday afternoon' }];
    const claims = mergeClaims([
      src('w1', 'AP', '2019-04-24T08:00:00Z', said),
      src('w2', 'Daily Courier', '2019-04-24T09:00:00Z', said, 'w1'),
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.outlets).toEqual(['AP', 'Daily Courier']);
    expect(claims[0]!.corroborated).toBe(false);
  });

  it('keeps claims that give different places or numbers apart and marks them as conflicting', () => {
    const claims = mergeClaims([
      src('k1', 'KCNA', '2019-04-24T08:00:00Z', [
        { speaker: 'KCNA', content: 'the train reached Khasan on Monday', places: ['Khasan'] },
      ]),
      src('t1', 'TBS', '2019-04-24T10:00:00Z', [
        { speaker: 'Russian officials', content: 'the train reached Vladivostok on Monday', places: ['Vladivostok'] },
      ]),
      src('p1', 'AP', '2019-04-24T11:00:00Z', [{ speaker: 'Police', content: 'the crash killed 12 people' }]),
      src('p2', 'BBC', '2019-04-24T12:00:00Z', [{ speaker: 'police', content: 'the crash killed 15 people' }]),
      src('p3', 'CNN', '2019-04-24T13:00:00Z', [{ speaker: 'police', content: 'the crash killed 12 people' }]),
    ]);
    const by = (id: string) => claims.find((c) => c.articleIds.includes(id))!;
    expect(by('k1').conflictsWith).toEqual([by('t1').id]);
    expect(by('p1').articleIds).toEqual(['p1', 'p3']);
    expect(by('p1').conflictsWith).toEqual([by('p2').id]);
    expect(by('p2').conflictsWith).toEqual([by('p1').id]);
    expect(claims).toHaveLength(4);
  });

  it('ignores statements without a speaker', () => {
    const a = analysis([{ speaker: 'x', content: 'increased military collaboration' }]);
    a.attributions[0]!.speaker = null;
    expect(mergeClaims([{ articleId: 'u', outlet: 'AP', publishedAt: null, canonicalId: 'u', analysis: a }])).toEqual(
      [],
    );
  });
});

describe('matterPairs', () => {
  /** Pseudo-random evidence from a small vocabulary, so that many pairs share terms, numbers and places. */
  function randomFirsts(seed: number, n: number): ClaimEvidence[] {
    let x = seed;
    const next = (k: number): number => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % k;
    };
    const vocabulary = Array.from({ length: 12 }, (_, i) => `term${i}`);
    return Array.from({ length: n }, (_, i) => ({
      articleId: `a${i}`,
      outlet: 'AP',
      publishedAt: null,
      canonicalId: `a${i}`,
      attributionId: 'x',
      speaker: `s${next(3)}`,
      speakerKey: `s${next(3)}`,
      content: '',
      terms: new Set(Array.from({ length: next(6) }, () => vocabulary[next(vocabulary.length)]!)),
      numbers: next(2) ? [next(4)] : [],
      places: next(3) ? [] : [`p${next(2)}`],
    }));
  }

  it('finds every pair on the same matter that can disagree, in the order of a loop over all pairs', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const firsts = randomFirsts(seed, 30);
      const overlap = (a: Set<string>, b: Set<string>): number =>
        a.size && b.size ? [...a].filter((t) => b.has(t)).length / Math.min(a.size, b.size) : 0;
      const expected: [number, number][] = [];
      for (let i = 0; i < firsts.length; i++)
        for (let j = i + 1; j < firsts.length; j++) {
          const [a, b] = [firsts[i]!, firsts[j]!];
          const comparable = (a.numbers.length && b.numbers.length) || (a.places.length && b.places.length);
          const threshold = a.speakerKey === b.speakerKey ? CLAIMS.sameContent : CLAIMS.sameMatter;
          if (comparable && overlap(a.terms, b.terms) >= threshold) expected.push([i, j]);
        }
      const found = matterPairs(firsts);
      // Every pair that passes the overlap test is found, in loop order; extra candidates are filtered by the caller.
      expect(found.filter(([i, j]) => expected.some(([x, y]) => x === i && y === j))).toEqual(expected);
      for (let k = 1; k < found.length; k++)
        expect(found[k - 1]![0] < found[k]![0] || found[k - 1]![1] < found[k]![1]).toBe(true);
    }
  });
});

describe('speakerKey', () => {
  it('drops titles but keeps a name made only of title-like words', () => {
    expect(speakerKey('Mr. Vladimir Putin')).toBe('vladimir putin');
    expect(speakerKey('Comrade Putin')).toBe('putin');
    expect(speakerKey('the Kremlin')).toBe('kremlin');
    expect(speakerKey('President')).toBe('president');
  });
});

describe('claim evidence read once per attribution', () => {
  it('gives each call evidence of its own: speaker keys resolved in one story never leak into another', () => {
    const full = analysis([{ speaker: 'Maria Lopez', content: 'the bridge will reopen in May' }]);
    const short = analysis([{ speaker: 'Lopez', content: 'the bridge will reopen in May' }]);
    const source = (id: string, a: Analysis): ClaimSource => ({
      articleId: id,
      outlet: id,
      publishedAt: null,
      canonicalId: id,
      analysis: a,
    });
    // Together, 'Lopez' is resolved to the fuller name and both statements are one claim.
    expect(mergeClaims([source('x', full), source('y', short)])).toHaveLength(1);
    // Alone, the same attribution keeps its own speaker: the resolution above changed only that call's evidence.
    const alone = mergeClaims([source('y', short)]);
    expect(alone.map((c) => c.speaker)).toEqual(['Lopez']);
    expect(alone[0]!.id).toBe(
      mergeClaims([source('y', analysis([{ speaker: 'Lopez', content: 'the bridge will reopen in May' }]))])[0]!.id,
    );
    // The same attributions again give the same claims.
    expect(mergeClaims([source('x', full), source('y', short)])).toEqual(
      mergeClaims([source('x', full), source('y', short)]),
    );
  });
});
