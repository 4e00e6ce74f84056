import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const orgs = (text: string): string[] =>
  findEntities(text, [])
    .filter((e) => e.kind === 'organization')
    .map((e) => e.name);

describe('BRANDS', () => {
  it('reads a national chain or online service named bare as an organization', () => {
    expect(orgs('My nephew picked up a new router at Best Buy on Saturday.')).toEqual(['Best Buy']);
    expect(orgs('We ordered dumplings through DoorDash again.')).toEqual(['DoorDash']);
    expect(orgs('She sells her mugs on Etsy now.')).toEqual(['Etsy']);
  });
});
