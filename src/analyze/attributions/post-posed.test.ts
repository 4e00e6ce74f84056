import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

describe('post-posed speakers', () => {
  it('gives words to the name set off after a description: "says her sister, Fatou"', () => {
    expect(records('“He never missed a shift,” says his brother, Anton, who still runs the bakery.')).toEqual([
      'Anton: He never missed a shift',
    ]);
    expect(records('“We lost the whole crop,” said a neighbour, Greta Molnar.')).toEqual([
      'Greta Molnar: We lost the whole crop',
    ]);
    // No name after the comma: the description speaks.
    expect(records('“We lost the whole crop,” said a neighbour, who asked not to be named.')).toEqual([
      'neighbour: We lost the whole crop',
    ]);
  });

  it('keeps the speaker an inverted cue names before a relative clause on who they are: "said a source who …"', () => {
    expect(records('“The vote is lost,” said a senior aide who spoke on condition of anonymity.')).toEqual([
      'senior aide: The vote is lost',
    ]);
    expect(
      records('The ferry will not sail before spring, said a deckhand who has worked the route for years.'),
    ).toEqual(['deckhand: The ferry will not sail before spring']);
    expect(records('“It is finished,” said the woman who, for a decade, ran the mill.')).toEqual([
      'woman: It is finished',
    ]);
  });

  it('reads no second speaker in the document a quotation came in', () => {
    expect(records('“The yard stays open,” Mayor Ilse Brandvold said in a statement announcing the budget.')).toEqual([
      'Ilse Brandvold: The yard stays open',
    ]);
  });

  it('gives unquoted first-person words before "X told Y as …" to X, the "as" clause being no content', () => {
    expect(
      records('We knew the river would rise, Anton Varga, 52, told the Courier as he stacked sandbags by the door.'),
    ).toEqual(['Anton Varga: We knew the river would rise']);
    expect(records('Varga told reporters as they left that the levee would hold.')).toEqual([
      'Varga: the levee would hold',
    ]);
  });
});

describe('a base form after a quotation', () => {
  it('reads "“…,” the authors write" and "“…,” critics argue" with the quotation as content', () => {
    expect(records('“The dunes can recover within ten years,” the authors write in the paper.')).toEqual([
      'authors: The dunes can recover within ten years',
    ]);
    expect(records('“The toll will only rise,” critics argue.')).toEqual(['critics: The toll will only rise']);
    // Without a quotation before it, a base form with an object reports nothing.
    expect(records('The engineers write code for the plant.')).toEqual([]);
  });
});

describe('a one-word name set off after a description before the cue', () => {
  it('gives the words to the name: "One reader, Tomasz, wrote in to say that …"', () => {
    expect(records('A neighbour, Anton, said that the ferry had not run since May.')).toEqual([
      'Anton: the ferry had not run since May',
    ]);
    expect(records('One listener, Greta Molnar, wrote in to say that the bridge was shut.')).toEqual([
      'Greta Molnar: the bridge was shut',
    ]);
  });
});

describe('any cue before its speaker right after a quotation', () => {
  it('reads "“…,” warned virologist X", "argued defense attorney X", "insisted the spokesman"', () => {
    expect(records('“The ward is full,” warned epidemiologist Mara Quist.')).toEqual(['Mara Quist: The ward is full']);
    expect(records('“The tape proves nothing,” argued defense attorney Rui Salgado.')).toEqual([
      'Rui Salgado: The tape proves nothing',
    ]);
    expect(records('“Nothing has changed at the plant,” insisted the spokeswoman.')).toEqual([
      'spokeswoman: Nothing has changed at the plant',
    ]);
    expect(records('“Was it worth it?” wondered the trainer, Ivo Marek.')).toEqual(['Ivo Marek: Was it worth it']);
    expect(records('“The talks were useful”, warned the envoy, Ade Okafor.')).toEqual([
      'Ade Okafor: The talks were useful',
    ]);
  });

  it('needs the quotation closed by its comma: a cue after a quoted title is no tag', () => {
    expect(records('She read “The Long Road” claimed by critics as her best.')).toEqual([]);
  });
});

describe('speakers around a clause set off inside the sentence', () => {
  it('reads "as one trader put it" inside or closing the sentence', () => {
    expect(records('The grain market had simply run out of buyers, as one trader put it.')).toEqual([
      'one trader: The grain market had simply run out of buyers',
    ]);
    expect(records('Freight rates, as Ilse Marsh put it, were “falling off a cliff.”')).toEqual([
      'Ilse Marsh: Freight rates, as Ilse Marsh put it, were “falling off a cliff.”',
    ]);
    expect(records('She put it on the table and left.')).toEqual([]);
  });

  it('reads a described person a "who" clause is set off after, past an opening setting', () => {
    expect(
      records('After the verdict, a juror, who asked that her name not be used, told reporters the panel had split.'),
    ).toEqual(['juror: the panel had split']);
    expect(records('The jury foreperson told reporters the panel had split.')).toEqual([
      'jury foreperson: the panel had split',
    ]);
  });
});
