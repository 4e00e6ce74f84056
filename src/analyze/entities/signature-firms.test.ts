import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each entity's kind and mentions found in `text`, as "kind: mention". */
const found = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}: ${m.text}`));

describe('signatureFirms', () => {
  it("cuts a signature's person from the company after it", () => {
    const names = found(
      'Thanks for the quick reply. Regards, Marcia Vantreight Marrow Gas Supply, Inc. (713) 555-0100',
    );
    expect(names).toContain('person: Marcia Vantreight');
    expect(names).toContain('organization: Marrow Gas Supply, Inc.');
    const twice = found('Sincerely, Traci Traci Warner Halden Broadband Services, Inc. Phone (713) 555-3242');
    expect(twice).toContain('person: Traci');
    expect(twice).toContain('organization: Halden Broadband Services, Inc.');
  });

  it('leaves a company that opens with a surname or ordinary words', () => {
    expect(found('He works at Baker Hughes Oilfield Operations, Inc. now.')).toContain(
      'organization: Baker Hughes Oilfield Operations, Inc.',
    );
  });
});
