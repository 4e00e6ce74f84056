import { describe, expect, it } from 'vitest';
import { itOrgs } from './it-orgs.js';
import { readPass } from './testing/read-pass.js';

describe('itOrgs', () => {
  it('reads a name called "it" or "its" right after a verb as an organization', () => {
    expect(readPass(itOrgs, 'In Texas, Varnco shut its refinery.', [['Texas', 'place']])).toEqual([
      'place:Texas',
      'organization:Varnco',
    ]);
    expect(readPass(itOrgs, 'Dunmore shut its plant last week.', [['Dunmore', 'place']])).toEqual([
      'organization:Dunmore',
    ]);
    expect(readPass(itOrgs, 'Later Holvik said it was cutting rates.', [['Holvik', 'other']])).toEqual([
      'organization:Holvik',
    ]);
  });

  it('leaves a person who says "it" or "its" and a strong place', () => {
    expect(readPass(itOrgs, 'Johnson said it was a mistake.', [['Johnson', 'person']])).toEqual(['person:Johnson']);
    expect(readPass(itOrgs, 'Ostrova said its design was poor.', [['Ostrova', 'person']])).toEqual(['person:Ostrova']);
    expect(readPass(itOrgs, 'France said it would respond.', [['France', 'place', true]])).toEqual(['place:France']);
  });
});
