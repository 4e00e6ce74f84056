import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

describe('a quotation carried over a line break with no mark to reopen it', () => {
  it('gives the next line, up to its closing mark, to the speaker whose quotation the line before left open', () => {
    expect(
      records(
        'After the vote, the mayor, Ann Okafor, said, "We learned a lot today.\n' +
          'It was a long and emotional day for the whole council."',
      ),
    ).toEqual([
      'Ann Okafor: "We learned a lot today',
      'Ann Okafor: It was a long and emotional day for the whole council',
    ]);
  });

  it('reads the marks after the closing one on their own, so a later speaker on the line is found', () => {
    expect(
      records(
        'The coach, Lena Brandt, said, "We played well in the first half.\n' +
          'Then we lost our shape." Her opposite number, Tomas Ruiz, said, "We were lucky today.\n' +
          'We will need to do far better against the champions."',
      ),
    ).toEqual([
      'Lena Brandt: "We played well in the first half',
      'Lena Brandt: Then we lost our shape',
      'Tomas Ruiz: "We were lucky today',
      'Tomas Ruiz: We will need to do far better against the champions',
    ]);
  });

  it('carries nothing when the next line opens a quotation of its own, or its first mark opens one', () => {
    expect(
      records(
        'The mayor said, "We learned a lot today.\nThe council met on Tuesday. Its members voted "yes," and left.',
      ),
    ).toEqual(['mayor: "We learned a lot today']);
    expect(records('The mayor said, "We learned a lot today.\n"It was a long day for all of us," she added.')).toEqual([
      'mayor: "We learned a lot today',
      'mayor: It was a long day for all of us',
    ]);
  });
});
