import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findEntities } from '../entities/entities.js';
import { findAttributions } from './attributions.js';

function speakers(text: string): string[] {
  const sentences = splitSentences(text);
  return findAttributions(text, sentences, findEntities(text, sentences)).map((a) => a.speaker?.name ?? '-');
}

describe('a definite role noun speaks for the person named before', () => {
  it('reads an age noun as the person named last', () => {
    const t = 'Priya Natesan won the title in straight sets on Sunday. The 27-year-old said her serve had come right.';
    expect(speakers(t)).toEqual(['Priya Natesan']);
  });

  it('reads a sports position after a quotation as the person named before it', () => {
    const t = 'Tomas Ilves scored the winner in the 88th minute. “We never stopped running,” the midfielder said.';
    expect(speakers(t)).toEqual(['Tomas Ilves']);
  });

  it('reads a military rank as the person named with that rank, not the last person named', () => {
    const t = 'Col. Dana Reyes led the patrol past Sgt. Omar Haddad. The colonel said the road was clear.';
    expect(speakers(t)).toEqual(['Dana Reyes']);
    const other = 'Col. Dana Reyes led the patrol on Monday. The lieutenant said the road was clear.';
    expect(speakers(other)).toEqual(['lieutenant']);
  });

  it('leaves a role noun with no one named before as a description', () => {
    expect(speakers('The storm closed the harbor. The 40-year-old said the road was clear.')).toEqual(['40-year-old']);
  });

  it('leaves a role noun outside the closed list alone', () => {
    const t = 'Nadia Pruett opened the clinic on Monday. The official said it would stay open all winter.';
    expect(speakers(t)).not.toContain('Nadia Pruett');
  });
});

describe('armed and emergency services speak as institutions', () => {
  function records(text: string): string[] {
    const sentences = splitSentences(text);
    return findAttributions(text, sentences, findEntities(text, sentences)).map(
      (a) => `${a.speaker?.name ?? '-'} via ${a.via.map((v) => v.name).join(',')}`,
    );
  }

  it('reads the navy, an air force and a fire brigade as speakers', () => {
    expect(records('The navy said on Friday that the frigate had returned to port.')).toEqual(['navy via ']);
    expect(records('Chile’s air force said the crew had landed safely.')).toEqual(['Chile’s air force via ']);
    expect(records('The blaze destroyed two barns, the local paper reported, citing the fire brigade.')).toEqual([
      'fire brigade via local paper',
    ]);
  });

  it('reads "the general" as the person named a general, and "a general rule" as no one', () => {
    expect(speakers('Gen. Mark Olsen visited the base. The general said the troops were ready.')).toEqual([
      'Mark Olsen',
    ]);
    expect(speakers('As a general rule, analysts observed that prices rise in spring.')).toEqual(['analysts']);
  });

  it('reads the calling a profile names its subject by, preferring the person the text calls so', () => {
    expect(
      speakers('Mirela Ostrova has written six plays about the coast. “The sea writes them,” the playwright says.'),
    ).toEqual(['Mirela Ostrova']);
    const t =
      'Quorvane’s chief executive, Anton Varga, met the panel on Monday. Pressed by Sen. Ilse Brandvold, ' +
      'the executive conceded that the recall had come late.';
    expect(speakers(t)).toEqual(['Anton Varga']);
  });
});

describe('titles and roles of local government, courts and sport', () => {
  it('reads "the councilwoman", "the alderman" and "the coach" as the person named with that title', () => {
    expect(
      speakers('Alderman Pete Vasko has represented the ward since 1999. The alderman said he would not run again.'),
    ).toEqual(['Pete Vasko']);
    expect(
      speakers('Coach Hilde Brandt watched from the bench. Asked about the penalty, the coach said it was fair.'),
    ).toEqual(['Hilde Brandt']);
  });

  it('reads a role with an age or a standing before it as the person named last', () => {
    const t = 'Dario Velez scored twice in the last ten minutes. “I kept believing,” the 22-year-old striker said.';
    expect(speakers(t)).toEqual(['Dario Velez']);
  });
});
