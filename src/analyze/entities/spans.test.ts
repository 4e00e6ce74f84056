import { describe, expect, it } from 'vitest';
import { cleanSpans, combine, kindBySuffix, propagate, teamsInSport, withoutCreditLabels } from './spans.js';
import { tokenize } from './tokenize.js';
import { phraseOf } from './rules.js';

describe('propagate', () => {
  it('replaces a shorter name found inside a later whole occurrence of a found name', () => {
    const tokens = tokenize('Heaven Sent Gaming met. What is Heaven Sent Gaming?');
    expect(tokens[7]!.text).toBe('Heaven');
    const out = propagate(tokens, [
      { first: 0, last: 3, kind: 'organization', titled: false },
      { first: 8, last: 10, kind: 'person', titled: false },
    ]);
    expect(out.map((c) => [c.first, c.last, c.kind])).toEqual([
      [0, 3, 'organization'],
      [7, 10, 'organization'],
    ]);
  });

  it('adds a later bare surname of a found person, even after a capitalised function word', () => {
    const tokens = tokenize('Lord Byron wrote. In Byron letters were kept.');
    const out = propagate(tokens, [{ first: 1, last: 2, kind: 'person', titled: true, titleFrom: 0 }], new Set([4]));
    expect(out.map((c) => tokens[c.first]!.text)).toEqual(['Byron', 'Byron']);
  });

  it('adds no second mention on the title of a titled person', () => {
    const tokens = tokenize('The Marshal spoke. Marshal Ada Quell waved.');
    const out = propagate(tokens, [
      { first: 1, last: 2, kind: 'person', titled: false },
      { first: 5, last: 7, kind: 'person', titled: true, titleFrom: 4 },
    ]);
    expect(out.map((c) => tokens[c.first]!.text)).toEqual(['Marshal', 'Ada']);
  });

  it("gives the short form in brackets after a name that name's kind, wherever it recurs", () => {
    const tokens = tokenize('The Guild of Harbour Pilots (GuHP) met. Members of GuHP voted, and so did (XQ) Ltd.');
    const out = propagate(tokens, [{ first: 1, last: 5, kind: 'organization', titled: false }]);
    expect(out.map((c) => `${c.kind}:${tokens[c.first]!.text}`)).toEqual([
      'organization:Guild',
      'organization:GuHP',
      'organization:GuHP',
    ]);
  });
});

describe('cleanSpans', () => {
  const words = (text: string, spans: [number, number][]): string[] => {
    const tokens = tokenize(text);
    return cleanSpans(
      tokens,
      spans.map(([first, last]) => ({ first, last, kind: 'person', titled: false })),
    ).map((c) => phraseOf(tokens, c.first, c.last));
  };

  it('splits a list of people run together and a repeated signature name', () => {
    expect(words('Attendees: Pam Butler Renee Ratcliff', [[2, 6]])).toEqual(['Pam Butler', 'Renee Ratcliff']);
    expect(words('Vince Vince - Thanks', [[0, 2]])).toEqual(['Vince', 'Vince']);
  });

  it('keeps middle names and trims courtesies and ordinary words', () => {
    expect(words('John Thomas Claridge', [[0, 3]])).toEqual(['John Thomas Claridge']);
    expect(words('Please Phillip Allen Let', [[0, 4]])).toEqual(['Phillip Allen']);
  });

  it("splits the next message's salutation from a signature, but not a list of people, and trims a P.S.", () => {
    expect(words('Regards Peter Jim, Take a look', [[1, 3]])).toEqual(['Peter', 'Jim']);
    expect(words('Team: Peter Jim, Sarah Lind', [[2, 4]])).toEqual(['Peter Jim']);
    expect(words('Cheers Chris P.S. I moved', [[1, 3]])).toEqual(['Chris']);
  });

  it('ends a mixed-case name where a clause shouted in capitals begins, but keeps acronyms and all-caps names', () => {
    const spans = (text: string, first: number, last: number): string[] => {
      const tokens = tokenize(text);
      return cleanSpans(tokens, [{ first, last, kind: 'place', titled: false }]).map((c) =>
        phraseOf(tokens, c.first, c.last),
      );
    };
    expect(spans('beans from Peru MIX IT ALL UP THEN SERVE', 2, 8)).toEqual(['Peru']);
    expect(spans('a trip to Lake Orla NOW OPEN', 3, 7)).toEqual(['Lake Orla']);
    expect(spans('we met at Orla HQ today', 3, 5)).toEqual(['Orla HQ']);
    expect(spans('LAKE ORLA NOW OPEN', 0, 4)).toEqual(['LAKE ORLA NOW OPEN']);
  });

  it('trims a greeting that trimming an ordinary word uncovers at the end of a signature', () => {
    expect(words('I will check it. Marco Dear Team, my name is Ravi.', [[5, 8]])).toEqual(['Marco']);
    expect(words('Talk soon. Marco Hello Again, all', [[3, 6]])).toEqual(['Marco']);
  });

  it('runs a person on over a surname with the Arabic article', () => {
    expect(words('The cleric Karim al-Nouri said so.', [[2, 3]])).toEqual(['Karim al-Nouri']);
  });

  it("trims the next sentence's first word when it is a function word, a past tense or 'Here'", () => {
    expect(words('Call Rosa Here is the plan', [[1, 3]])).toEqual(['Rosa']);
    expect(words('Signed Ian Vole Attached is the deed', [[1, 4]])).toEqual(['Ian Vole']);
    expect(words('We left Oslo If you go', [[2, 4]])).toEqual(['Oslo']);
    expect(words('Ask Ada This week', [[1, 3]])).toEqual(['Ada']);
  });

  it('reads words with digits in a person span as no person, the names around them as people, and drops plural acronyms', () => {
    const kinds = (text: string, first: number, last: number): string[] => {
      const tokens = tokenize(text);
      return cleanSpans(tokens, [{ first, last, kind: 'person', titled: false }]).map(
        (c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`,
      );
    };
    expect(kinds('Users of BX9 complained.', 2, 3)).toEqual(['other:BX9']);
    expect(kinds('Old QRTs and the QRT team', 1, 2)).toEqual([]); // an acronym in the plural: no name
    expect(kinds('Old QRTs and the QRT team', 4, 5)).toEqual(['person:QRT']);
    expect(kinds('About 80,000 Wends left.', 1, 3)).toEqual(['person:Wends']);
    expect(kinds('Regards, Tamsin Oakes 77QR Tamsin Oakes', 2, 7)).toEqual([
      'person:Tamsin Oakes',
      'other:77QR',
      'person:Tamsin Oakes',
    ]);
  });
});

describe('combine', () => {
  it('joins names the tagger read apart when a strong rule reads one name with "of"', () => {
    const tokens = tokenize('the National Library of the Netherlands said');
    const out = combine(
      tokens,
      [
        { first: 1, last: 3, kind: 'organization', titled: false },
        { first: 5, last: 6, kind: 'place', titled: false },
      ],
      [{ first: 1, last: 6, kind: 'organization', titled: false, strong: true }],
    );
    expect(out.map((c) => [c.first, c.last, c.kind])).toEqual([[1, 6, 'organization']]);
  });

  it('adds a person the tagger missed when the lexicon knows the first name, not other weak readings', () => {
    const tokens = tokenize('Board member Philip Quarrender and Zorbo Quell spoke.');
    const out = combine(
      tokens,
      [],
      [
        { first: 2, last: 4, kind: 'person', titled: false },
        { first: 5, last: 7, kind: 'person', titled: false },
      ],
    );
    expect(out.map((c) => [c.first, c.last, c.kind])).toEqual([[2, 4, 'person']]);
  });

  it('makes a name the lexicon knows as an organization one where the tagger read it as other', () => {
    const tokens = tokenize('Analysts asked whether Microsoft and Quorblex would merge.');
    const out = combine(
      tokens,
      [
        { first: 3, last: 4, kind: 'other', titled: false },
        { first: 5, last: 6, kind: 'other', titled: false },
      ],
      [],
    );
    expect(out.map((c) => c.kind)).toEqual(['organization', 'other']);
  });

  it('takes a strong place or organization over a titled person the tagger read on the same words', () => {
    const tokens = tokenize('Saint Louis hosted the fair, and Mayor Ilse Varga opened it.');
    const out = combine(
      tokens,
      [
        { first: 1, last: 2, kind: 'person', titled: true, titleFrom: 0 },
        { first: 8, last: 10, kind: 'person', titled: true, titleFrom: 7 },
      ],
      [
        { first: 0, last: 2, kind: 'place', titled: false, strong: true },
        { first: 8, last: 10, kind: 'person', titled: true, titleFrom: 7, strong: true },
      ],
    );
    expect(out.map((c) => [c.first, c.last, c.kind])).toEqual([
      [0, 2, 'place'],
      [8, 10, 'person'],
    ]);
  });
});

describe('combine with the lexicon', () => {
  it('adds an organization the lexicon knows that owns or speaks, where the tagger left it out', () => {
    const tokens = tokenize("Microsoft's lawyers met. Later Microsoft returned.");
    const out = combine(
      tokens,
      [],
      [
        { first: 0, last: 1, kind: 'organization', titled: false },
        { first: 6, last: 7, kind: 'organization', titled: false },
      ],
    );
    expect(out.map((c) => [c.first, c.last, c.kind])).toEqual([[0, 1, 'organization']]);
  });
});

describe('combine before a title', () => {
  it('keeps the acronym of a body before a title when the tagger read it into the titled person', () => {
    const tokens = tokenize('Rates rose, QBF President Ilse Varga said.');
    const out = combine(
      tokens,
      [{ first: 3, last: 7, kind: 'person', titled: false }],
      [
        { first: 3, last: 4, kind: 'organization', titled: false },
        { first: 5, last: 7, kind: 'person', titled: true, titleFrom: 4, strong: true },
      ],
    );
    expect(out.map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`)).toEqual([
      'organization:QBF',
      'person:Ilse Varga',
    ]);
  });
});

describe('propagate at sentence starts', () => {
  it('does not spread a part of a person name to a sentence start where the text also prints it in lower case', () => {
    const tokens = tokenize('Iodine Smith spoke. We need iodine. Iodine is scarce.');
    const out = propagate(tokens, [{ first: 0, last: 2, kind: 'person', titled: false }], new Set([0, 4, 8]));
    expect(out.map((c) => tokens[c.first]!.text)).toEqual(['Iodine']);
  });
});

describe('kindBySuffix', () => {
  it('reads a name opening with a body head and "of" as no person', () => {
    const tokens = tokenize('Bank of Verlandia raised my fee and House of Tarn wrote back');
    const kinds = kindBySuffix(tokens, [
      { first: 0, last: 3, kind: 'person', titled: false },
      { first: 7, last: 9, kind: 'person', titled: false },
    ]).map((c) => c.kind);
    expect(kinds).toEqual(['organization', 'person']);
  });

  it('reads a school named by its level as an organization', () => {
    const tokens = tokenize('Our kids go to Maplecrest Elementary now');
    expect(kindBySuffix(tokens, [{ first: 4, last: 6, kind: 'place', titled: false }])[0]?.kind).toBe('organization');
  });

  it('reads a line of business after an ordinary word as a field', () => {
    const tokens = tokenize('She teaches Civil Engineering and joined Varnell Engineering');
    const kinds = kindBySuffix(tokens, [
      { first: 2, last: 4, kind: 'other', titled: false },
      { first: 6, last: 8, kind: 'person', titled: false },
    ]).map((c) => c.kind);
    expect(kinds).toEqual(['other', 'organization']);
  });

  it('types a name of two words or more by its last word, and leaves one-word names and plain names alone', () => {
    const tokens = tokenize('Emperor Norton Bridge and Atlantic Lottery Corporation and Bridge and Mark Twain');
    const kinds = kindBySuffix(tokens, [
      { first: 1, last: 3, kind: 'person', titled: true, titleFrom: 0 },
      { first: 4, last: 7, kind: 'place', titled: false },
      { first: 8, last: 9, kind: 'person', titled: false },
      { first: 10, last: 12, kind: 'person', titled: false },
    ]).map((c) => [c.kind, c.titled]);
    expect(kinds).toEqual([
      ['place', false],
      ['organization', false],
      ['person', false],
      ['person', false],
    ]);
  });

  it("reads a name ending in a company's line of business as an organization", () => {
    const tokens = tokenize('Quarrel Electronics and Brenner Motorsports said');
    const kinds = kindBySuffix(tokens, [
      { first: 0, last: 2, kind: 'person', titled: false },
      { first: 3, last: 5, kind: 'person', titled: false },
    ]).map((c) => c.kind);
    expect(kinds).toEqual(['organization', 'organization']);
  });

  it("reads a name ending in a newspaper's last word as an organization", () => {
    const tokens = tokenize('the Quarrow Bulletin and the Vessby Chronicle');
    const kinds = kindBySuffix(tokens, [
      { first: 1, last: 3, kind: 'other', titled: false },
      { first: 5, last: 7, kind: 'place', titled: false },
    ]).map((c) => c.kind);
    expect(kinds).toEqual(['organization', 'organization']);
  });

  it('reads a name ending in a tunnel or tube as a place', () => {
    const tokens = tokenize('Quarrow Tunnel and the Vessby Tube reopened');
    const kinds = kindBySuffix(tokens, [
      { first: 0, last: 2, kind: 'organization', titled: false },
      { first: 4, last: 6, kind: 'organization', titled: false },
    ]).map((c) => c.kind);
    expect(kinds).toEqual(['place', 'place']);
  });

  it("reads a name ending in a club's last word as an organization", () => {
    const tokens = tokenize('Quarrow United beat Tellby Rovers');
    const kinds = kindBySuffix(tokens, [
      { first: 0, last: 2, kind: 'place', titled: false },
      { first: 3, last: 5, kind: 'person', titled: false },
    ]).map((c) => c.kind);
    expect(kinds).toEqual(['organization', 'organization']);
  });

  it('reads a name ending in an event or prize word as no person', () => {
    const tokens = tokenize('Taipei Lantern Festival opened');
    expect(kindBySuffix(tokens, [{ first: 0, last: 3, kind: 'person', titled: false }])[0]!.kind).toBe('other');
  });

  it("keeps a country's official name a place though it ends in an organization word", () => {
    const tokens = tokenize('He flew to the Russian Federation, then the Czech Republic, for the Chess Federation.');
    const kinds = kindBySuffix(tokens, [
      { first: 3, last: 6, kind: 'organization', titled: false },
      { first: 9, last: 11, kind: 'place', titled: false },
      { first: 14, last: 16, kind: 'place', titled: false },
    ]).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
    expect(kinds).toEqual(['place:the Russian Federation', 'place:Czech Republic', 'organization:Chess Federation']);
  });
});

describe('teamsInSport', () => {
  const kinds = (text: string, names: string[]): string[] => {
    const tokens = tokenize(text);
    const spans = names.map((n) => {
      const words = n.split(' ');
      const first = tokens.findIndex((t, i) => words.every((w, k) => tokens[i + k]?.text === w));
      return { first, last: first + words.length, kind: 'place' as const, titled: false };
    });
    return teamsInSport(tokens, spans).map((c) => c.kind);
  };
  const report =
    'Sweden defeated South Korea in the match at the cup in Russia. The coach praised the goalkeeper; ' +
    'a penalty kick decided it, the only goal scored.';

  it('reads the countries of a sports report as teams, but not a country after a preposition of place', () => {
    expect(kinds(report, ['Sweden', 'South Korea', 'Russia'])).toEqual(['organization', 'organization', 'place']);
  });

  it('leaves countries alone outside sports reports', () => {
    expect(kinds('Sweden and South Korea signed a trade deal on Monday.', ['Sweden', 'South Korea'])).toEqual([
      'place',
      'place',
    ]);
  });
});

describe('withoutCreditLabels', () => {
  it('drops the label of a credit line, wherever it was read as a name, and keeps the credited name', () => {
    const text = 'Fans queue at the gate. Photo: Lena Varga. Photo Kiosk sells prints.';
    const tokens = tokenize(text);
    const at = (word: string): number => tokens.findIndex((t) => t.text === word);
    const kept = withoutCreditLabels(tokens, [
      { first: at('Photo'), last: at('Photo') + 1, kind: 'person', titled: false },
      { first: at('Lena'), last: at('Lena') + 2, kind: 'person', titled: false },
      { first: at('Kiosk') - 1, last: at('Kiosk') + 1, kind: 'organization', titled: false },
    ]);
    expect(kept.map((c) => tokens[c.first]!.text)).toEqual(['Lena', 'Photo']);
  });
});
