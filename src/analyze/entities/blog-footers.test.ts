import { describe, expect, it } from 'vitest';
import { blogFooters } from './blog-footers.js';
import { phraseOf } from './rules.js';
import { tokenize } from './tokenize.js';

/** Each phrase of `names` as a person candidate; the candidates after the footer rule as "kind:words". */
const read = (text: string, names: string[]): string[] => {
  const tokens = tokenize(text);
  const candidates = names.map((n, k) => {
    const words = n.split(' ');
    let first = -1;
    for (let seen = 0, i = 0; i < tokens.length; i++)
      if (phraseOf(tokens, i, i + words.length) === n && seen++ === names.slice(0, k).filter((x) => x === n).length) {
        first = i;
        break;
      }
    return { first, last: first + words.length, kind: 'person' as const, titled: false };
  });
  return blogFooters(text, tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('blogFooters', () => {
  it('reads the blog of a "Posted by … to … at" footer, and an author named as the blog, as other', () => {
    expect(
      read('The vote is Monday. -- Posted by Quiet Corner to Quiet Corner at 3/9/2005 11:16:00 PM', [
        'Quiet Corner',
        'Quiet Corner',
      ]),
    ).toEqual(['other:Quiet Corner', 'other:Quiet Corner']);
    expect(
      read('Posted by Mara Lind to Harbour Notes at 10/2/2006 09:00:00 AM', ['Mara Lind', 'Harbour Notes']),
    ).toEqual(['person:Mara Lind', 'other:Harbour Notes']);
  });

  it('leaves people after "to" outside a footer', () => {
    expect(read('The letter was posted by Mara Lind to Tomas Berg at 9 sharp.', ['Mara Lind', 'Tomas Berg'])).toEqual([
      'person:Mara Lind',
      'person:Tomas Berg',
    ]);
  });
});
