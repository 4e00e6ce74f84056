import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';

/** Each entity as "kind:name", in order of first mention. */
const summary = (text: string): string[] => findEntities(text, []).map((e: Entity) => `${e.kind}:${e.name}`);

describe('findEntities on news copy', () => {
  it('reads a surname that is also a place as the person named in full before it, not after "to"', () => {
    const text =
      'Power was back by noon, a company spokesman, Haruto Nagano, said. "Crews will reach them soon," Nagano ' +
      'said. He later flew to Nagano.';
    const es = findEntities(text, []);
    const person = es.find((e) => e.name === 'Haruto Nagano');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Haruto Nagano', 'Nagano']);
    expect(summary(text)).toEqual(['person:Haruto Nagano', 'place:Nagano']);
  });

  it('reads an acronym before a place as the regional company, no place', () => {
    expect(summary('Trains stopped in Osaka. Service resumed later, according to JR Osaka.')).toContain(
      'organization:JR Osaka',
    );
    expect(summary('The delay began at 9 AM Osaka time.')).not.toContain('organization:AM Osaka');
  });

  it('keeps a plural possessive inside an organization name, with typographic or straight apostrophes', () => {
    for (const apostrophe of ['’', "'"])
      expect(summary(`Talks failed, the Antwerp Dockworkers${apostrophe} Union said.`)).toEqual([
        `organization:Antwerp Dockworkers${apostrophe} Union`,
      ]);
  });

  it('reads "Port of X" with its head and a plural body of members as organizations', () => {
    const rules = findEntities('A spokesman for the Port of Genoa Authority said ships waited.', [], {
      method: 'rules',
    });
    expect(rules.map((e) => `${e.kind}:${e.name}`)).toEqual(['organization:Port of Genoa Authority']);
    expect(summary('The offer stood, Scheldt Employers said.')).toEqual(['organization:Scheldt Employers']);
  });

  it('reads a newsroom signing for its staff as an organization, and a photographer in a credit as a person', () => {
    expect(summary('Eva Bos said she would not intervene. (Reporting by Eastline staff; editing by Tom Hale)')).toEqual(
      ['person:Eva Bos', 'organization:Eastline', 'person:Tom Hale'],
    );
    expect(summary('Eastline/Haruto Kimura')).toEqual(['person:Haruto Kimura']);
  });

  it('joins ordinary words and an organization\'s name by "and", and reads a road number as a place', () => {
    expect(summary('According to the Fire and Disaster Management Agency, 46 homes were damaged.')).toEqual([
      'organization:Fire and Disaster Management Agency',
    ]);
    expect(summary('A lorry on the A55 motorway caught fire. The B12 road was shut.')).toEqual(['place:B12']);
  });

  it('leaves a trade or an office opening the sentence out of the name, so the surname joins the person', () => {
    const perrin = findEntities('Prefect Luc Perrin ordered the evacuation. Perrin said roads would reopen.', []);
    expect(perrin.map((e) => `${e.kind}:${e.name}`)).toEqual(['person:Luc Perrin']);
    expect(perrin[0]!.mentions.map((m) => m.text)).toEqual(['Luc Perrin', 'Perrin']);
    expect(perrin[0]!.aliases).toContain('Prefect Luc Perrin');
    expect(summary('Volcanologist Yuki Tanaka said the ash would fall.')).toEqual(['person:Yuki Tanaka']);
    expect(summary('Chief Cabinet Secretary Haruto Kimura said the government was ready.')).toEqual([
      'person:Haruto Kimura',
    ]);
  });

  it('names an organization of several words without the article, and keeps it on a one-word institution', () => {
    expect(summary('The Osaka Water Agency said the pipes held. The Kremlin confirmed it.')).toEqual([
      'organization:Osaka Water Agency',
      'place:Osaka',
      'organization:the Kremlin',
    ]);
  });

  it('reads a name ending in a feature of the earth as a place', () => {
    expect(summary('The earthquake struck along the Sanriku Trench, where the Pacific plate dives.')).toContain(
      'place:Sanriku Trench',
    );
  });
});
