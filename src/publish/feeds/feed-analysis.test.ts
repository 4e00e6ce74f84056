import { describe, it, expect, beforeAll } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { createApp } from '../app.js';
import { publishConfig } from '../config.js';
import { silentLogger } from '../deps.js';
import { MemoryStore } from '../testing/memory-store.js';
import { makeAnalysis, makeArticle } from '../testing/fixtures.js';
import { leadText } from './feed-analysis.js';

const now = () => new Date('2023-09-11T12:00:00Z');

/** One analysed article with a description, one without (and no analysis), in one story. */
async function desk() {
  const store = new MemoryStore(now);
  await store.upsertArticle({ article: makeArticle({ id: 'a1' }), analysis: makeAnalysis(), source: 'test' });
  await store.upsertArticle({
    article: makeArticle({ id: 'a2', title: 'No description here', description: null }),
    source: 'test',
  });
  await store.setStory('a1', 's1');
  const config = publishConfig({ baseUrl: 'https://desk.example', token: null });
  return createApp({ store, config, clock: now, logger: silentLogger });
}

describe('feeds out carry the analysis', () => {
  let app: Awaited<ReturnType<typeof desk>>;
  beforeAll(async () => {
    app = await desk();
  });

  it('JSON Feed: a _dateline extension with entities, places, attributions and the story', async () => {
    const feed = (await (await app.request('/feed/json')).json()) as { items: Record<string, unknown>[] };
    const item = feed.items.find((i) => i.id === 'https://desk.example/article/a1')!;
    const ext = item._dateline as Record<string, unknown>;
    expect(ext.about).toMatch(/^https:/);
    expect(ext.story).toBe('https://desk.example/story/s1');
    expect(ext.entities).toContainEqual({
      kind: 'person',
      name: 'Kim Jong Un',
      mentions: 1,
      url: 'https://desk.example/entity/person/Kim%20Jong%20Un',
    });
    expect(ext.places).toContainEqual({ name: 'Khasan', lat: 42.43, lon: 130.64, countryCode: null });
    expect(ext.attributions).toContainEqual({
      speaker: 'unnamed Russian regional officials',
      anonymous: true,
      via: ['TBS'],
      cue: 'citing',
      content: 'the train crossed the border and reached Khasan',
      quote: null,
    });
    // An article stored without an analysis has no extension, and its first paragraph stands in for the
    // description it lacks.
    const bare = feed.items.find((i) => i.id === 'https://desk.example/article/a2')!;
    expect(bare).not.toHaveProperty('_dateline');
    expect(bare.summary).toMatch(/^Kim Jong Un, the leader of North Korea, left Pyongyang/);
  });

  it('RSS and Atom: entities as categories, places and attributions in the Dateline namespace', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const rss = await (await app.request('/feed/rss')).text();
    const channel = (parser.parse(rss) as { rss: { channel: { item: Record<string, unknown>[] } } }).rss.channel;
    const rssItem = channel.item.find((i) => String(i.link).endsWith('/article/a1'))!;
    expect(rssItem.category).toContainEqual({ '#text': 'KCNA', '@domain': 'https://desk.example/entity/organization' });
    expect(rssItem['dateline:place']).toContainEqual(
      expect.objectContaining({ '@name': 'Vladivostok', '@lat': '43.12' }),
    );
    expect(rssItem['dateline:attribution']).toContainEqual({
      '@speaker': 'unnamed Russian regional officials',
      '@anonymous': 'true',
      '@cue': 'citing',
      'dateline:via': 'TBS',
      'dateline:content': 'the train crossed the border and reached Khasan',
    });
    const bare = channel.item.find((i) => String(i.link).endsWith('/article/a2'))!;
    expect(bare.description).toMatch(/^Kim Jong Un, the leader/);
    expect(bare).not.toHaveProperty('dateline:attribution');

    const atom = await (await app.request('/feed/atom')).text();
    expect(atom).toContain('xmlns:dateline="');
    const entry = (parser.parse(atom) as { feed: { entry: Record<string, unknown>[] } }).feed.entry.find((e) =>
      (e.id as string).endsWith('/article/a1'),
    )!;
    expect(entry.category).toContainEqual({
      '@term': 'Pyongyang',
      '@scheme': 'https://desk.example/entity/place',
      '@label': 'Pyongyang',
    });
    expect(entry['dateline:story']).toEqual({ '@href': 'https://desk.example/story/s1' });
  });
});

describe('leadText', () => {
  const article = (paragraphs: string[]) => makeArticle({ id: 'x', body: { html: '', text: '', paragraphs } });

  it('gives the first paragraph, cut at a word with an ellipsis past 300 characters', () => {
    expect(leadText(article(['', 'Short first paragraph.', 'Second.']))).toBe('Short first paragraph.');
    const long = leadText(article([`${'Harbour pilots waited offshore, '.repeat(12)}end.`]))!;
    expect(long.length).toBeLessThanOrEqual(301);
    expect(long).toMatch(/ Harbour…$/);
    expect(leadText(article([]))).toBeNull();
  });
});
