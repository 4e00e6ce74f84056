import { describe, expect, it } from 'vitest';
import { doubledSingleQuotes } from './single-quotes.js';
import { speakerRecords } from './testing/records.js';

describe('single-quoted quotations', () => {
  it('reads a quotation in single marks as one in double marks, words off the original text', () => {
    expect(speakerRecords('‘We will not sign this deal,’ Mr Brandt said. ‘The terms are wrong.’')).toEqual([
      'Brandt: We will not sign this deal',
      'Brandt: The terms are wrong',
    ]);
    expect(speakerRecords("'We will not sign this deal,' Peter Brandt said.")).toEqual([
      'Peter Brandt: We will not sign this deal',
    ]);
    expect(speakerRecords('Mr Brandt told reporters: ‘We will not sign this deal.’')).toEqual([
      'Brandt: We will not sign this deal',
    ]);
  });

  it('reads a quotation left open over paragraphs', () => {
    expect(
      speakerRecords('‘We will not sign this deal.\n\n‘The terms are wrong for the region,’ Mr Brandt said.'),
    ).toEqual(['Brandt: We will not sign this deal', 'Brandt: The terms are wrong for the region']);
  });

  it('leaves apostrophes, quotations inside double marks and headlines alone', () => {
    const kept = [
      'It’s the workers’ money, and the boys’ team won.',
      'Rock ’n’ roll never died, the workers’ union said.',
      '“It’s ‘Showtime at the Apollo,’” Clara Osei said.',
      "'We Got Her!' Video Shows Rescue of Kidnapped Girl",
    ];
    for (const t of kept) expect(doubledSingleQuotes(t)).toBe(t);
    expect(doubledSingleQuotes('‘It’s the workers’ money,’ she said.')).toBe('“It’s the workers’ money,” she said.');
  });
});
