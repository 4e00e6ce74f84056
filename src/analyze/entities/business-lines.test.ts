import { describe, expect, it } from 'vitest';
import { businessLines } from './business-lines.js';
import { findEntities } from './entities.js';
import type { NameCandidate } from './rules.js';
import { readPass, type GivenName } from './testing/read-pass.js';
import { tokenize } from './tokenize.js';

const read = (text: string, names: GivenName[]): string[] => readPass(businessLines, text, names);

describe('businessLines', () => {
  it('runs a name on over the line of business after it, as one organization', () => {
    expect(read('The note was sent on behalf of Brisco Futures and its officers.', [['Brisco', 'person']])).toEqual([
      'organization:Brisco Futures',
    ]);
    expect(
      read('She took a post at Tallow Creek Energy last spring.', [
        ['Tallow Creek', 'place'],
        ['Energy', 'organization'],
      ]),
    ).toEqual(['organization:Tallow Creek Energy']);
  });

  it('knows the firms of trades that reviews name', () => {
    expect(read('We hired Delgrave Plumbing and it went well.', [['Delgrave', 'person']])).toEqual([
      'organization:Delgrave Plumbing',
    ]);
  });

  it('finds a company nothing was found in before a line of business', () => {
    expect(read('We have three shops here: Just for Lark Fabrics, and two more.', [])).toEqual([
      'organization:Lark Fabrics',
    ]);
    expect(read('Energy Prices Rise Again', [])).toEqual([]);
    expect(read('Call Delgrave Plumbing Services today.', [])).toEqual([]);
  });

  it('leaves a lower-case business word and a titled person as they are', () => {
    expect(read('Brisco futures fell on Monday.', [['Brisco', 'person']])).toEqual(['person:Brisco']);
    expect(read('The Veloria Energy Minister resigned.', [['Veloria', 'place']])).toEqual(['place:Veloria']);
    const tokens = tokenize('Senator Wren Energy policy');
    const titled: NameCandidate = { first: 1, last: 2, kind: 'person', titled: true, titleFrom: 0 };
    expect(businessLines(tokens, [titled])).toEqual([titled]);
  });

  it('knows the local firms of web reviews by their trade word', () => {
    const kinds = (text: string): string[] =>
      findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}:${text.slice(m.start, m.end)}`));
    expect(kinds('We hired Copperwick Roofing after the storm.')).toEqual(['organization:Copperwick Roofing']);
    expect(kinds('Thornbury Movers broke two of our lamps.')).toEqual(['organization:Thornbury Movers']);
    expect(kinds('The kids adore Maple Hollow Pediatrics.')).toEqual(['organization:Maple Hollow Pediatrics']);
    expect(kinds('Please call Quillon Staffing before noon.')).toEqual(['organization:Quillon Staffing']);
  });

  it('reads a field after an ordinary word as no company', () => {
    const orgs = (text: string): string[] =>
      findEntities(text, [])
        .filter((e) => e.kind === 'organization')
        .map((e) => e.name);
    expect(orgs('She studied Civil Engineering in college.')).toEqual([]);
    expect(orgs('I read about it on Social Media last night.')).toEqual([]);
    expect(orgs('Please contact Varnell Engineering today.')).toEqual(['Varnell Engineering']);
    expect(orgs('He studied Mechanical Engineering in Leeds.')).toEqual([]);
    expect(orgs('We toured the Ohio Capital on a school trip.')).toEqual([]);
  });

  it('takes a studio after a given name for no company', () => {
    expect(read('Ask Emily Studio about it.', [['Emily', 'person']])).toEqual(['person:Emily']);
    expect(read('I booked Lumen Studio for the shoot.', [['Lumen', 'place']])).toEqual(['organization:Lumen Studio']);
  });

  it("leaves a sentence's ordinary first word out of a company nothing was found in", () => {
    expect(read('Called Varnell Plumbing on Monday.', [])).toEqual(['organization:Varnell Plumbing']);
    expect(read('Called Plumbing on Monday.', [])).toEqual([]);
  });

  it('gives a company ending in a line of business its kind in a whole analysis', () => {
    const found = findEntities('Marla Quint left Oskaloo Transport after six years. She now runs a bakery.', []);
    expect(found.find((e) => e.name.includes('Transport'))?.kind).toBe('organization');
  });
});
