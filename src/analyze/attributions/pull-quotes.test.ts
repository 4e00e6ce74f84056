import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

describe('pull quotes credited without a dash', () => {
  it('gives a quote box to the name printed after it on its line, with or without marks', () => {
    expect(
      speakerRecords('The union met on Monday.\n\n"We will not sign this deal, not now and not ever." Peter Brandt'),
    ).toEqual(['Peter Brandt: We will not sign this deal, not now and not ever']);
    expect(
      speakerRecords(
        'The union met on Monday, and Peter Brandt spoke.\n\nWe will not sign this deal, not now and not ever. Peter Brandt\n\nThe talks go on.',
      ),
    ).toEqual(['Peter Brandt: We will not sign this deal, not now and not ever']);
  });

  it('leaves a byline and a quotation followed by narrative alone', () => {
    expect(
      speakerRecords('The talks ended.\n\nThe union has 4,000 members in the region. Reporting by Peter Brandt'),
    ).toEqual([]);
    expect(speakerRecords('"We will win the vote tomorrow." He left the room.')).toEqual([]);
  });

  it('gives a transcript line to the person named as its label, to the paragraph end', () => {
    expect(
      speakerRecords(
        'The union met on Monday.\n\nPeter Brandt: “We will not sign this deal.”\n\nClara Osei: We will see about that. The talks go on.',
      ),
    ).toEqual(['Peter Brandt: We will not sign this deal', 'Clara Osei: We will see about that. The talks go on']);
    expect(speakerRecords('Photo: Peter Brandt at the station in the rain.\n\nPeter Brandt: Union leader')).toEqual([]);
  });

  it('gives a line labelled by initials to the one person named before with those initials', () => {
    expect(
      speakerRecords(
        'The desk spoke with Clara Osei, the union’s chair.\n\nDesk: What comes next?\n\nCO: We strike on Monday unless the board moves.',
      ),
    ).toEqual(['Clara Osei: We strike on Monday unless the board moves']);
    expect(
      speakerRecords(
        'The desk spoke with Clara Osei and Carl Olsen.\n\nCO: We strike on Monday unless the board moves.',
      ),
    ).toEqual([]);
  });

  it('gives a line labelled by a surname in capitals to the one person named before with it, however short', () => {
    const text = [
      'Tomas Lind spoke to the station on Friday about the flood.',
      'LIND: The river came up two metres overnight. We moved the boats.',
      'HOST: How many?',
      'LIND: All of them.',
    ].join('\n\n');
    expect(speakerRecords(text)).toEqual([
      'Tomas Lind: The river came up two metres overnight. We moved the boats',
      'Tomas Lind: All of them',
    ]);
    // Two people of that surname: the label names neither.
    expect(speakerRecords('Tomas Lind and Greta Lind ran the yard.\n\nLIND: All of them.')).toEqual([]);
  });

  it('reads a full name in capitals as a transcript label, and a short line in mixed case as none', () => {
    expect(
      speakerRecords('The board sat late.\n\nGRETA MOLNAR: We close the yard in May.\n\nUPDATE: The vote was put off.'),
    ).toEqual(['GRETA MOLNAR: We close the yard in May']);
    expect(speakerRecords('Tomas Lind spoke on Friday.\n\nLind: All of them.')).toEqual([]);
  });

  it('reads labels in bold or after a timestamp, a one-word line, and a short line whose label recurs', () => {
    const bold = [
      'Greta Molnar runs the ferry yard at Lind Point.',
      '**Courier:** Why close now?',
      '**Molnar:** Because the hulls are done. So am I.',
      '**Courier:** And then?',
      '**Molnar:** Nothing.',
    ].join('\n\n');
    expect(speakerRecords(bold)).toEqual([
      'Greta Molnar: Because the hulls are done. So am I',
      'Greta Molnar: Nothing',
    ]);
    const timed =
      '[00:00:05] ANTON VARGA: Good evening and welcome.\n[00:00:09] ILSE BRANDVOLD: Thanks, Anton, glad to be here.';
    expect(speakerRecords(timed)).toEqual([
      'ANTON VARGA: Good evening and welcome',
      'ILSE BRANDVOLD: Thanks, Anton, glad to be here',
    ]);
    const mixed = 'Tomas Lind spoke on Friday.\n\nLind: The river rose two metres overnight.\n\nLind: Twice.';
    expect(speakerRecords(mixed)).toEqual(['Tomas Lind: The river rose two metres overnight', 'Tomas Lind: Twice']);
  });

  it('gives a quotation credited after a dash with a name and where it is from to that name', () => {
    expect(speakerRecords('“Sharp, funny and far too short.” — Anton Varga, The Harbour Courier')).toEqual([
      'Anton Varga: Sharp, funny and far too short',
    ]);
    expect(speakerRecords('“I learned more in a day than in a year.” – Ilse Brandvold, Tromsø')).toEqual([
      'Ilse Brandvold: I learned more in a day than in a year',
    ]);
  });
});
