import { describe, expect, it } from 'vitest';
import { nearPlaces } from './near-places.js';
import { readPass } from './testing/read-pass.js';

describe('nearPlaces', () => {
  it('makes a name of no kind right after "near" or "outside" a place', () => {
    expect(readPass(nearPlaces, 'A bus was hit near Qarbala and two police died.', [['Qarbala', 'other']])).toEqual([
      'place:Qarbala',
    ]);
    expect(readPass(nearPlaces, 'They camped outside Tel Amrun for a week.', [['Tel Amrun', 'other']])).toEqual([
      'place:Tel Amrun',
    ]);
  });

  it('leaves names after other prepositions and names of a body', () => {
    expect(readPass(nearPlaces, 'The form must be filled in English.', [['English', 'other']])).toEqual([
      'other:English',
    ]);
    expect(readPass(nearPlaces, 'We parked near Harlow Trust.', [['Harlow Trust', 'other']])).toEqual([
      'other:Harlow Trust',
    ]);
  });
});
