import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from './detector.js';
import { decodeSketch, encodeSketch } from './sketch-codec.js';
import { containment, jaccard } from './minhash.js';

const wire =
  'North Korean leader Kim Jong Un arrived in the Russian port city of Vladivostok on Wednesday by armoured ' +
  'train for his first summit with President Vladimir Putin, the Kremlin said. The two leaders are expected to ' +
  'discuss the stalled nuclear talks with Washington and economic cooperation between their countries. Kim was ' +
  'greeted at the station by Russian officials and a military band before being driven to a university campus ' +
  'on Russky Island where the talks will be held on Thursday, officials said.';
const other =
  'The Los Angeles Lakers won their fourth straight game on Tuesday night, beating the Washington Wizards as ' +
  'their leading scorer returned from injury and the bench added thirty points in the second half of the game ' +
  'at the arena in front of a sold out crowd that cheered every basket late into the night.';

describe('NearDuplicateIndex', () => {
  it('folds a trimmed copy with boilerplate and a typo under the earliest article, and lists both outlets', () => {
    const idx = new NearDuplicateIndex();
    expect(idx.add({ id: 'orig', text: wire, time: 1, outlet: 'AP' })).toBeNull();
    const copy =
      'Advertisement. Sign up for our newsletter. ' + wire.slice(0, 330).replace('Vladivostok', 'Vladivostock');
    const m = idx.add({ id: 'copy', text: copy, time: 2, outlet: 'Daily' });
    expect(m?.canonical).toBe('orig');
    expect(m?.containment).toBeGreaterThan(0.6);
    expect(idx.outletsOf('copy')).toEqual(['AP', 'Daily']);
  });

  it('makes an earlier copy the canonical and reports the members it re-pointed', () => {
    const idx = new NearDuplicateIndex();
    idx.add({ id: 'late', text: wire, time: 10 });
    const m = idx.add({ id: 'early', text: wire + ' More follows.', time: 5 });
    expect(m).toMatchObject({ canonical: 'early', recanonicalised: ['late'] });
    expect(idx.canonicalOf('late')).toBe('early');
  });

  it('keeps different texts and too-short texts apart', () => {
    const idx = new NearDuplicateIndex();
    idx.add({ id: 'a', text: wire, time: 1 });
    expect(idx.add({ id: 'b', text: other, time: 2 })).toBeNull();
    idx.add({ id: 's1', text: 'Kim arrives in Vladivostok', time: 3 });
    expect(idx.add({ id: 's2', text: 'Kim arrives in Vladivostok', time: 4 })).toBeNull();
  });
});

describe('sketch codec', () => {
  it('round-trips a sketch and rejects foreign bytes', () => {
    const s = NearDuplicateIndex.sketchOf(wire);
    const back = decodeSketch(encodeSketch(s));
    expect(back.size).toBe(s.size);
    expect(jaccard(back, s)).toBe(1);
    expect(containment(back, NearDuplicateIndex.sketchOf(other))).toBeLessThan(0.2);
    expect(() => decodeSketch('AAAA')).toThrow(/^near-duplicates:/);
  });
});
