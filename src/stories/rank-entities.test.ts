import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../store/port.js';
import type { Article, Attribution, Entity, EntityKind, Mention } from '../vocabulary.js';
import { articleSalience, rankEntities } from './rank-entities.js';

/** Sentences of a body, one per line, so the lead is the first two lines. */
const LINES = [
  'Kim Jong Un left Pyongyang by train on Sunday.',
  'He will meet Vladimir Putin in Vladivostok, Kyodo was told.',
  'Officials in Berlin and Berlin again watched, as did Zurich and Zurich.',
  'Observers in Amsterdam noted the trip.',
];

interface EntitySpec {
  kind?: EntityKind;
  name: string;
  /** Surface forms to find in the text; each occurrence is a mention. Default: the name. */
  forms?: string[];
  aliases?: string[];
}

/** Every occurrence of each form in `text`, as analysis reports mentions. */
function mentionsIn(text: string, forms: string[]): Mention[] {
  const out: Mention[] = [];
  for (const form of forms)
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
      out.push({ start: at, end: at + form.length, text: form });
  return out;
}

function member(
  id: string,
  title: string,
  lines: string[],
  specs: EntitySpec[],
  speakers: string[] = [],
): StoredArticle {
  const text = lines.join(' ');
  const sentences = lines.map((line) => {
    const start = text.indexOf(line);
    return { start, end: start + line.length, text: line };
  });
  const entities: Entity[] = specs.map((s, i) => ({
    id: `e${i}`,
    kind: s.kind ?? 'person',
    name: s.name,
    aliases: s.aliases ?? [],
    mentions: mentionsIn(text, s.forms ?? [s.name]),
  }));
  const attributions = speakers.map((name, i): Attribution => ({
    id: `a${i}`,
    speaker: { entityId: entities.find((e) => e.name === name)!.id, name, text: name, anonymous: false },
    via: [],
    cue: 'said',
    content: 'something',
    quote: null,
    span: { start: 0, end: 1 },
    contentSpan: { start: 0, end: 1 },
  }));
  return {
    article: { id, title, publishedAt: null, url: null, body: { text, html: '', paragraphs: lines } } as Article,
    analysis: { version: 't', sentences, entities, attributions, quantities: [], dates: [] },
    outlet: 'test',
    source: 'test',
    ingestedAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    storyId: null,
    duplicateOf: null,
  };
}

const itself = (id: string): string => id;

describe('rankEntities', () => {
  it('ranks the headline and lead actors first and leaves out entities the text never mentions', () => {
    const kim = member('k', 'Kim Jong Un takes train to meet Putin', LINES, [
      { name: 'Kyodo', kind: 'organization', forms: ['Kyodo News agency'] }, // found by analysis, no mention kept
      { name: 'Berlin', kind: 'place' },
      { name: 'Kim Jong Un' },
      { name: 'Amsterdam', kind: 'place' },
      { name: 'Vladimir Putin', aliases: ['Putin'] },
      { name: 'Zurich', kind: 'place' },
    ]);
    expect(kim.analysis!.entities[0]!.mentions).toEqual([]);
    // Putin: 1 mention + headline (by his alias) + lead, tied with Kim and after him by name; Kyodo is left out.
    expect(rankEntities([kim], itself, 8)).toEqual(['Kim Jong Un', 'Vladimir Putin', 'Berlin', 'Zurich', 'Amsterdam']);
    expect(rankEntities([kim], itself, 2)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
  });

  it('weighs a lead mention over a later one, and a speaker over a name only mentioned', () => {
    const lines = ['Alpha met Omega today.', 'Nothing else.', 'Later, Beta and Gamma arrived.'];
    const specs = ['Beta', 'Gamma', 'Omega'].map((name) => ({ name }));
    expect(rankEntities([member('a', '', lines, specs)], itself, 8)).toEqual(['Omega', 'Beta', 'Gamma']);
    expect(rankEntities([member('a', '', lines, specs, ['Gamma'])], itself, 8)).toEqual(['Omega', 'Gamma', 'Beta']);
  });

  it('does not count a headline word inside a longer word', () => {
    const lines = ['Nothing here.', 'Nor here.', 'Then Ann spoke and Bob spoke.'];
    const scores = (title: string) =>
      Object.fromEntries(
        articleSalience(member('a', title, lines, [{ name: 'Ann' }, { name: 'Bob' }])).map((s) => [s.name, s.score]),
      );
    expect(scores('Annual report')).toEqual({ Ann: 1, Bob: 1 });
    expect(scores('Ann and others')).toEqual({ Ann: 4, Bob: 1 });
  });

  it('ranks by independent articles first: syndicated copies count once', () => {
    const heavy = member(
      'a',
      'Vladimir Putin speaks',
      ['Vladimir Putin, Vladimir Putin.', 'Moscow.'],
      [{ name: 'Vladimir Putin' }, { name: 'Moscow', kind: 'place' }],
    );
    const other = member('b', '', ['Filler.', 'Filler.', 'Moscow was calm.'], [{ name: 'Moscow', kind: 'place' }]);
    expect(rankEntities([heavy, other], itself, 8)).toEqual(['Moscow', 'Vladimir Putin']);
    // b copies a: Moscow is then in one independent article, and Putin's weight in it leads.
    expect(rankEntities([heavy, other], (id) => (id === 'b' ? 'a' : id), 8)).toEqual(['Vladimir Putin', 'Moscow']);
  });

  it('leaves out other kinds and breaks ties by name, whatever the order of articles', () => {
    const lines = ['Filler.', 'Filler.', 'Zeta, Eta, COVID-19 and Eta-Beta.'];
    const specs: EntitySpec[] = [
      { name: 'Zeta' },
      { name: 'COVID-19', kind: 'other' },
      { name: 'Eta-Beta', kind: 'organization' },
      { name: 'Eta', forms: ['Eta,'] },
    ];
    const x = member('x', '', lines, specs);
    const y = member('y', '', lines, [...specs].reverse());
    const expected = ['Eta', 'Eta-Beta', 'Zeta'];
    expect(rankEntities([x, y], itself, 8)).toEqual(expected);
    expect(rankEntities([y, x], itself, 8)).toEqual(expected);
  });
});
