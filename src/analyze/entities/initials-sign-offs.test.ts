import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { initialsSignOffs } from './initials-sign-offs.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(initialsSignOffs, text, names);

describe('initialsSignOffs', () => {
  it("makes the writer's initials before the signature a person of their own", () => {
    expect(read('Call me if anything is missing. jt Jana Tollen', [['Jana Tollen', 'person']])).toEqual([
      'person:jt',
      'person:Jana Tollen',
    ]);
    expect(read('See the draft below. Rk Rosa Kell', [['Rosa Kell', 'person']])).toEqual([
      'person:Rk',
      'person:Rosa Kell',
    ]);
    expect(read('Many thanks, MAH Mary Anne Holt', [['Mary Anne Holt', 'person']])).toEqual([
      'person:MAH',
      'person:Mary Anne Holt',
    ]);
  });

  it('splits capital initials the tagger ran into the name', () => {
    expect(read('Talk soon JT Jana Tollen', [['JT Jana Tollen', 'person']])).toEqual([
      'person:JT',
      'person:Jana Tollen',
    ]);
  });

  it('leaves a given name, an ordinary word and letters that spell no initials', () => {
    expect(read('We met Jo Owen at the fair.', [['Jo Owen', 'person']])).toEqual(['person:Jo Owen']);
    expect(read('The file is at ab Jana Tollen', [['Jana Tollen', 'person']])).toEqual(['person:Jana Tollen']);
    expect(read('Thanks to Sun Corp.', [['Sun Corp', 'organization']])).toEqual(['organization:Sun Corp']);
  });

  it('finds the initials in a signed message', () => {
    const names = findEntities('Let me know if you need anything else. jt Jana Tollen', []).flatMap((e) =>
      e.mentions.map((m) => `${e.kind}:${m.text}`),
    );
    expect(names).toEqual(expect.arrayContaining(['person:jt', 'person:Jana Tollen']));
  });
});
