import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

describe('block quotations whose marks were lost', () => {
  it('gives uncued first-person paragraphs after a named speaker’s paragraph to that speaker', () => {
    const text = [
      'The harbour master, Ilse Brandvold, spoke at the inquiry on Tuesday, the council said.',
      'Building the new pier took longer than it should have, Brandvold said at the hearing.',
      'We had three winters of storms and I lost two crews to the mines in that time.',
      'Our budget never moved with the costs, and I told the board so every spring.',
      'The inquiry resumes in March.',
    ].join('\n\n');
    expect(records(text)).toEqual([
      'council: The harbour master, Ilse Brandvold, spoke at the inquiry on Tuesday',
      'Ilse Brandvold: Building the new pier took longer than it should have',
      'Ilse Brandvold: We had three winters of storms and I lost two crews to the mines in that time',
      'Ilse Brandvold: Our budget never moved with the costs, and I told the board so every spring',
    ]);
  });

  it('leaves them alone when the text speaks in the first person itself, or no speaker’s paragraph precedes', () => {
    const own = [
      'Building the new pier took longer than it should have, Brandvold told me at the hearing.',
      'We had three winters of storms and I lost two crews to the mines in that time.',
    ].join('\n\n');
    expect(records(own)).toEqual(['Brandvold: Building the new pier took longer than it should have']);
    const unowned = [
      'The pier opened in May.',
      'We had three winters of storms and I lost two crews to the mines in that time.',
      'Building it took too long, Brandvold said.',
    ].join('\n\n');
    expect(records(unowned)).toEqual(['Brandvold: Building it took too long']);
  });
});
