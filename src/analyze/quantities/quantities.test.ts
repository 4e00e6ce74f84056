import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { splitSentences } from '../sentences/sentences.js';
import { findQuantities } from './quantities.js';

const run = (t: string, entities: Entity[] = []) => findQuantities(t, splitSentences(t), entities);

describe('findQuantities', () => {
  it('reads one quantity from paired units and checks that they agree', () => {
    const [q, ...rest] = run('Vladivostok is approximately 425 miles (680 kilometers) north of Pyongyang.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: '425 miles (680 kilometers)',
      value: 425,
      unit: 'mi',
      kind: 'distance',
      consistent: true,
    });
    expect(q!.normalized.value).toBeCloseTo(683.97, 1);
    expect(run('It is 100 miles (300 km) long.')[0]!.consistent).toBe(false);
  });

  it('reads money with currencies and scale words, weights and temperatures', () => {
    const qs = run('The deal is worth $1.2 billion, or €40 million, for 3 tons at 90 degrees Fahrenheit.');
    expect(qs.map((q) => [q.kind, q.normalized.unit])).toEqual([
      ['money', 'USD'],
      ['money', 'EUR'],
      ['weight', 'kg'],
      ['temperature', '°C'],
    ]);
    expect(qs[0]!.value).toBe(1.2e9);
    expect(qs[3]!.normalized.value).toBeCloseTo(32.2, 1);
  });

  it('checks a stated distance between two geocoded places against the great circle', () => {
    const t = 'Paris is about 340 kilometers from London.';
    const place = (id: string, name: string, lat: number, lon: number): Entity => {
      const start = t.indexOf(name);
      return {
        id,
        kind: 'place',
        name,
        aliases: [],
        mentions: [{ start, end: start + name.length, text: name }],
        lat,
        lon,
      };
    };
    const [q] = run(t, [place('p', 'Paris', 48.8566, 2.3522), place('l', 'London', 51.5074, -0.1278)]);
    expect(q!.consistent).toBe(true);
    expect(q!.check).toMatch(/great-circle Paris–London 34\d km/);
  });
});
