import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../store-fixtures.js';
import { PostgresStore } from './postgres-store.js';
import { adjacentPairs } from './postgres-search.js';
import { reachable, serverUrl } from './testing/test-server.js';

describe('adjacentPairs', () => {
  it('takes the lexemes side by side in a chain, and nothing from any other shape', () => {
    expect(adjacentPairs("'kalo' <-> 'miru'")).toEqual(['kalo miru']);
    expect(adjacentPairs("'freight-train' <-> 'freight' <-> 'train' <-> 'run'")).toEqual([
      'freight-train freight',
      'freight train',
      'train run',
    ]);
    // A stop word between them: two apart, not side by side.
    expect(adjacentPairs("'spoke' <2> 'berlin'")).toEqual([]);
    expect(adjacentPairs("'spoke' <2> 'berlin' <-> 'wall'")).toEqual(['berlin wall']);
    expect(adjacentPairs("'kalo' & 'miru'")).toEqual([]);
    expect(adjacentPairs("( 'a' <-> 'b' ) & 'c'")).toEqual([]);
    expect(adjacentPairs("'o''brien' <-> 'yard'")).toEqual([]);
    expect(adjacentPairs("'report'")).toEqual([]);
    expect(adjacentPairs('')).toEqual([]);
  });
});

// The phrase index only narrows candidates: every phrase must find exactly what `@@` alone finds.
const server = await reachable();
describe.skipIf(!server)('postgres phrase search through the pair index', () => {
  const schema = `dl_test_${randomBytes(6).toString('hex')}`;
  let store: PostgresStore;
  const texts = [
    'The freight train left the yard. Train freight is heavy.',
    'A freight company ran the train late.',
    'Kalo miru sa. Miru kalo sa kalo.',
    'Prime minister Kalo met the prime minister of Miru.',
    'The minister, prime among equals, spoke in Berlin on the freight-train deal.',
    'Spoke in Berlin: the wall. Berlin wall spoke.',
  ];
  beforeAll(async () => {
    store = new PostgresStore({ url: serverUrl, schema });
    await store.migrate();
    for (const [i, text] of texts.entries()) {
      await store.upsertArticle({
        article: makeArticle({ url: `https://ph.example/${i}`, title: `Item ${i}`, text }),
        source: 't',
      });
    }
  });
  afterAll(async () => {
    await store?.close();
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
  });

  it('finds the same articles as the phrase query alone', async () => {
    const client = new pg.Client({ connectionString: serverUrl, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      for (const text of [
        '"freight train"',
        '"train freight"',
        '"kalo miru"',
        '"miru kalo sa"',
        '"prime minister"',
        '"minister prime"',
        '"spoke in berlin"',
        '"berlin wall"',
        '"freight-train deal"',
        '"prime minister" kalo',
        '"kalo sa kalo"',
      ]) {
        const direct = await client.query<{ url: string }>(
          `SELECT url FROM articles WHERE search_vector @@ websearch_to_tsquery('english', $1) ORDER BY url`,
          [text],
        );
        const page = await store.search({ text, limit: 20 });
        expect(page.items.map((h) => h.url).sort(), text).toEqual(direct.rows.map((r) => r.url));
        expect(page.total, text).toBe(direct.rows.length);
      }
      expect((await store.search({ text: '"prime minister"', limit: 20 })).total).toBe(1);
    } finally {
      await client.end();
    }
  });
});
