import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findEntities } from '../entities/entities.js';
import { findAttributions } from './attributions.js';
import { speakerRecords as records } from './testing/records.js';

describe('sources and holders', () => {
  it('reads "according to" a name with no comma after it', () => {
    expect(records('According to Delgado the campaign funds were returned by mail.')).toEqual([
      'Delgado: the campaign funds were returned by mail',
    ]);
  });

  it('gives a source inside a relative clause the clause after it', () => {
    expect(
      records(
        'Both governments keep a policy of closing the border which, according to Reuters, the UN has criticised.',
      ),
    ).toEqual(['Reuters: the UN has criticised']);
  });

  it('reads a plural present that closes an "as" clause as the source of the clause around it', () => {
    expect(records('As the authors explain, the drug works by blocking a protein.')).toEqual([
      'authors: the drug works by blocking a protein',
    ]);
    expect(records('But as critics point out, the plan has no funding.')).toEqual(['critics: the plan has no funding']);
    expect(records('As the two sides explain their positions, the talks stall.')).toEqual([]);
  });

  it('reads a document and when it came out, capitalised at the sentence start', () => {
    expect(records('Figures published today show that wages fell in every region.')).toEqual([
      'Figures published today: wages fell in every region',
    ]);
    expect(records('A study published yesterday shows that the drug cut deaths by a third.')).toEqual([
      'study published yesterday: the drug cut deaths by a third',
    ]);
  });

  it('reads findings and stances held by a possessor as noun cues', () => {
    expect(records('The ministry dismissed the report’s finding that the camp was overcrowded.')).toEqual([
      'report: the camp was overcrowded',
    ]);
    expect(records('The union rejected the company’s theory that wages must fall.')).toEqual([
      'company: wages must fall',
    ]);
    expect(records('The agency’s estimate that was published on Friday named no one.')).toEqual([]);
  });

  it('ends the clause of a noun cue that opens the sentence before the sentence’s own verb', () => {
    expect(records('The minister’s claim that the tax would fall was disputed.')).toEqual([
      'minister: the tax would fall',
    ]);
    expect(records('Her hope that he would return faded.')).toEqual(['Her: he would return']);
    expect(records('His claim that officials were told the plan was dead was rejected.')).toEqual([
      'His: officials were told the plan was dead was rejected',
    ]);
  });

  it('reads "per" only before a name or a determiner', () => {
    expect(records('A flat fee per student is charged to every school.')).toEqual([]);
  });

  it('reads an addressee after "to" before "that", not "said to have"', () => {
    expect(records('The spokesman stated to the Herald that the fee was legal.')).toEqual([
      'spokesman: the fee was legal',
    ]);
    expect(records('The minister is said to have known that the fee was illegal.')).toEqual([]);
  });

  it('reads a participle after "whilst"', () => {
    expect(records('The prime minister defended the record whilst promising a formal review is coming.')).toEqual([
      'prime minister: a formal review is coming',
    ]);
  });

  it('reads more holders and cues: individuals, the city, "describe … as", "reasoned"', () => {
    expect(records('Some individuals reported that the portal was down.')).toEqual([
      'Some individuals: the portal was down',
    ]);
    expect(records('The magazine Radici describe the ruling as historic.')).toEqual(['Radici: the ruling as historic']);
    expect(records('The city reasoned, "Because the users pay a fee, the school is a business."')).toEqual([
      'city: Because the users pay a fee, the school is a business',
    ]);
  });
});

describe('a group speaking within its own sentence, and an answer after a colon', () => {
  it('gives "they" to the plural of people that opens its sentence past a setting', () => {
    expect(
      records('On May 2, party officials went to the police station, where they claimed the laptop had been stolen.'),
    ).toEqual(['party officials: the laptop had been stolen']);
  });

  it('reads the line after "denied these allegations:", up to a sentence with a cue of its own', () => {
    const text =
      'In a statement to the Gazette, the ministry denied these allegations:\n' +
      'She was never forced to stay. She was free to leave at any time. The ministry said it would close the camp.';
    expect(records(text)).toEqual([
      'ministry: She was never forced to stay. She was free to leave at any time',
      'ministry: it would close the camp',
    ]);
  });
});

describe('a credited pull quote', () => {
  it('gives a paragraph that is one quotation to the name after its dash, not to the last speaker', () => {
    const text =
      'Other outlets such as the Ledger have stated that they will keep printing the letters.\n' +
      '"So far, it\'s the voters: 1, the party: 0. But it\'s a long game." - Jane Doe\n' +
      'The party did not respond.';
    expect(records(text)).toEqual([
      'Ledger: they will keep printing the letters',
      "Jane Doe: So far, it's the voters: 1, the party: 0. But it's a long game",
    ]);
  });
});

describe('sources nested in another speaker’s words', () => {
  it('reads a document’s participle as the document’s record', () => {
    expect(
      records(
        'Some voters reported that when they reach the site, all they get is a message stating, "The page is closed for repairs until Monday."',
      ),
    ).toEqual([
      'Some voters: when they reach the site, all they get is a message stating, "The page is closed for repairs until Monday."',
      'message: The page is closed for repairs until Monday',
    ]);
    expect(records('The ministry said it issued a statement saying the talks had failed.')).toEqual([
      'ministry: it issued a statement saying the talks had failed',
    ]);
  });

  it('reads evidence cited in a speaker’s words, and goes on with the speaker', () => {
    expect(
      records('Marsh noted the findings show turnout is also falling. "A cleanup of the rolls would help us."'),
    ).toEqual([
      'Marsh: the findings show turnout is also falling',
      'findings: turnout is also falling',
      'Marsh: A cleanup of the rolls would help us',
    ]);
  });
});

describe('a stray comma between a named subject and its cue', () => {
  it('reads the name that opens the sentence, with its post-modifier, as the subject', () => {
    expect(records('Maria Lopez for the Electoral Commission, says they are looking at new rules.')).toEqual([
      'Maria Lopez: they are looking at new rules',
    ]);
  });
});

describe('pronouns for a named pair and for a document, and a relaying outlet in a setting', () => {
  it('gives "they" to two names that open the sentence before', () => {
    expect(records('Pelosi and Schumer met the president on Friday. They said the talks were productive.')).toEqual([
      'Pelosi and Schumer: the talks were productive',
    ]);
  });

  it('gives "it" to a document that opens the sentence before', () => {
    const text =
      'The study is published in the Journal of Politics, and it was presented at a meeting of the American ' +
      'Political Science Association in Boston. It found that turnout fell among young voters.';
    expect(records(text)).toEqual(['study: turnout fell among young voters']);
  });

  it('reads "in remarks reported by" an outlet as the chain', () => {
    const text = 'Hammond said in remarks reported by The Hill that the wall would be done by 2020.';
    const sentences = splitSentences(text);
    const [a] = findAttributions(text, sentences, findEntities(text, sentences));
    expect(a?.speaker?.name).toBe('Hammond');
    expect(a?.via.map((v) => v.text)).toEqual(['The Hill']);
    expect(a?.content).toBe('the wall would be done by 2020');
  });
});

const chained = (text: string): string[] => records(text, { via: true });

describe('where a speaker’s words end', () => {
  it('leaves out the description a postposed name is set off after', () => {
    expect(
      records(
        'The last repairs are in the northern valleys where floods cut the lines, a company spokesman, Ravi Mendes, said.',
      ),
    ).toEqual(['Ravi Mendes: The last repairs are in the northern valleys where floods cut the lines']);
  });

  it('leaves out a possessive description a postposed name is set off after, after a quotation too', () => {
    expect(records('“We will appeal,” her lawyer, Sam Ortiz, said outside the courthouse.')).toEqual([
      'Sam Ortiz: We will appeal',
    ]);
    expect(records('The ruling was wrong, the family’s lawyer, Sam Ortiz, told reporters.')).toEqual([
      'Sam Ortiz: The ruling was wrong',
    ]);
  });

  it('ends a source’s clause at the conjunction after its phrase', () => {
    expect(
      records('The storm weakened overnight, according to Skyline Weather, and the ferries resumed sailing at dawn.'),
    ).toEqual(['Skyline Weather: The storm weakened overnight']);
    expect(records('The goal, according to the change log, is to cut costs.')).toEqual([
      'change log: The goal, according to the change log, is to cut costs',
    ]);
  });

  it('reads a second speaker after "though" and a description set off before the name', () => {
    expect(
      records(
        'The Lisbon ferry operator said it was also carrying more cars, though a spokesman, Tomas Brandt, said traffic there was “steady for now”.',
      ),
    ).toEqual([
      'Lisbon ferry operator: it was also carrying more cars',
      'Tomas Brandt: traffic there was “steady for now”',
    ]);
  });

  it('gives a closing "according to" the modifier set off before it, unless an outlet relays the whole', () => {
    expect(
      chained(
        'Skyline Weather said storms were continuing, including a gust that briefly closed the bridge, according to North Rail.',
      ),
    ).toEqual([
      'Skyline Weather: storms were continuing',
      'North Rail: including a gust that briefly closed the bridge',
    ]);
    expect(chained('The ministry said two people died, with four more hurt, according to Harbour Radio.')).toEqual([
      'ministry via Harbour Radio: two people died, with four more hurt',
    ]);
    expect(chained('The minister said the talks had failed, according to Reuters.')).toEqual([
      'minister via Reuters: the talks had failed',
    ]);
    expect(
      chained('The minister said the talks had failed, adding that new ones were planned, according to Reuters.'),
    ).toEqual(['minister via Reuters: the talks had failed, adding that new ones were planned']);
  });
});

describe('a document by its author', () => {
  it('reads "estimates by X" after "citing" or "according to" as X’s', () => {
    expect(
      chained('The union said the strike cost five million euros a day, citing estimates by Harbour Analytics.'),
    ).toEqual(['Harbour Analytics via union: the strike cost five million euros a day']);
    expect(chained('Prices will rise, according to estimates by economists.')).toEqual([
      'economists: Prices will rise',
    ]);
  });
});

describe('wire relays after the clause, and the means of a statement', () => {
  it('reads "X was quoted by Y as saying" closing the sentence: the clause before is what X said', () => {
    expect(records('The mill will close in June, Pavel Marek was quoted by Reuters as saying.', { via: true })).toEqual(
      ['Pavel Marek via Reuters: The mill will close in June'],
    );
  });

  it('reads an outlet named after its description as the relay of the clause before it', () => {
    expect(
      records('The army said it had sunk two boats, the state news agency Kavra reported.', { via: true }),
    ).toEqual(['army via Kavra: it had sunk two boats']);
    expect(records('The army said it had sunk two boats, the state broadcaster reported.', { via: true })).toEqual([
      'army via state broadcaster: it had sunk two boats',
    ]);
  });

  it('reads no second speaker in the statement a speaker spoke through: "said in a statement posted on …"', () => {
    expect(records('The agency said in a statement posted on its website that the dam had held.')).toEqual([
      'agency: the dam had held',
    ]);
  });
});

describe('a source described by a relative clause after "according to"', () => {
  it('reports the clause before the source, not the relative clause that describes it', () => {
    expect(
      records(
        'The pools may not be as clean as they look, according to the hotel bosses that answered an online poll.',
      ),
    ).toEqual(['hotel bosses: The pools may not be as clean as they look']);
    expect(records('The dam is safe, according to engineers who inspected it on Monday after the rains.')).toEqual([
      'engineers: The dam is safe',
    ]);
  });
});

describe('"from" a place after a cue', () => {
  it('reads "reported from Kyiv that …" past the place, and a reporting credit as no claim', () => {
    expect(records('Anna Berg reported from Kyiv that the shelling had stopped.')).toEqual([
      'Anna Berg: the shelling had stopped',
    ]);
    expect(records('Tomas Lind reported from Oslo, and Clara Osei from Accra.')).toEqual([]);
  });
});

describe('a postposed cue with a setting, then a participle with its own "that"', () => {
  it('gives the cue the clause before it and the participle the clause after its "that"', () => {
    expect(
      records(
        'The bridge will reopen on Monday, the ministry said in a statement, adding that trucks would be checked.',
      ),
    ).toEqual(['ministry: The bridge will reopen on Monday', 'ministry: trucks would be checked']);
  });
});

describe('a view held, and a source described before its clause', () => {
  it('reads "In Smith’s view, …" and "In the view of X, …" opening the sentence, not a view inside a clause', () => {
    expect(records('In Okafor’s view, the closure was inevitable.')).toEqual(['Okafor: the closure was inevitable']);
    expect(records('In the view of many economists, the slump is over.')).toEqual([
      'many economists: the slump is over',
    ]);
    expect(records('The lesson is that in its view there is no loyalty, only price.')).toEqual([]);
  });

  it('reads the clause after a relative clause that describes an opening "according to" source', () => {
    expect(records('According to Okafor, who ran the mill for 20 years, the closure was inevitable.')).toEqual([
      'Okafor: the closure was inevitable',
    ]);
  });
});
