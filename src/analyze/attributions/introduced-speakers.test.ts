import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

describe('a speaker introduced by the sentence before the quotation', () => {
  it('gives a quotation with no cue to the person the narrative sentence before it opens with', () => {
    expect(
      speakerRecords(
        'Clara Osei, the mayor of the town, once summed up the danger with a metaphor. “It is not the wolf at the door, but termites in the woodwork.”',
      ),
    ).toEqual(['Clara Osei: It is not the wolf at the door, but termites in the woodwork']);
    expect(
      speakerRecords(
        '“The bridge will reopen in May,” Peter Brandt said.\n\nHowever, he defended the decision to close it.\n\n“Well, it was not ideal. But the cables were failing.”',
      ),
    ).toEqual([
      'Peter Brandt: The bridge will reopen in May',
      'Peter Brandt: Well, it was not ideal. But the cables were failing',
    ]);
  });

  it('leaves the quotation alone when the sentence names two people, asks, or the quotation is a title', () => {
    expect(
      speakerRecords('Clara Osei met Peter Brandt at the station. “We will not sign this deal, not now.”'),
    ).toEqual([]);
    expect(speakerRecords('Clara Osei opened the meeting. “Why would anyone sign this deal?”')).toEqual([]);
    expect(speakerRecords('Clara Osei read from her new book. “The Long Road Home.”')).toEqual([]);
  });

  it('goes on with the speaker across a line of scene that ends their paragraph', () => {
    expect(
      speakerRecords(
        '“We will not sign this deal,” Peter Brandt said. The union has 4,000 members.\n\n“The terms are wrong for all of us.”',
      ),
    ).toEqual(['Peter Brandt: We will not sign this deal', 'Peter Brandt: The terms are wrong for all of us']);
  });
});
