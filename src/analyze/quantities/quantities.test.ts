import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { splitSentences } from '../sentences/sentences.js';
import { displayNormalized, findQuantities } from './quantities.js';

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

  it('keeps small lengths, weights and sums instead of rounding them to 0', () => {
    const qs = run(
      'The snail crossed 20 centimetres, then 3 mm, ate 250 grams and 5 mg of salt, worth 50 cents or $0.0004.',
    );
    expect(qs.map((q) => [q.text, q.normalized.value, q.normalized.unit])).toEqual([
      ['20 centimetres', 0.0002, 'km'],
      ['3 mm', 0.000003, 'km'],
      ['250 grams', 0.25, 'kg'],
      ['5 mg', 0.000005, 'kg'],
      ['50 cents', 0.5, 'USD'],
      ['$0.0004', 0.0004, 'USD'],
    ]);
    expect(qs.map((q) => displayNormalized(q.normalized))).toEqual([
      '20 cm',
      '3 mm',
      '250 g',
      '5 mg',
      '0.5 USD',
      '0.0004 USD',
    ]);
    const [pair] = run('The pipe is 8 inches (20 cm) wide.');
    expect(pair!.consistent).toBe(true);
    expect(pair!.check).toBe('8 in = 20.3 cm ≈ 20 cm');
  });

  it('reads temperatures below zero, and not a range as one', () => {
    const qs = run(
      'It fell to -5 °C overnight, −12 degrees Celsius on the hill and minus 40 degrees Fahrenheit up north.',
    );
    expect(qs.map((q) => [q.text, q.value, q.normalized.value])).toEqual([
      ['-5 °C', -5, -5],
      ['−12 degrees Celsius', -12, -12],
      ['minus 40 degrees Fahrenheit', -40, -40],
    ]);
    expect(Object.is(run('It was 32 °F.')[0]!.normalized.value, 0)).toBe(true);
    expect(run('Highs of 10-15 °C and boards 10-20 cm thick.').map((q) => q.value)).toEqual([15, 20]);
  });
});
