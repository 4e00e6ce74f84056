import { describe, expect, it } from 'vitest';
import { documentParts } from './document-parts.js';
import { findEntities } from './entities.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(documentParts, text, names);

describe('documentParts', () => {
  it('reads a numbered part of a document as no place', () => {
    expect(read('The ruling is in our binder at Tab 6, my lord.', [['Tab 6', 'place']])).toEqual(['other:Tab 6']);
    expect(read('Turn to Exhibit 12 of the record.', [['Exhibit', 'place']])).toEqual(['other:Exhibit']);
  });

  it('leaves a part word without a number, and longer names, as they are', () => {
    expect(read('We met at Table Mountain in May.', [['Table Mountain', 'place']])).toEqual(['place:Table Mountain']);
    expect(read('She works for Section Nine Partners now.', [['Section Nine Partners', 'organization']])).toEqual([
      'organization:Section Nine Partners',
    ]);
  });

  it('finds no place in a numbered tab of a filing in a whole analysis', () => {
    const es = findEntities('If needed, the case is in my condensed book at Tab 5. Please turn to it.', []);
    expect(es.filter((e) => e.kind === 'place')).toEqual([]);
  });
});
