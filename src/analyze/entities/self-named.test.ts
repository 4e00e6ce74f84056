import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const kindOf = (text: string, name: string) => findEntities(text, []).find((e) => e.name === name)?.kind;

describe('selfNamed', () => {
  it('makes a name introduced by "my name is" a person, every mention', () => {
    const text = 'Greetings. My name is Orvil Dantzmark: I am a freelance writer. Warm regards, Orvil Dantzmark';
    const e = findEntities(text, []).find((x) => x.name === 'Orvil Dantzmark');
    expect(e?.kind).toBe('person');
    expect(e?.mentions).toHaveLength(2);
    expect(kindOf('Her name is Ysolde Brankovic and she runs the bakery.', 'Ysolde Brankovic')).toBe('person');
  });

  it('makes a quoted e-mail sender a person', () => {
    const text = '"Quennel Traske" <qtraske@example.com> 02/13/2001 08:02 PM Please see the attached file.';
    expect(kindOf(text, 'Quennel Traske')).toBe('person');
  });

  it('joins a quoted sender written surname first into one person', () => {
    const text = 'Thanks. "Traske, Quennel" <qtraske@example.com> 03/27/2001 09:14 AM Please see below.';
    const e = findEntities(text, []).find((x) => x.kind === 'person');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Traske, Quennel']);
    expect(kindOf('"Paris, France" is the title.', 'Paris')).toBe('place');
  });

  it('leaves a quoted name without an address alone', () => {
    expect(kindOf('The band called the album "Quennel Traske" in 2001.', 'Quennel Traske')).not.toBe('person');
  });
});
