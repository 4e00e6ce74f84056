import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';

/** Each entity as "kind:name", in order of first mention. */
const summary = (text: string): string[] => findEntities(text, []).map((e: Entity) => `${e.kind}:${e.name}`);

describe('particleSurnames', () => {
  it('runs a person on over a surname opened by one or two lower-case particles', () => {
    expect(summary('Ambassador Pieter van der Berg said the embassy was open.')).toEqual([
      'person:Pieter van der Berg',
    ]);
    expect(summary('Envoy Maria de la Cruz said the border would reopen.')).toEqual(['person:Maria de la Cruz']);
    expect(summary('Anna von Hallenberg spoke at the summit.')).toEqual(['person:Anna von Hallenberg']);
  });

  it('leaves a particle that opens no capitalised surname alone', () => {
    expect(summary('She sang for Maria de la mañana.')).toEqual(['person:Maria']);
  });
});
