import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each entity's kind and mentions found in `text`, as "kind: mention". */
const found = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}: ${m.text}`));

describe('closingNames', () => {
  it("reads a name alone after the text's last sentence as its writer", () => {
    expect(found('The pies are great and the owner is a hoot to deal with as well. Mo')).toContain('person: Mo');
  });

  it('leaves a big place, a name inside a sentence and one before more text', () => {
    expect(found('We flew home on Sunday. London')).toContain('place: London');
    expect(found('We drove on to Mo and stayed.')).not.toContain('person: Mo');
  });
});
