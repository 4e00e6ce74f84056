import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const named = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}:${m.text}`));

describe('hyphenatedOrgs', () => {
  it('reads a known hyphenated company as an organization', () => {
    expect(named('Shares of Rolls-Royce slipped after the results.')).toContain('organization:Rolls-Royce');
    expect(named('Hewlett-Packard and Dell both cut prices last week.')).toContain('organization:Hewlett-Packard');
  });

  it('reads a word joined to a country or region as a national body', () => {
    expect(named('The wind will drop tonight, according to Météo-France.')).toEqual(['organization:Météo-France']);
    expect(named('Hydro-Québec restored power to most homes by noon.')).toContain('organization:Hydro-Québec');
  });

  it('reads an unknown compound after a company noun as an organization, in every occurrence', () => {
    expect(named('The pump maker Brenner-Voss cut 300 jobs. Brenner-Voss blamed weak demand.')).toEqual([
      'organization:Brenner-Voss',
      'organization:Brenner-Voss',
    ]);
    expect(named('Workers at the Tallis-Marsh plant walked out on Friday.')).toContain('organization:Tallis-Marsh');
  });

  it('leaves double-barrelled people, joined countries and adjectives', () => {
    const people = named('Anne-Marie Dupont met the team. As Quill-Harper argued, the sample was small.');
    expect(people).toContain('person:Anne-Marie Dupont');
    expect(people.some((m) => m.startsWith('organization:'))).toBe(false);
    expect(named('An Anglo-French treaty bound Austria-Hungary.').some((m) => m.startsWith('organization:'))).toBe(
      false,
    );
    expect(named('The shop is open Mon-Fri from nine.').some((m) => m.startsWith('organization:'))).toBe(false);
    const cleric = named("Crowds cheered when Al-Marrani's spokesman read the statement.");
    expect(cleric.some((m) => m.startsWith('organization:'))).toBe(false);
  });
});
