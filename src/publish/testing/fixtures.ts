/** Article, analysis and story fixtures for the web edition's tests (built by hand, not from the pipeline). */
import type { Analysis, Article, Entity, Story } from '../../vocabulary.js';
import { sha256 } from './memory-store.js';

/** An article with every field the pages render; override what a test needs. */
export function makeArticle(overrides: Partial<Article> & { id: string }): Article {
  const paragraphs = overrides.body?.paragraphs ?? [
    'Kim Jong Un, the leader of North Korea, left Pyongyang by train for Russia, state media said.',
    'The train covered 425 miles (680 kilometers) to Vladivostok, according to TASS.',
  ];
  const text = paragraphs.join('\n\n');
  return {
    url: `https://news.example.com/${overrides.id}`,
    canonicalUrl: null,
    siteName: 'Example News',
    title: 'Kim Jong Un leaves North Korea on train to meet Putin',
    description: 'The leader travels to Russia for a summit.',
    authors: ['Jane Reporter'],
    dateline: { place: 'Pyongyang', raw: 'Pyongyang :', agency: null },
    publishedAt: '2023-09-11T09:00:00+09:00',
    modifiedAt: null,
    language: 'en',
    section: 'World',
    tags: [],
    leadImage: { url: null, caption: 'Kim Jong Un boards his train', credit: 'KCNA/Kyodo', alt: null },
    images: [],
    body: { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text, paragraphs },
    wordCount: text.split(/\s+/).length,
    contentHash: sha256(text),
    ...overrides,
  };
}

const place = (id: string, name: string, lat: number, lon: number): Entity => ({
  id,
  kind: 'place',
  name,
  aliases: [],
  mentions: [{ start: 0, end: name.length, text: name }],
  lat,
  lon,
  countryCode: null,
});

/** An analysis with people, organizations, places with coordinates, attributions and a quantity. */
export function makeAnalysis(): Analysis {
  return {
    version: 'test',
    sentences: [],
    entities: [
      {
        id: 'p1',
        kind: 'person',
        name: 'Kim Jong Un',
        aliases: ['Kim'],
        mentions: [{ start: 0, end: 11, text: 'Kim Jong Un' }],
      },
      { id: 'o1', kind: 'organization', name: 'KCNA', aliases: [], mentions: [{ start: 0, end: 4, text: 'KCNA' }] },
      { id: 'o2', kind: 'organization', name: 'TASS', aliases: [], mentions: [{ start: 0, end: 4, text: 'TASS' }] },
      place('g1', 'Pyongyang', 39.03, 125.75),
      place('g2', 'Khasan', 42.43, 130.64),
      place('g3', 'Vladivostok', 43.12, 131.89),
    ],
    attributions: [
      {
        id: 'a1',
        speaker: { entityId: 'o1', name: 'KCNA', text: 'KCNA', anonymous: false },
        via: [],
        cue: 'reported',
        content: 'Kim left Pyongyang for Russia on Sunday afternoon',
        quote: null,
        span: { start: 0, end: 10 },
        contentSpan: { start: 0, end: 10 },
      },
      {
        id: 'a2',
        speaker: { entityId: null, name: 'unnamed Russian regional officials', text: 'officials', anonymous: true },
        via: [{ entityId: null, name: 'TBS', text: 'TBS', anonymous: false }],
        cue: 'citing',
        content: 'the train crossed the border and reached Khasan',
        quote: null,
        span: { start: 0, end: 10 },
        contentSpan: { start: 0, end: 10 },
      },
    ],
    quantities: [
      {
        text: '425 miles (680 kilometers)',
        value: 425,
        unit: 'mi',
        kind: 'distance',
        normalized: { value: 684, unit: 'km' },
        consistent: true,
        check: '425 mi = 684 km ≈ 680 km',
        span: { start: 0, end: 10 },
      },
    ],
    dates: [],
  };
}

/** A story over the given articles with one corroborated and one conflicting claim. */
export function makeStory(id: string, articleIds: string[], outlets: string[]): Story {
  return {
    id,
    title: 'Kim travels to Russia to meet Putin',
    articleIds,
    outlets,
    firstSeen: '2023-09-10T12:00:00Z',
    lastUpdated: '2023-09-11T12:00:00Z',
    topEntities: ['Kim Jong Un', 'Vladivostok'],
    claims: [
      {
        id: 'c1',
        speaker: 'KCNA',
        content: 'Kim left Pyongyang by train',
        articleIds,
        outlets,
        firstSeen: '2023-09-10T12:00:00Z',
        corroborated: true,
        conflictsWith: [],
      },
      {
        id: 'c2',
        speaker: 'TBS',
        content: 'the train reached Khasan',
        articleIds: articleIds.slice(0, 1),
        outlets: outlets.slice(0, 1),
        firstSeen: '2023-09-11T12:00:00Z',
        corroborated: false,
        conflictsWith: ['c3'],
      },
    ],
  };
}
