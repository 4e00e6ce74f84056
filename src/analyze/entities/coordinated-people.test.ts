import { describe, expect, it } from 'vitest';
import { coordinatedPeople } from './coordinated-people.js';
import { findEntities } from './entities.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(coordinatedPeople, text, names);

describe('coordinatedPeople', () => {
  it('reads a place joined to a given name, or to "I"/"me", as a person', () => {
    expect(
      read('Great work! Dolores and Tim were very careful.', [
        ['Dolores', 'place'],
        ['Tim', 'person'],
      ]),
    ).toEqual(['person:Dolores', 'person:Tim']);
    expect(read('She introduced me and Kenosha to the crew.', [['Kenosha', 'place']])).toEqual(['person:Kenosha']);
  });

  it('reads a list of given names read as places as people, round by round, and the given name opening it', () => {
    expect(
      read('Sent on 03/02/2001 10:12 AM Greg, Rod and Dolores - Please confirm the time.', [
        ['Rod', 'place'],
        ['Dolores', 'place'],
      ]),
    ).toEqual(['person:Greg', 'person:Rod', 'person:Dolores']);
    expect(
      read('See Marx, Karl and Kenosha, Friedrich for this.', [
        ['Marx', 'person'],
        ['Kenosha', 'place'],
      ]),
    ).toEqual(['person:Marx', 'person:Kenosha']);
  });

  it('reads an unknown word opening a list of surnames found as people as a person', () => {
    expect(
      read('Draxley, Pellinger and Quorne staffed the office.', [
        ['Pellinger', 'person'],
        ['Quorne', 'person'],
      ]),
    ).toEqual(['person:Draxley', 'person:Pellinger', 'person:Quorne']);
    expect(
      read('Honestly, Pellinger and Quorne did it.', [
        ['Pellinger', 'person'],
        ['Quorne', 'person'],
      ]),
    ).toEqual(['person:Pellinger', 'person:Quorne']);
  });

  it('finds an unknown word before "and I" as a person', () => {
    expect(read('Last week Torvald and I went fishing.', [])).toEqual(['person:Torvald']);
    expect(read('We went to Zorvik and I loved it.', [])).toEqual([]);
  });

  it('leaves places listed with places, strong places and known words alone', () => {
    expect(
      read('We flew to Paris and London.', [
        ['Paris', 'place'],
        ['London', 'place'],
      ]),
    ).toEqual(['place:Paris', 'place:London']);
    expect(
      read('Peru and Tim both won.', [
        ['Peru', 'place', true],
        ['Tim', 'person'],
      ]),
    ).toEqual(['place:Peru', 'person:Tim']);
    expect(read('Then Mom and I left.', [])).toEqual([]);
    expect(read('Last summer we moved to Kenosha and I loved it.', [['Kenosha', 'place']])).toEqual(['place:Kenosha']);
    expect(
      read('We drove from Kenosha and Tim met us.', [
        ['Kenosha', 'place'],
        ['Tim', 'person'],
      ]),
    ).toEqual(['place:Kenosha', 'person:Tim']);
  });

  it("reads a two-word name of no kind joined to a person's full name as a person", () => {
    expect(
      read('The group is suing Marjolaine Quibbet and Donald Rumsfeld over it.', [
        ['Marjolaine Quibbet', 'other'],
        ['Donald Rumsfeld', 'person'],
      ]),
    ).toEqual(['person:Marjolaine Quibbet', 'person:Donald Rumsfeld']);
    expect(
      read('Donald Rumsfeld or Marjolaine Quibbet will speak.', [
        ['Donald Rumsfeld', 'person'],
        ['Marjolaine Quibbet', 'other'],
      ]),
    ).toEqual(['person:Donald Rumsfeld', 'person:Marjolaine Quibbet']);
  });

  it('leaves a name of no kind beside a lone given name, a place or a comma alone', () => {
    expect(
      read('Quibbet Prize and Dan went home.', [
        ['Quibbet Prize', 'other'],
        ['Dan', 'person'],
      ]),
    ).toEqual(['other:Quibbet Prize', 'person:Dan']);
    expect(
      read('Silver Quill, Donald Rumsfeld said.', [
        ['Silver Quill', 'other'],
        ['Donald Rumsfeld', 'person'],
      ]),
    ).toEqual(['other:Silver Quill', 'person:Donald Rumsfeld']);
  });

  it('makes the person in a whole analysis', () => {
    const es = findEntities('Great job! Mercedes and Dan were thorough and kind.', []);
    expect(es.find((e) => e.name === 'Mercedes')?.kind).toBe('person');
  });
});
