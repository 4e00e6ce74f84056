import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

describe('a request or a demand with an addressee and a to-infinitive', () => {
  it('reads what was asked, past the addressee', () => {
    expect(records('The senator asked the committee not to delay the vote.')).toEqual([
      'senator: not to delay the vote',
    ]);
    expect(records('Governor Jane Holt personally asked the state election board to extend the deadline.')).toEqual([
      'Jane Holt: to extend the deadline',
    ]);
  });

  it('reads an entreaty and a participle of request', () => {
    expect(records('The senator pleaded with her to see a lawyer.')).toEqual(['senator: to see a lawyer']);
    expect(records('The union has launched a petition, asking the ministry to reverse the cuts.')).toEqual([
      'union: to reverse the cuts',
    ]);
    expect(records('The union is encouraging members to write to their representatives.')).toEqual([
      'union: to write to their representatives',
    ]);
  });

  it('reads what is asked for with "for", its doer then an infinitive', () => {
    expect(records('A lawyer for the woman asked for the investigation to be resumed.')).toEqual([
      'lawyer for the woman: for the investigation to be resumed',
    ]);
    expect(records('The mayor pleaded for residents to stay indoors.')).toEqual([
      'mayor: for residents to stay indoors',
    ]);
  });

  it('reads no request without an addressee and an infinitive', () => {
    expect(records('The mayor asked for money to build a school.')).toEqual([]);
    expect(records('The group launched an appeal, asking for donations.')).toEqual([]);
    expect(records('She was asked to leave.')).toEqual([]);
    expect(records('The farmer pleaded guilty to charges of fraud.')).toEqual([]);
  });

  it('reads no claim in a procedure: a sample asked, or the writer asking', () => {
    expect(records('The researchers asked five people to watch a screen.')).toEqual([]);
    expect(records('We asked two economists to explain the figures.')).toEqual([]);
  });

  it("reads no request in how a source is kept unnamed, only the source's claim", () => {
    expect(records('One official, who asked not to be named, said the plan was dead.')).toEqual([
      'One official: the plan was dead',
    ]);
    expect(records('A diplomat who asked to remain anonymous said talks had stalled.')).toEqual([
      'diplomat: talks had stalled',
    ]);
    expect(records('The aide, who asked that her name not be used, said the memo was real.')).toEqual([
      'aide: the memo was real',
    ]);
  });
});
