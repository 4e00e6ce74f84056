import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each entity's kind and mentions found in `text`, as "kind: mention". */
const found = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}: ${m.text}`));

describe('saintsNames', () => {
  it('joins "St" to the name after it, a site or a body, not a person', () => {
    expect(found('The night train leaves from Glasgow St Enoch station at nine.')).toContain('place: St Enoch station');
    expect(found('Tenants of the old St. Anselm Housing Development sued the city.')).toContain(
      'organization: St. Anselm Housing Development',
    );
  });

  it('leaves a saint named alone or by a place a person', () => {
    expect(found('St. Jerome translated the Bible into Latin.')).toContain('person: Jerome');
    expect(found('A letter of St. Theodorus of Tabennese survives.')).not.toContain(
      'organization: St. Theodorus of Tabennese',
    );
  });
});
