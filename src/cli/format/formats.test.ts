import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../vocabulary.js';
import { render } from './formats.js';

const article = {
  title: 'Kim leaves for Russia',
  authors: [],
  publishedAt: null,
  description: null,
  siteName: null,
  dateline: null,
  leadImage: null,
  language: 'en',
  url: null,
  body: {
    html: '<p>KCNA announced the trip.</p>',
    text: 'KCNA announced the trip.',
    paragraphs: ['KCNA announced the trip.'],
  },
} as unknown as Article;

const span = { start: 0, end: 4 };
const analysis: Analysis = {
  version: 'test',
  sentences: [],
  entities: [
    {
      id: 'e1',
      kind: 'place',
      name: 'Vladivostok',
      aliases: [],
      mentions: [],
      lat: 43.1,
      lon: 131.9,
      countryCode: 'RU',
    },
  ],
  attributions: [
    {
      id: 'a1',
      speaker: { entityId: null, name: 'unnamed <b>officials</b> | staff', text: 'officials', anonymous: true },
      via: [{ entityId: null, name: 'TBS', text: 'TBS', anonymous: false }],
      cue: 'citing',
      content: 'the train crossed the border',
      quote: null,
      span,
      contentSpan: span,
    },
  ],
  quantities: [],
  dates: [{ text: 'on Sunday', span, resolved: null, kind: 'relative' }],
};

const record = { source: 'a.html', ok: true as const, article, analysis };

describe('render with an analysis (dateline analyze)', () => {
  it('adds the attribution, entity and date tables to markdown, escaping table syntax', () => {
    const out = render(record, 'markdown')!;
    expect(out).toContain('## Who said what, according to whom');
    expect(out).toContain('| speaker | via | cue | claim | quote |');
    expect(out).toContain(
      'unnamed \\<b\\>officials\\</b\\> \\| staff (anonymous) | TBS | citing | the train crossed the border |',
    );
    expect(out).toContain('| place | Vladivostok |  | 0 (not named in the text) | 43.100, 131.900 | RU |');
    expect(out).toContain('| on Sunday | (no reference date) |');
    expect(out).not.toContain('## Quantities');
  });

  it('says of an agency named only in the photo credit that the text never names it', () => {
    const credited = {
      ...record,
      article: { ...article, leadImage: { url: null, caption: null, credit: 'Photo: Lindqvist Press', alt: null } },
      analysis: {
        ...analysis,
        entities: [{ id: 'o1', kind: 'organization' as const, name: 'Lindqvist Press', aliases: [], mentions: [] }],
      },
    };
    expect(render(credited, 'markdown')).toContain('| organization | Lindqvist Press |  | 0 (photo credit only) |');
    expect(render(credited, 'text')).toContain('name: Lindqvist Press | mentions: 0 (photo credit only)');
  });

  it('adds labelled lines to text, and escaped tables to html', () => {
    expect(render(record, 'text')).toContain(
      'speaker: unnamed <b>officials</b> | staff (anonymous) | via: TBS | cue: citing',
    );
    const html = render(record, 'html')!;
    expect(html).toContain('<h2>Who said what, according to whom</h2>');
    expect(html).toContain('<td>unnamed &lt;b&gt;officials&lt;/b&gt; | staff (anonymous)</td>');
    expect(html).not.toContain('<b>officials');
  });

  it('prints the article alone for dateline extract', () => {
    const { analysis: _dropped, ...extracted } = record;
    expect(render(extracted, 'markdown')).not.toContain('##');
    expect(render(extracted, 'text')).toBe('Kim leaves for Russia\n\nKCNA announced the trip.\n\n');
  });

  it('names the outlet and the original address in text, as Markdown does', () => {
    const sited = { ...article, siteName: 'Harbour Gazette', url: 'https://gazette.example/ferry' } as Article;
    expect(render({ source: 'ferry.html', ok: true, article: sited }, 'text')).toBe(
      'Kim leaves for Russia\nHarbour Gazette\n\nKCNA announced the trip.\n\nSource: https://gazette.example/ferry\n\n',
    );
  });
});
