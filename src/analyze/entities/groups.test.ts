import { describe, expect, it } from 'vitest';
import { peoples } from './groups.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const read = (text: string, candidates: (tokens: ReturnType<typeof tokenize>) => NameCandidate[] = () => []) => {
  const tokens = tokenize(text);
  return peoples(tokens, candidates(tokens)).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('peoples', () => {
  it('makes a plural demonym or people a person, over another one-word reading', () => {
    const text = 'Trade between Kurds and Norwegians grew, and the Canadians came later.';
    expect(
      read(text, (tokens) => {
        const i = tokens.findIndex((t) => t.text === 'Canadians');
        return [{ first: i, last: i + 1, kind: 'organization', titled: false }];
      }),
    ).toEqual(['person:Kurds', 'person:Norwegians', 'person:Canadians']);
  });

  it('makes them the national team in a sports report', () => {
    const text =
      'The match turned on a penalty. The coach praised the squad after the Norwegians scored two goals before halftime, and the referee ended it.';
    expect(read(text)).toEqual(['organization:Norwegians']);
  });

  it('leaves counted peoples, singular forms and longer names alone', () => {
    const text = 'Millions of Brazilians voted; a Swiss bank and the Young Americans Club did not.';
    expect(
      read(text, (tokens) => {
        const i = tokens.findIndex((t) => t.text === 'Young');
        return [{ first: i, last: i + 3, kind: 'organization', titled: false }];
      }),
    ).toEqual(['organization:Young Americans Club']);
  });

  it('drops a demonym or faith in the singular before the lower-case word it describes', () => {
    const text = 'A Sunni cleric and the former Norwegian envoy read Eastern papers; the Kurds did not.';
    const at = (tokens: ReturnType<typeof tokenize>, w: string) => tokens.findIndex((t) => t.text === w);
    expect(
      read(text, (tokens) =>
        ['Sunni', 'Norwegian', 'Eastern'].map((w) => ({
          first: at(tokens, w),
          last: at(tokens, w) + 1,
          kind: 'person' as const,
          titled: false,
        })),
      ),
    ).toEqual(['person:Kurds']);
  });

  it('leaves a people described by a lower-case word, or picked out by a quantifier and "of", unnamed', () => {
    const text =
      'Aid reached local Norwegians and devout Buddhists; many of the Kurds stayed, as did all of the Canadians. Most Danes and other Swedes left, and the Turks met Sunni Kurds.';
    expect(
      read(text, (tokens) => {
        const at = (w: string) => tokens.findIndex((t) => t.text === w);
        return [
          { first: at('Norwegians'), last: at('Norwegians') + 1, kind: 'person', titled: false },
          { first: at('Sunni'), last: at('Sunni') + 2, kind: 'organization', titled: false },
        ];
      }),
    ).toEqual(['person:Danes', 'person:Swedes', 'person:Turks']);
  });
});
