import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findEntities } from '../entities/entities.js';
import { findAttributions } from './attributions.js';

function speakers(text: string): string[] {
  const sentences = splitSentences(text);
  return findAttributions(text, sentences, findEntities(text, sentences)).map((a) => a.speaker?.name ?? '-');
}

describe('a definite title speaks for the person named with it', () => {
  it('goes to the titled person, not the last person named', () => {
    const t = 'Gov. Nora Pell met Bill Osgood on Friday. The governor said the talks had been useful.';
    expect(speakers(t)).toEqual(['Nora Pell']);
  });

  it('reads "the former secretary of state" and a party label', () => {
    expect(
      speakers('Former Secretary of State Ruth Vane toured Iowa. The former secretary of state said turnout mattered.'),
    ).toEqual(['Ruth Vane']);
    expect(speakers('Rep. Owen Tully has opposed the bill. The Texas Republican said it would hurt ranchers.')).toEqual(
      ['Owen Tully'],
    );
  });

  it('reads a role in the race as the person named last', () => {
    expect(
      speakers('Will Dacey, a rancher, filed his papers on Monday. The candidate said he would skip the debates.'),
    ).toEqual(['Will Dacey']);
  });

  it('leaves a title with no titled person before it as a description', () => {
    expect(speakers('Bill Osgood arrived late. The senator said the vote would wait.')).toEqual(['senator']);
  });
});

describe('regional and local offices', () => {
  it('keeps the title out of the name and reads the office as the person titled with it', () => {
    const t =
      'Prefect Claire Vautrin said the road would stay closed. "Nothing is certain yet," Vautrin said. ' +
      'The prefect said more crews were coming.';
    expect(speakers(t)).toEqual(['Claire Vautrin', 'Claire Vautrin', 'Claire Vautrin']);
  });

  it('reads an office with no name as a speaker description', () => {
    const t = 'Sparks from a lorry may have started the fire, the regional prefect said on Tuesday.';
    expect(speakers(t)).toEqual(['regional prefect']);
    expect(speakers('The hall will reopen in May, a county councillor told reporters.')).toEqual(['county councillor']);
  });
});
