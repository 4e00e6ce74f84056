import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const kinds = (text: string) => findEntities(text, []).map((e) => `${e.kind}:${e.name}`);

describe('stateCodes', () => {
  it('adds a state code after a town and a comma as a place', () => {
    expect(kinds('We meet in the Dunmore, OH area on Fridays.')).toEqual(['place:Dunmore', 'place:OH']);
    expect(kinds('He lives in Austin, TX now.')).toContain('place:TX');
    expect(kinds('I hold a licence in the state of NY but want to move.')).toEqual(['place:NY']);
  });

  it('leaves two capitals without a town before them alone', () => {
    expect(kinds('The memo, OK or not, went out.')).not.toContain('place:OK');
  });
});
