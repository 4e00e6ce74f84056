import { describe, expect, it } from 'vitest';
import { findNameCandidates, phraseOf } from './rules.js';
import { tokenize } from './tokenize.js';

/** The rule candidates of `text` as "kind:words", "!" after the kind when strong. */
function read(text: string): string[] {
  const tokens = tokenize(text);
  return findNameCandidates(text, tokens).map(
    (c) => `${c.kind}${c.strong ? '!' : ''}:${phraseOf(tokens, c.first, c.last)}`,
  );
}

describe('findNameCandidates', () => {
  it('reads a title that begins a known place or organization as part of that name, no person', () => {
    expect(read('Her cousin moved to St. Petersburg and later to Saint Louis.')).toEqual([
      'place!:St. Petersburg',
      'place!:Saint Louis',
    ]);
    expect(read('St. Petersburg was cold that winter.')).toEqual(['place!:St. Petersburg']);
    expect(read('Workers at General Motors walked out on Queen Street.')).toEqual([
      'organization!:General Motors',
      'place!:Queen Street',
    ]);
  });

  it('reads "Offices of" and a name as one organization, as "Office of"', () => {
    expect(read('For a fair hearing, contact Law Offices of Dana Whitfield today.')).toEqual([
      'organization!:Law Offices of Dana Whitfield',
    ]);
  });

  it('reads a performing company as an organization', () => {
    expect(read('We went to hear the Dalby Symphony Orchestra last night.')).toEqual([
      'organization!:Dalby Symphony Orchestra',
    ]);
  });

  it('still reads a title before a name as a person', () => {
    expect(read('President Okonkwo greeted Queen Ilsabet and Saint Brendolf.')).toEqual([
      'person!:Okonkwo',
      'person!:Ilsabet',
      'person!:Brendolf',
    ]);
  });

  it('reads a name after "Port", "Mount", "Lake", "Fort" or "Cape" as a place, at a sentence start too', () => {
    expect(read('The boat reached Port Velda before Lake Oruna froze. Mount Tabbor is steep.')).toEqual([
      'place!:Port Velda',
      'place!:Lake Oruna',
      'place!:Mount Tabbor',
    ]);
  });

  it('keeps the ordinary first word of a known place at a sentence start', () => {
    expect(read("Rain fell. New Zealand's dollar slipped. South Korea and Grand Rapids lost power.")).toEqual([
      'place!:New Zealand',
      'place!:South Korea',
      'place!:Grand Rapids',
    ]);
    expect(read('Rain fell. However Brisbane stayed dry.')).toEqual(['place!:Brisbane']);
  });

  it('joins a country or region named with "and" into the longer name it begins, and leaves it split alone', () => {
    expect(read('Officers of the Trinidad and Tobago Coast Guard boarded the ship.')).toEqual([
      'organization!:Trinidad and Tobago Coast Guard',
    ]);
    expect(read('Fans from Bosnia and Herzegovina cheered.').map((c) => c.split(':')[1])).toEqual([
      'Bosnia',
      'Herzegovina',
    ]);
  });

  it('reads a name ending in a feature of land or water as a place', () => {
    expect(read('Drilling moved to the Quarrow Basin, past Tellen Creek and the Vossa Canal.')).toEqual([
      'place!:Quarrow Basin',
      'place!:Tellen Creek',
      'place!:Vossa Canal',
    ]);
  });

  it('reads a party, armed group or international body named bare as an organization', () => {
    expect(read('The envoy met Fatah officials; Hezbollah and the UN said the IMF would pay.')).toEqual([
      'organization!:Fatah',
      'organization!:Hezbollah',
      'organization!:UN',
      'organization!:IMF',
    ]);
  });
});
