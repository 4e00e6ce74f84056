import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { notesSenders } from './notes-senders.js';
import { tokenize } from './tokenize.js';

const read = (text: string): string[] => {
  const tokens = tokenize(text);
  return notesSenders(text, tokens, []).map(
    (c) => `${c.kind}:${text.slice(tokens[c.first]!.start, tokens[c.last - 1]!.end)}`,
  );
};

describe('notesSenders', () => {
  it('finds a sender glued to an internal address, the code kept in the mention', () => {
    expect(read('Marta Quillen@HARBORCO 09/12/2001 10:04 AM\nPlease see below.')).toEqual([
      'person:Marta Quillen@HARBORCO',
    ]);
    expect(read('Dale K Ferris/HOU/TRX@TRX on 04/02/2001')).toEqual(['person:Dale K Ferris']);
  });

  it('leaves internet addresses and lone surnames alone', () => {
    expect(read('Write to Marta Quillen@harborco.com or marta.quillen@harborco.com today.')).toEqual([]);
    expect(read('Quillen@HARBORCO sent it.')).toEqual([]);
  });

  it('keeps the sender in a whole analysis, past the address filter', () => {
    const text = 'Odell Marsh@VANTIX 08/16/2000 12:05 PM\nI just wanted to say goodbye to everyone.';
    const es = findEntities(text, []);
    expect(es.map((e) => `${e.kind}:${e.mentions.map((m) => m.text).join(',')}`)).toContain(
      'person:Odell Marsh@VANTIX',
    );
  });
});
