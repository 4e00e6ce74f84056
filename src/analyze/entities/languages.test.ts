import { describe, expect, it } from 'vitest';
import { languagesAsNoNames } from './languages.js';
import { tokenize } from './tokenize.js';

const read = (text: string, word: string, kind: 'organization' | 'place' | 'person' = 'organization'): string => {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.text === word);
  const [c] = languagesAsNoNames(tokens, [{ first, last: first + 1, kind, titled: false }]);
  return `${c!.kind}:${word}`;
};

describe('languagesAsNoNames', () => {
  it('reads a language spoken, taught or written in as no name', () => {
    expect(read('Naomi Fischer, who is teaching English in Kushiro, said shops had reopened.', 'English')).toBe(
      'other:English',
    );
    expect(read('The minister answered in French before leaving.', 'French', 'place')).toBe('other:French');
    expect(read('The letter was translated into Arabic overnight.', 'Arabic', 'person')).toBe('other:Arabic');
  });

  it('keeps a name that goes on, and a language word with no language use before it', () => {
    expect(read('The castle is run by English Heritage now.', 'English')).toBe('organization:English');
    expect(read('She lost in French Open qualifying.', 'French')).toBe('organization:French');
    expect(read('The report was published by Dutch on Monday.', 'Dutch')).toBe('organization:Dutch');
  });
});
