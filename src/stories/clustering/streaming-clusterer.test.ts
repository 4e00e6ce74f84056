import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClusterItem } from '../../vocabulary.js';
import { StreamingClusterer } from './streaming-clusterer.js';

/** A strike reported three times, then two other stories (one JSON line each). */
const SPLIT_STRIKE = fileURLToPath(new URL('../../../test/corpus/stories/split-strike.jsonl', import.meta.url));

const items: ClusterItem[] = [
  {
    id: '1',
    title: 'Kim meets Putin in Vladivostok',
    text: 'Kim Jong Un met Vladimir Putin for a summit in Vladivostok.',
  },
  { id: '2', title: 'Lakers beat Wizards', text: 'The Los Angeles Lakers beat the Washington Wizards on the road.' },
  {
    id: '3',
    title: 'Putin hosts Kim at summit',
    text: 'Vladimir Putin hosted Kim Jong Un at a summit in Vladivostok.',
  },
  { id: '4', title: 'Wizards lose to Lakers', text: 'Washington Wizards lose again as the Lakers win in Washington.' },
  { id: '5', title: 'Lego menorah in Atlanta', text: 'A Chabad center will build a giant Lego menorah in Atlanta.' },
];

describe('StreamingClusterer', () => {
  it('groups articles on the same event and keeps other events apart', () => {
    const c = new StreamingClusterer();
    for (const i of items) c.place(i);
    const a = c.assignments();
    expect(a.get('3')).toBe(a.get('1'));
    expect(a.get('4')).toBe(a.get('2'));
    expect(new Set(a.values()).size).toBe(3);
  });

  it('is deterministic for the same input order', () => {
    const run = (): string[] => {
      const c = new StreamingClusterer();
      return items.map((i) => c.place(i).storyId);
    };
    expect(run()).toEqual(run());
  });

  it('does not join a story across a gap longer than the window', () => {
    const c = new StreamingClusterer();
    const first = c.place({ ...items[0]!, publishedAt: '2019-04-25T10:00:00Z' });
    const later = c.place({ ...items[2]!, publishedAt: '2019-06-25T10:00:00Z' });
    expect(later.storyId).not.toBe(first.storyId);
  });

  it('uses entity names as evidence', () => {
    const c = new StreamingClusterer();
    for (const i of items.slice(1)) c.place(i);
    const a = c.place({
      id: 'x',
      title: 'Talks open',
      text: 'Delegations met.',
      entities: ['Kim Jong Un', 'Vladivostok'],
    });
    const b = c.place({
      id: 'y',
      title: 'Summit begins',
      text: 'Leaders met.',
      entities: ['Kim Jong Un', 'Vladivostok'],
    });
    expect(b.storyId).toBe(a.storyId);
  });

  it('finds the story of a long article whose heaviest terms are its own', () => {
    // Each report repeats words no other article has (names, quotes): they outweigh the shared terms, so
    // looking a story up by an article's heaviest terms alone found no candidate at all.
    const own = (seed: string): string => {
      const words = Array.from({ length: 12 }, (_, i) => seed + String.fromCharCode(97 + i)).join(' ');
      return `${words} ${words}`;
    };
    const c = new StreamingClusterer();
    for (const i of items) c.place(i);
    const a = c.place({
      id: 'r1',
      title: 'Rotterdam dockworkers strike over pay',
      text: `Dockworkers in Rotterdam walked out over pay. ${own('zorb')}`,
    });
    // Other news, so the IDF table is recomputed with the first report's terms in it.
    const others = ['Bakery wins award in Lyon', 'Glacier retreat measured in Alps', 'New bridge opens in Lisbon'];
    others.forEach((title, k) => c.place({ id: `o${k}`, title, text: `${title} this week.` }));
    const b = c.place({
      id: 'r2',
      title: 'Rotterdam port strike: dockworkers stay out',
      text: `The Rotterdam dockworkers strike over pay goes on. ${own('quil')}`,
    });
    expect(b.storyId).toBe(a.storyId);
  });

  it('consolidates a story split by the cold statistics of a stream start, and keeps other stories apart', () => {
    // Three reports of one strike arrive first: with three documents every shared term looks common (IDF near
    // zero), so each starts its own story. Once other news has come in, their shared terms are known to be
    // distinctive and the second pass sees one story.
    // The fixture: the three strike reports, then two other stories of two reports each.
    const split = readFileSync(SPLIT_STRIKE, 'utf8')
      .trim()
      .split('\n')
      .map((line): [string, string, string] => {
        const { id, title, text } = JSON.parse(line) as { id: string; title: string; text: string };
        return [id, title, text];
      });
    const strike = split.slice(0, 3);
    const later: Array<[string, string, string]> = [
      ...split.slice(3),
      ...[items[1]!, items[4]!].map((i): [string, string, string] => [`x${i.id}`, i.title, i.text]),
    ];
    const c = new StreamingClusterer();
    const placed = [...strike, ...later].map(([id, title, text]) => c.place({ id, title, text }).storyId);
    expect(new Set(placed.slice(0, 3)).size).toBe(3);
    const before = new Set(c.assignments().values()).size;

    const merges = c.consolidate();
    const a = c.assignments();
    expect(merges.every((m) => m.into === 's1')).toBe(true);
    expect([a.get('s2'), a.get('s3')]).toEqual(['s1', 's1']);
    expect(new Set(a.values()).size).toBe(before - 2);
    expect(a.get('m2')).toBe(a.get('m1'));
    expect(a.get('h2')).toBe(a.get('h1'));
    expect(new Set([a.get('s1'), a.get('m1'), a.get('h1'), a.get('x2'), a.get('x5')]).size).toBe(5);
    expect(c.consolidate()).toEqual([]);
  });
});
