import { describe, expect, it } from 'vitest';
import { withoutHeadings } from './headings.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const kept = (text: string, spans: (Omit<NameCandidate, 'first' | 'last'> & { words: string })[]): string[] => {
  const tokens = tokenize(text);
  const candidates = spans.map(({ words, ...rest }) => {
    const first = tokens.findIndex((t) => t.text === words.split(' ')[0]);
    return { ...rest, first, last: first + words.split(' ').length } as NameCandidate;
  });
  return withoutHeadings(tokens, candidates).map((c) => phraseOf(tokens, c.first, c.last));
};

describe('withoutHeadings', () => {
  it('drops a capitalised run that opens with a describing word and holds no name word', () => {
    expect(
      kept('Lovely Garden Brunch We came for eggs. Too Pricey for us.', [
        { words: 'Lovely Garden Brunch', kind: 'person', titled: false },
        { words: 'Too Pricey', kind: 'person', titled: false },
      ]),
    ).toEqual([]);
  });

  it('keeps names with a name word, a number, a title or strong evidence, and single words', () => {
    expect(
      kept('Young Neil Mott met Great Britain at Grand Motel 6, then Interim Chief Bold Kavo, then Happy.', [
        { words: 'Young Neil Mott', kind: 'person', titled: false },
        { words: 'Great Britain', kind: 'place', titled: false },
        { words: 'Grand Motel 6', kind: 'place', titled: false },
        { words: 'Bold Kavo', kind: 'person', titled: true },
        { words: 'Happy', kind: 'person', titled: false },
      ]),
    ).toEqual(['Young Neil Mott', 'Great Britain', 'Grand Motel 6', 'Bold Kavo', 'Happy']);
  });

  it('keeps a run the lexicon knows as a whole name, though it opens with a describing word', () => {
    expect(
      kept('Aid workers from the United Nations arrived.', [
        { words: 'United Nations', kind: 'organization', titled: false },
      ]),
    ).toEqual(['United Nations']);
  });

  it('drops shouted ordinary words and people holding a Title-Cased function word', () => {
    expect(
      kept('YOU WILL FALL IN LOVE. Thanks For The Quick Fix And Nice Work. US troops and NASA left.', [
        { words: 'WILL FALL', kind: 'person', titled: false },
        { words: 'For The Quick Fix And Nice Work', kind: 'person', titled: false },
        { words: 'US', kind: 'place', titled: false },
        { words: 'NASA', kind: 'organization', titled: false },
      ]),
    ).toEqual(['US', 'NASA']);
  });

  it('drops shouted words the lexicon lacks but the word list has, never a name, place or title', () => {
    expect(
      kept('GUTTERS CLEANED. WARRANTY VOID. Ask NORDVIK or DENVER or the PRESIDENT.', [
        { words: 'GUTTERS CLEANED', kind: 'organization', titled: false },
        { words: 'WARRANTY', kind: 'place', titled: false },
        { words: 'NORDVIK', kind: 'organization', titled: false },
        { words: 'DENVER', kind: 'place', titled: false },
        { words: 'PRESIDENT', kind: 'person', titled: false },
      ]),
    ).toEqual(['NORDVIK', 'DENVER', 'PRESIDENT']);
  });
});
