import { describe, expect, it } from 'vitest';
import { scoreClustering } from './metrics.js';
import { hungarianMax } from './hungarian.js';

const labels = (o: Record<string, string>): Map<string, string> => new Map(Object.entries(o));

// Hand-computed: gold {a,b,c}{d,e}; predicted {a,b}{c,d,e}.
const gold = labels({ a: 'G1', b: 'G1', c: 'G1', d: 'G2', e: 'G2' });
const pred = labels({ a: 'P1', b: 'P1', c: 'P2', d: 'P2', e: 'P2' });

describe('scoreClustering', () => {
  it('computes pairwise P/R/F1 from pair counts (TP 2 of 4 predicted, 4 gold pairs)', () => {
    const s = scoreClustering(gold, pred);
    expect(s.pairwise.precision).toBeCloseTo(0.5, 10);
    expect(s.pairwise.recall).toBeCloseTo(0.5, 10);
    expect(s.pairwise.f1).toBeCloseTo(0.5, 10);
  });

  it('computes BCubed as item-averaged precision and recall (11/15 each)', () => {
    const s = scoreClustering(gold, pred);
    expect(s.bcubed.precision).toBeCloseTo(11 / 15, 10);
    expect(s.bcubed.recall).toBeCloseTo(11 / 15, 10);
  });

  it('computes NMI with arithmetic-mean normalisation', () => {
    const mi = 0.8 * Math.log(10 / 6) + 0.2 * Math.log(5 / 9);
    const h = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4));
    expect(scoreClustering(gold, pred).nmi).toBeCloseTo(mi / h, 10);
  });

  it('computes Hungarian-matched accuracy (4 of 5)', () => {
    expect(scoreClustering(gold, pred).accuracy).toBeCloseTo(0.8, 10);
  });

  it('gives 1 everywhere for a perfect clustering under other labels', () => {
    const s = scoreClustering(gold, labels({ a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' }));
    expect([s.pairwise.f1, s.bcubed.f1, s.nmi, s.accuracy]).toEqual([1, 1, 1, 1]);
  });

  it('punishes all-singletons with zero pairwise recall and BCubed recall of (1/3·3 + 1/2·2)/5', () => {
    const s = scoreClustering(gold, labels({ a: '1', b: '2', c: '3', d: '4', e: '5' }));
    expect(s.pairwise.recall).toBe(0);
    expect(s.bcubed.precision).toBe(1);
    expect(s.bcubed.recall).toBeCloseTo(2 / 5, 10);
    expect(s.predictedClusters).toBe(5);
  });

  it('scores only items present in both clusterings and refuses disjoint ones', () => {
    expect(scoreClustering(gold, labels({ a: 'x', b: 'x', z: 'y' })).bcubed.f1).toBe(1);
    expect(() => scoreClustering(gold, labels({ z: 'x' }))).toThrow(/^scoring:/);
  });
});

describe('hungarianMax', () => {
  it('finds the best one-to-one matching on a rectangular matrix', () => {
    expect(
      hungarianMax([
        [3, 1],
        [2, 2],
        [0, 4],
      ]),
    ).toBe(7);
    expect(hungarianMax([[1, 5, 2]])).toBe(5);
    expect(hungarianMax([])).toBe(0);
  });
});
