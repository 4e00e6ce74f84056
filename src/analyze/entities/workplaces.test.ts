import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const kindOf = (text: string, name: string) => findEntities(text, []).find((e) => e.name === name)?.kind;

describe('workplaces', () => {
  it('makes an unknown one-word place at someone’s work an organization', () => {
    expect(kindOf('After nine years at Kestrova, Dana Whitlock is leaving for a rival.', 'Kestrova')).toBe(
      'organization',
    );
    expect(kindOf('Tomorrow is my last day in the office at Brevanix, and I will miss the team.', 'Brevanix')).toBe(
      'organization',
    );
  });

  it('makes an unknown name after "works for" an organization', () => {
    expect(kindOf('She works for Brevanix and lives near the river.', 'Brevanix')).toBe('organization');
  });

  it('leaves a place without a word of work a place', () => {
    expect(kindOf('The pilgrims rested at Tabennese for a week.', 'Tabennese')).toBe('place');
    expect(kindOf('He was born at Stridon, a village near Emona.', 'Stridon')).toBe('place');
  });

  it('leaves a town the gazetteer knows a place', () => {
    expect(kindOf('She spent three years at Ostrava before moving home.', 'Ostrava')).toBe('place');
  });
});
