import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { roleTails } from './role-tails.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(roleTails, text, names);

describe('roleTails', () => {
  it('reads a town before a role as the town, an acronym before it as the organization', () => {
    expect(read('Tomas Wren -- Leeds Consultant -- Energy', [['Leeds Consultant', 'person']])).toEqual(['place:Leeds']);
    expect(
      read('said Ana Ruiz, NWTA Executive Director of the trust.', [['NWTA Executive Director', 'other']]),
    ).toEqual(['organization:NWTA']);
    expect(read('The listing is for Pune Location, not the other one.', [['Pune Location', 'other']])).toEqual([
      'place:Pune',
    ]);
  });

  it('leaves names the lexicons know, unknown words, organizations and titles that end names', () => {
    expect(read('Whitney Houston Director spoke.', [['Whitney Houston Director', 'person']])).toEqual([
      'person:Whitney Houston Director',
    ]);
    expect(read('Call Brakmo Consultant today.', [['Brakmo Consultant', 'person']])).toEqual([
      'person:Brakmo Consultant',
    ]);
    expect(read('They met on Leeds St in the rain.', [['Leeds St', 'place']])).toEqual(['place:Leeds St']);
    expect(read('He joined Leeds Staff Union.', [['Leeds Staff', 'organization']])).toEqual([
      'organization:Leeds Staff',
    ]);
  });

  it('finds the town in a signature line', () => {
    const names = findEntities('Regards, Tomas Wren Accenture -- Leeds Consultant -- Energy', []).flatMap((e) =>
      e.mentions.map((m) => `${e.kind}:${m.text}`),
    );
    expect(names).toContain('place:Leeds');
    expect(names).not.toContain('place:Leeds Consultant');
  });
});
