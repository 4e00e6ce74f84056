import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';

const seed = new URL('../../../../shared/data/seed/kim-putin-train.txt', import.meta.url);

/** The body of the reference dump: the text after the caption lines, dateline removed. */
function seedBody(): string {
  const raw = readFileSync(seed, 'utf8');
  return raw.slice(raw.indexOf('Pyongyang : ') + 'Pyongyang : '.length).trim();
}

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name.replace(/^the /i, '') === name);
}

describe('findEntities', () => {
  it('names a person and their mentions without titles, keeps titled forms as aliases, and links later surnames', () => {
    const text = 'Russian President Vladimir Putin met reporters. Later, Comrade Putin spoke. Putin left.';
    const es = findEntities(text, []);
    const putin = byName(es, 'Vladimir Putin');
    expect(putin?.kind).toBe('person');
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin', 'Putin']);
    expect(putin?.aliases).toEqual(expect.arrayContaining(['Comrade Putin', 'President Vladimir Putin']));
    expect(putin?.id).toBe('person:vladimir-putin');
    for (const m of putin!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('merges a parenthesised acronym and its later bare uses into the organization', () => {
    const es = findEntities('The Bureau of Meteorology (BOM) said rain was due. BOM later said it was not.', []);
    const bom = byName(es, 'Bureau of Meteorology');
    expect(bom?.kind).toBe('organization');
    expect(bom?.aliases).toContain('BOM');
    expect(bom?.mentions).toHaveLength(3);
  });

  it('geocodes places, using the countries in context to pick between namesakes', () => {
    const es = findEntities('Officials in Russia said the delegation flew from Moscow to Paris.', []);
    const moscow = byName(es, 'Moscow');
    expect(moscow?.countryCode).toBe('RU');
    expect(moscow?.lat).toBeCloseTo(55.75, 1);
    expect(byName(es, 'Paris')?.countryCode).toBe('FR');
  });

  it('treats sentence-initial ordinary words as no name', () => {
    const es = findEntities('However, officials said so. Photographs showed Kim Jong Un waving.', []);
    expect(es.map((e) => e.name)).toEqual(['Kim Jong Un']);
  });

  it('counts a place named inside a longer name as a mention of that place, not as its own kind', () => {
    const text =
      'Doctors in Australia wrote in the Medical Journal of Australia. The Housing Authority of New Orleans (HANO) met.';
    const es = findEntities(text, []);
    expect(byName(es, 'Australia')?.mentions.map((m) => m.start)).toEqual([11, text.lastIndexOf('Australia')]);
    expect(byName(es, 'Medical Journal of Australia')?.kind).toBe('organization');
    expect(byName(es, 'Housing Authority of New Orleans')?.aliases).toContain('HANO');
  });

  it('links a possessive after a sentence-initial word to the name ("In Byron\'s")', () => {
    const es = findEntities("Lord Byron wrote poems. In Byron's letters he joked.", []);
    expect(byName(es, 'Byron')?.mentions).toHaveLength(2);
  });

  it('splits a person from the organization after "of" and links their first name later', () => {
    const es = findEntities(
      'We spoke to Isabel Ruiz of Heaven Sent Gaming yesterday. Isabel said the game was done.',
      [],
    );
    const isabel = byName(es, 'Isabel Ruiz');
    expect(isabel?.kind).toBe('person');
    expect(isabel?.mentions.map((m) => m.text)).toEqual(['Isabel Ruiz', 'Isabel']);
    expect(es.find((e) => e.name === 'Heaven Sent Gaming')?.kind).toBe('organization');
  });

  it('links shorter forms of a full name and the head word of an organization', () => {
    const text =
      'Joshua Abraham Norton moved to the city in 1849. Ten years later, Joshua Norton declared himself emperor as ' +
      'Norton I, and he wrote to the United States Congress, but Congress did not answer.';
    const es = findEntities(text, []);
    expect(byName(es, 'Joshua Abraham Norton')?.mentions).toHaveLength(3);
    expect(byName(es, 'United States Congress')?.mentions.map((m) => m.text)).toEqual([
      'United States Congress',
      'Congress',
    ]);
  });

  it('links an organization written with other connectors, an office in apposition and a title addressed', () => {
    const text =
      'Professor Cres Eastman, Director of the study, wrote to the United States Congress. ' +
      'Later the U.S. Congress replied. General Prelogar argued. General, is this a waiver?';
    const es = findEntities(text, []);
    expect(byName(es, 'Cres Eastman')?.mentions.map((m) => m.text)).toEqual(['Cres Eastman', 'Director']);
    expect(byName(es, 'United States Congress')?.mentions.map((m) => m.text)).toEqual([
      'United States Congress',
      'U.S. Congress',
    ]);
    expect(byName(es, 'Prelogar')?.mentions.map((m) => m.text)).toEqual(['Prelogar', 'General']);
  });

  it("keeps a storm's kind when its name alone recurs, though each lone name reads as a person", () => {
    const text =
      'Oil prices rose as Hurricane Irma, now a Category 4 storm, neared the coast. On Tuesday, Irma packed winds of ' +
      '200 km/h. The weather service said Irma was dangerous.';
    const storm = findEntities(text, []).find((e) => e.name === 'Hurricane Irma');
    expect(storm?.kind).toBe('other');
    expect(storm?.mentions.map((m) => m.text)).toEqual(['Hurricane Irma', 'Irma', 'Irma']);
  });

  it('gives an acronym the kind of the name whose initials it spells, in either order', () => {
    const es = findEntities(
      'Librarians support Digital Humanities research. DH projects need data. The DH team at the library trains ' +
        'staff, and DH is now a field. Scholars of Digital Humanities met in Paris.',
      [],
    );
    const dh = es.find((e) => e.aliases.includes('DH') || e.name === 'DH');
    expect(dh?.name).toBe('Digital Humanities');
    expect(dh?.kind).not.toBe('organization');
    expect(dh?.mentions.filter((m) => m.text === 'DH')).toHaveLength(3);
  });

  it('leaves a sentence-initial title out of the mention and links the title addressed alone', () => {
    const es = findEntities('The court heard the case. General Prelogar spoke first. General, is this a waiver?', []);
    expect(byName(es, 'Prelogar')?.mentions.map((m) => m.text)).toEqual(['Prelogar', 'General']);
  });

  it.skipIf(!existsSync(seed))('finds the people, organizations and places of the reference article', () => {
    const es = findEntities(seedBody(), []);
    const kinds = (kind: Entity['kind']): string[] => es.filter((e) => e.kind === kind).map((e) => e.name);
    expect(kinds('person')).toEqual(
      expect.arrayContaining([
        'Kim Jong Un',
        'Vladimir Putin',
        'Choe Son-hui',
        'Ri Pyong-chol',
        'Pak Jong-chon',
        'Xi Jinping',
        'Donald Trump',
      ]),
    );
    const orgs = kinds('organization').map((n) => n.replace(/^the /i, ''));
    expect(orgs).toEqual(
      expect.arrayContaining(['Korean Central News Agency', 'Yonhap', 'TASS', 'Kremlin', 'TBS', 'White House']),
    );
    expect(kinds('place')).toEqual(
      expect.arrayContaining([
        'Pyongyang',
        'North Korea',
        'Russia',
        'Moscow',
        'Khasan',
        'Vladivostok',
        'United States',
      ]),
    );
    expect(byName(es, 'Korean Central News Agency')?.aliases).toContain('KCNA');
    expect(byName(es, 'Kim Jong Un')?.mentions.filter((m) => m.text === 'Kim').length).toBeGreaterThan(5);
    const khasan = byName(es, 'Khasan');
    expect(khasan?.countryCode).toBe('RU');
    expect(khasan?.lat).toBeCloseTo(42.43, 1);
    expect(khasan?.lon).toBeCloseTo(130.64, 1);
    const vladivostok = byName(es, 'Vladivostok');
    expect(vladivostok?.lat).toBeCloseTo(43.12, 1);
    expect(vladivostok?.lon).toBeCloseTo(131.89, 1);
    expect(byName(es, 'United States')?.countryCode).toBe('US');
  });

  it('links a name glossed in parentheses right after an organization to it', () => {
    const es = findEntities('It was led by the National Library of the Netherlands (Koninklijke Bibliotheek).', []);
    const kb = es.find((e) => e.aliases.includes('Koninklijke Bibliotheek'));
    expect(kb?.name).toBe('National Library of the Netherlands');
    expect(kb?.kind).toBe('organization');
  });

  it('finds no place in a position word inside a name, nor in a code the gazetteer does not know', () => {
    const es = findEntities('The Korean Central News Agency reported on the COVID-19 pandemic in Pyongyang.', []);
    expect(es.some((e) => e.name === 'Central')).toBe(false);
    expect(es.find((e) => e.name === 'COVID-19')?.kind ?? 'other').toBe('other');
  });

  it('reads a name after a family title as a person, the title left out ("Aunt Toni", "Uncle Rodrigo")', () => {
    const cases: [string, string][] = [
      ['How are you? Any news on Aunt Toni? We miss her.', 'Toni'],
      ['Hope all is well. Did Uncle Rodrigo call you?', 'Rodrigo'],
    ];
    for (const [text, name] of cases) {
      const es = findEntities(text, []);
      expect(es.map((e) => `${e.kind}:${e.mentions.map((m) => m.text).join(',')}`)).toEqual([`person:${name}`]);
    }
  });

  it('reads a named storm as an event, never a person, and links its bare name to it', () => {
    const es = findEntities('Hurricane Katrina struck New Orleans. Days later, Katrina had left the city.', []);
    const storm = es.find((e) => e.name === 'Hurricane Katrina');
    expect(storm?.kind).toBe('other');
    expect(es.some((e) => e.kind === 'person')).toBe(false);
  });
});

describe('offices and schools', () => {
  it('reads an office of a place said without a name as the person who holds it, keeping the place', () => {
    const text =
      'Joshua Norton, known as Emperor Norton, lived in San Francisco. In 1859 he named himself Emperor of the United States. ' +
      'He later claimed to be Protector of Mexico as well.';
    const es = findEntities(text, []);
    const norton = es.find((e) => e.mentions.some((m) => m.text === 'Joshua Norton'));
    expect(norton?.kind).toBe('person');
    // "the Emperor" of "Emperor Norton" is the office held over the United States: the same person.
    expect(norton?.mentions.map((m) => m.text)).toContain('Emperor of the United States');
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Protector of Mexico'))?.kind).toBe('person');
    // The places inside stay places, as nested mentions (the map still shows them).
    expect(byName(es, 'United States')?.kind).toBe('place');
    expect(byName(es, 'Mexico')?.kind).toBe('place');
  });

  it('reads a town named like a school of the document as the school, and joins the two names', () => {
    const text =
      'In 1801 he was sent to Harrow, where he stayed until 1805. His Harrow friendships lasted. ' +
      'Years later he recalled his time at Harrow School fondly.';
    const harrow = findEntities(text, []).find((e) => e.mentions.some((m) => m.text === 'Harrow'));
    expect(harrow?.kind).toBe('organization');
    expect(harrow?.mentions.map((m) => m.text)).toContain('Harrow School');
  });

  it('keeps the town a place when the document names no school after it', () => {
    const es = findEntities('In 1801 he moved to Harrow, a town north of London, and opened a shop there.', []);
    expect(byName(es, 'Harrow')?.kind).toBe('place');
  });
});
