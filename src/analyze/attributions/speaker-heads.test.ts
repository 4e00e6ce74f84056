import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

const speakers = (text: string) =>
  findAttributions(text, splitSentences(text), []).map((a) => `${a.speaker?.text ?? '-'}: ${a.content}`);

describe('speakers named by what they know of', () => {
  it('reads "people familiar with …", "officials briefed on …", "with knowledge of …" before a cue', () => {
    expect(speakers('Officials familiar with the budget said the cuts were final.')).toEqual([
      'Officials familiar with the budget: the cuts were final',
    ]);
    expect(speakers('Diplomats briefed on the summit said the date had slipped.')).toEqual([
      'Diplomats briefed on the summit: the date had slipped',
    ]);
    expect(speakers('Three aides with knowledge of the audit said it found nothing.')).toEqual([
      'Three aides with knowledge of the audit: it found nothing',
    ]);
  });

  it('reads them after an inverted cue, a participle or a bare plural leading', () => {
    expect(speakers('The vote is off, said a person familiar with the count.')).toEqual([
      'a person familiar with the count: The vote is off',
    ]);
    expect(speakers('“We are close,” said people briefed on the talks.')).toEqual([
      'people briefed on the talks: We are close',
    ]);
    expect(speakers('The mayor will resign, said two people close to the family.')).toEqual([
      'two people close to the family: The mayor will resign',
    ]);
  });

  it('reads them after the content too', () => {
    expect(speakers('The mayor will resign, two people close to the family told the Daily Ledger.')).toEqual([
      'two people close to the family: The mayor will resign',
    ]);
  });
});

describe('records as speakers', () => {
  it('reads "documents / filings / polls show" with an object, without "that"', () => {
    expect(speakers('Tax records show the mayor owed $9,000.')).toEqual(['Tax records: the mayor owed $9,000']);
    expect(speakers('Polls show Okafor ahead in the suburbs.')).toEqual(['Polls: Okafor ahead in the suburbs']);
  });
});

describe('people described twice, and heads in the other number', () => {
  it('reads a singular of a listed plural, and a plural of a listed singular, as people', () => {
    expect(speakers('A voter outside the library said the lines were short.')).toEqual([
      'A voter outside the library: the lines were short',
    ]);
    expect(speakers('Settlers in the valley said the road was closed.')).toEqual([
      'Settlers in the valley: the road was closed',
    ]);
  });

  it('reads "a description, a description, said" as one speaker named both ways', () => {
    expect(speakers('One voter, a retired nurse, said she would back the mayor.')).toEqual([
      'One voter, a retired nurse: she would back the mayor',
    ]);
    expect(speakers('The pastor’s source, a refugee who feared reprisals, said the camp was empty.')).toEqual([
      'The pastor’s source, a refugee who feared reprisals: the camp was empty',
    ]);
  });

  it('keeps a name set off after a description the speaker', () => {
    expect(speakers('A spokesman, Tom Bell, said the company would appeal.')).toEqual([
      'Tom Bell: the company would appeal',
    ]);
  });
});

describe('a hyphenated head', () => {
  it('is read by its last part', () => {
    expect(speakers('The vice-president said the talks would resume.')).toEqual([
      'The vice-president: the talks would resume',
    ]);
  });
});

describe('a subject with prepositional post-modifiers', () => {
  it('reads the subject that opens the clause, through its modifiers', () => {
    expect(speakers('Officials at the ministry insist the figures are right.')).toEqual([
      'Officials at the ministry: the figures are right',
    ]);
    expect(speakers('Posts on the message board claimed that the site had been attacked.')).toEqual([
      'Posts on the message board: the site had been attacked',
    ]);
  });

  it('reads no subject across a comma', () => {
    expect(speakers('At the hearing on Monday, the judge said the trial would go on.')).toEqual([
      'the judge: the trial would go on',
    ]);
  });
});

describe('a participle modifying the head after a determiner', () => {
  it('keeps "the purchasing community", "the ruling party" whole as the phrase before the cue', () => {
    expect(speakers('Some in the trading community argue that the exchange should police itself.')).toEqual([
      'Some in the trading community: the exchange should police itself',
    ]);
    expect(speakers('Officials in the ruling party said the vote would go ahead.')).toEqual([
      'Officials in the ruling party: the vote would go ahead',
    ]);
  });
});

describe('a website, and the subject of a first clause before "but"', () => {
  it('reads "the site" as a speaker, and the subject before a participle the phrase reader keeps', () => {
    expect(speakers('The site noted that the poll was small.')).toEqual(['The site: the poll was small']);
    expect(speakers('Last year, the site surveyed more than 9,000 readers but noted that the poll was small.')).toEqual(
      ['the site: the poll was small'],
    );
    expect(speakers('The elected officials met on Monday but said nothing had been decided.')).toEqual([
      'The elected officials: nothing had been decided',
    ]);
  });
});

describe('online handles', () => {
  it('reads a forum user name as a speaker, alone or set off after a description', () => {
    expect(speakers('As one buyer, kestrel77, wrote, “The sample was cut with something.”')).toEqual([
      'kestrel77: The sample was cut with something',
    ]);
    expect(speakers('kestrel77 wrote that the sample was pure.')).toEqual(['kestrel77: the sample was pure']);
    expect(speakers('In 2019, 500 said yes.')).toEqual([]);
  });
});

describe('speakers named by kin or trade, as features and obituaries name them', () => {
  it('reads kin and trades as heads that speak', () => {
    expect(speakers('Her grandmother said the farm had been in the family since 1902.')).toEqual([
      'Her grandmother: the farm had been in the family since 1902',
    ]);
    expect(speakers('The bookkeeper testified that the ledgers were rewritten.')).toEqual([
      'The bookkeeper: the ledgers were rewritten',
    ]);
    // "-list" after a vowel is an agent ("journalist"), after a consonant a list ("playlist").
    expect(speakers('A journalist wrote that the port was closed.')).toEqual(['A journalist: the port was closed']);
    expect(speakers('The playlist suggests that summer is over.')).toEqual([]);
  });

  it('reads the subject a post-modifier hangs on when the modifier’s object cannot speak', () => {
    expect(speakers('A cashier at the depot said the tills were empty by noon.')).toEqual([
      'A cashier at the depot: the tills were empty by noon',
    ]);
    expect(speakers('The crack in the wall suggests that the beam moved.')).toEqual([]);
  });
});

describe('speakers of local and business pages', () => {
  it('reads local offices and small institutions as heads that speak', () => {
    expect(speakers('The councilman said on Friday that the pool would reopen.')).toEqual([
      'The councilman: the pool would reopen',
    ]);
    expect(speakers('“We sold out by nine,” the brewery posted.')).toEqual(['the brewery: We sold out by nine']);
  });

  it('keeps a company’s suffix after a comma with its name, and reads "has often said"', () => {
    expect(speakers('Velmora, Inc. announced that it would open a plant in Ohio.')).toEqual([
      'Velmora, Inc: it would open a plant in Ohio',
    ]);
    expect(speakers('Greta Molnar has often said that boats taught her patience.')).toEqual([
      'Greta Molnar: boats taught her patience',
    ]);
  });
});

describe('one of a group, and a post after a quotation', () => {
  it('reads "one of them" as a speaker and "posted on its account" after a quotation as the post', () => {
    expect(speakers('Nurses on the ward disagree. “We never see the new beds,” one of them said.')).toEqual([
      'one of them: We never see the new beds',
    ]);
    expect(speakers('“Open until noon only,” the cafe posted on its Facebook page.')).toEqual([
      'the cafe: Open until noon only',
    ]);
    // Without a quotation or "that", "posted" is putting something up.
    expect(speakers('The cafe posted a menu on its Facebook page.')).toEqual([]);
  });
});

describe('those around a politician', () => {
  it('reads advisers and allies as the source a report cites', () => {
    expect(speakers('Okafor will not run again, the Harbour Courier reported, citing three of her advisers.')).toEqual([
      'three of her advisers: Okafor will not run again',
    ]);
    expect(speakers('Allies of the mayor said the budget would pass.')).toEqual([
      'Allies of the mayor: the budget would pass',
    ]);
  });
});
