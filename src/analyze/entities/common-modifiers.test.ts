import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const names = (text: string) => findEntities(text, []).map((e) => `${e.kind}:${e.name}`);
const kindOf = (text: string, name: string) => findEntities(text, []).find((e) => e.name === name)?.kind;

describe('commonModifiers', () => {
  it('reads a common noun opening a sentence before a group of people as no name', () => {
    expect(names('Port officials said the quay would reopen.')).toEqual([]);
    expect(names('Harbour authorities said the ferry would run again.')).toEqual([]);
    expect(names('City workers cleared the drains on Monday.')).toEqual([]);
    expect(names('Police officers closed the lane overnight.')).toEqual([]);
    expect(names('State media said the vote would go ahead.')).toEqual([]);
  });

  it('keeps a known place used as a modifier', () => {
    expect(kindOf('Paris officials said the bridge would reopen.', 'Paris')).toBe('place');
    expect(kindOf('Moscow police detained two men on Friday.', 'Moscow')).toBe('place');
    expect(kindOf('Bath officials said the baths would reopen.', 'Bath')).toBe('place');
  });

  it('keeps the word where it is no modifier of a group', () => {
    expect(kindOf('The ferry sailed from Port to Lyon. Port is a small village.', 'Port')).toBe('place');
    expect(kindOf('Port Talbot officials said the plant would stay open.', 'Port Talbot')).toBe('place');
  });
});
