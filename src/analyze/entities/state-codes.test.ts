import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const kinds = (text: string) => findEntities(text, []).map((e) => `${e.kind}:${e.name}`);

describe('stateCodes', () => {
  it('adds a state code after a town and a comma as a place', () => {
    expect(kinds('We meet in the Dunmore, OH area on Fridays.')).toEqual(['place:Dunmore', 'place:OH']);
    expect(kinds('He lives in Austin, TX now.')).toContain('place:TX');
    expect(kinds('I hold a licence in the state of NY but want to move.')).toEqual(['place:NY']);
  });

  it('reads an unknown town before a code that ends the address as a place', () => {
    expect(kinds('Our favourite bakery is in Dorrance, KS')).toEqual(['place:Dorrance', 'place:KS']);
    expect(kinds('Mail it to Ortley, SD 57256.')).toEqual(['place:Ortley', 'place:SD']);
  });

  it('leaves a person with a degree after the name and a code inside a sentence alone', () => {
    expect(kinds('I spoke with Harry Quillon, MD, about it.')).toEqual(['person:Harry Quillon']);
    expect(kinds('Quenby, KS and more is the label.')).not.toContain('place:Quenby');
  });

  it('leaves two capitals without a town before them alone', () => {
    expect(kinds('The memo, OK or not, went out.')).not.toContain('place:OK');
  });
});
