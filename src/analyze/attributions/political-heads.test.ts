import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findEntities } from '../entities/entities.js';
import { findAttributions } from './attributions.js';

/** Each record as "speaker text=speaker name: content". */
function records(text: string): string[] {
  const sentences = splitSentences(text);
  return findAttributions(text, sentences, findEntities(text, sentences))
    .filter((a) => a.speaker)
    .map((a) => `${a.speaker!.text}=${a.speaker!.name}: ${a.content}`);
}

describe('heads of political and government news as speakers', () => {
  it('reads people around a campaign, in either number', () => {
    expect(records('Republican operatives said the ad had backfired.')).toEqual([
      'Republican operatives=Republican operatives: the ad had backfired',
    ]);
    expect(records('A consultant to the campaign argued that the map favored Democrats.')).toEqual([
      'A consultant to the campaign=consultant to the campaign: the map favored Democrats',
    ]);
    expect(records('Her surrogates insisted that the debate had gone well.')).toEqual([
      'Her surrogates=Her surrogates: the debate had gone well',
    ]);
    expect(records('The pollster said the margin of error was four points.')).toEqual([
      'The pollster=pollster: the margin of error was four points',
    ]);
  });

  it('reads offices, rulers and bodies with no one named before', () => {
    expect(records('The whip told reporters the bill would pass.')).toEqual(['The whip=whip: the bill would pass']);
    expect(records('The comptroller warned that the fund was short.')).toEqual([
      'The comptroller=comptroller: the fund was short',
    ]);
    expect(records('Opposition deputies said the vote had been rigged.')).toEqual([
      'Opposition deputies=Opposition deputies: the vote had been rigged',
    ]);
    expect(records('The emir said talks would resume.')).toEqual(['The emir=emir: talks would resume']);
    expect(records('The presidential palace said the trip was off.')).toEqual([
      'The presidential palace=presidential palace: the trip was off',
    ]);
    expect(records('The embassy said in a statement that two staff were held.')).toEqual([
      'The embassy=embassy: two staff were held',
    ]);
  });

  it('gives nothing to the same words with no cue or in another sense', () => {
    expect(records('The speaker crackled as the band started.')).toEqual([]);
    expect(records('The king of the hill in this race is whoever raises the most.')).toEqual([]);
    expect(records("The deputy's car was found near the state line.")).toEqual([]);
    expect(records('The embassy was closed on Friday after the protests.')).toEqual([]);
    expect(records('The nominee was confirmed 51-49 on Wednesday.')).toEqual([]);
  });
});

describe('a definite role of political news stands for the person named with it', () => {
  it('reads a role in the race as the person named last', () => {
    expect(records('Carla Dunmore won the primary. The nominee said she would tour rural counties.')).toEqual([
      'The nominee=Carla Dunmore: she would tour rural counties',
    ]);
    expect(
      records('Ana Soltero is running against the mayor. The challenger said the schools were neglected.'),
    ).toEqual(['The challenger=Ana Soltero: the schools were neglected']);
    expect(
      records('Gov. Lena Ortberg entered the race as the favorite. The front-runner said nothing was certain.'),
    ).toEqual(['The front-runner=Lena Ortberg: nothing was certain']);
  });

  it('reads an office or a monarch as the person named with its title', () => {
    expect(
      records('Press secretary Dana Whitlow met Tom Reyes. The press secretary said no veto was planned.'),
    ).toEqual(['The press secretary=Dana Whitlow: no veto was planned']);
    expect(
      records("The governor's chief of staff, Brent Calloway, quit. The chief of staff said he was tired."),
    ).toEqual(['The chief of staff=Brent Calloway: he was tired']);
    // The entity model reads "Majority Whip Renata Cole" as one place; the name after the title is the person's.
    expect(records('Majority Whip Renata Cole counted votes. The whip said the bill would pass.')).toEqual([
      'The whip=Renata Cole: the bill would pass',
    ]);
    expect(records('Queen Amalie Varnholt met Paul Osei. The queen told residents that help was coming.')).toEqual([
      'The queen=Amalie Varnholt: help was coming',
    ]);
    expect(
      records('Deputy Foreign Minister Pavel Orlin met Ivo Tamm. The deputy minister said the gap had narrowed.'),
    ).toEqual(['The deputy minister=Pavel Orlin: the gap had narrowed']);
  });
});
