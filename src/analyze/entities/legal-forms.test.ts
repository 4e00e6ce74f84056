import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each entity's kind and mentions found in `text`, as "kind: mention". */
const found = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}: ${m.text}`));

describe('legalForms', () => {
  it('ends a name at its legal form when ordinary words run on after it', () => {
    expect(found('Please send me a copy of the K.R. Dalby Corporation Guaranty by Friday.')).toContain(
      'organization: K.R. Dalby Corporation',
    );
    expect(found('Attached is the Norvane Widget Ltd Agreement for review.')).toContain(
      'organization: Norvane Widget Ltd',
    );
  });

  it('keeps a title and a name after the form', () => {
    expect(found('Yesterday Halvard Inc. CEO Tom Brisk resigned.')).toContain('person: Tom Brisk');
  });
});
