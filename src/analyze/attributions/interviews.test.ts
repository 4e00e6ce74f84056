import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

describe('question-and-answer interviews', () => {
  it('gives each "A:" answer to the person the introduction says the interview is with', () => {
    const text = [
      'The desk spoke with Clara Osei, who chairs the dock workers’ union, before the vote.',
      'Q: Why strike now?',
      'A: Because the board broke its word twice. We gave them a year.',
      'Q: What would end it?',
      'A: A signed contract with the shifts we agreed on, nothing less.',
      'The vote is on Friday.',
    ].join('\n\n');
    expect(speakerRecords(text)).toEqual([
      'Clara Osei: Because the board broke its word twice. We gave them a year',
      'Clara Osei: A signed contract with the shifts we agreed on, nothing less',
    ]);
  });

  it('reads unlabelled answers after labelled questions, up to the last answer’s first paragraph', () => {
    const text = [
      'Last week we sat down with the harbour’s pilot, Tomas Lind, in his office by the locks.',
      'Q: How long have you worked here?',
      'Thirty years this spring. I started on the tugs.',
      'And I never left the water.',
      'Q: What has changed?',
      'The ships are three times the size they were.',
      'The harbour board meets again in March.',
    ].join('\n\n');
    expect(speakerRecords(text)).toEqual([
      'Tomas Lind: Thirty years this spring. I started on the tugs',
      'Tomas Lind: And I never left the water',
      'Tomas Lind: The ships are three times the size they were',
    ]);
  });

  it('needs two labelled questions and one person to answer them', () => {
    expect(speakerRecords('Q: Is the bridge open?\n\nA: Not until the inspectors sign off on the repairs.')).toEqual(
      [],
    );
    const two = [
      'Clara Osei and Tomas Lind met the board on Monday.',
      'Q: Why strike now?',
      'A: Because the board broke its word twice.',
      'Q: What would end it?',
      'A: A signed contract with the shifts we agreed on.',
    ].join('\n\n');
    expect(speakerRecords(two)).toEqual([]);
  });

  it('takes one question answered on the next line with "A:" for an interview', () => {
    const text = [
      'Captain Ilse Brandvold talked with the desk after the rescue.',
      'Q: How cold was the water?\nA: Four degrees. Nobody lasts long in that.',
    ].join('\n\n');
    expect(speakerRecords(text)).toEqual(['Ilse Brandvold: Four degrees. Nobody lasts long in that']);
    expect(speakerRecords('Ilse Brandvold talked with the desk.\n\nQ: How cold was the water?\n\nVery cold.')).toEqual(
      [],
    );
  });
});
