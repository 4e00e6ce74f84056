import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchText, toTsquery } from '../search-text.js';
import { makeAnalysis, makeArticle } from '../store-fixtures.js';
import { PostgresStore } from './postgres-store.js';
import { adjacentPairs } from './postgres-search.js';
import { dropSchema, freshSchema, reachable, serverUrl } from './testing/test-server.js';

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
  const schema = freshSchema();
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
    await dropSchema(schema);
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
        '"spoke in"',
        '"in the"',
        '"berlin wall"',
        '"freight-train deal"',
        '"prime minister" kalo',
        '"kalo sa kalo"',
      ]) {
        const direct = await client.query<{ url: string }>(
          `SELECT url FROM articles WHERE search_vector @@ to_tsquery('english', $1) ORDER BY url`,
          [toTsquery(parseSearchText(text))],
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

  // The opening round trip writes the filters of the planner's estimate in as literals (several statements
  // cannot take parameters): quotes, backslashes and placeholders in a filter stay the filter's own text.
  it('keeps quotes, backslashes and placeholders in filters as plain text', async () => {
    const hostile = "O'Hare \\ $1 '); DROP TABLE articles; --";
    for (const filter of [{ outlet: hostile }, { language: hostile }, { about: hostile }, { quoted: hostile }]) {
      const page = await store.search({ text: 'freight', ...filter, limit: 20 });
      expect(page.total, JSON.stringify(filter)).toBe(0);
    }
    const page = await store.search({ text: 'freight', from: '2000-01-01', to: '2100-12-31', limit: 20 });
    expect(page.total).toBe((await store.search({ text: 'freight', limit: 20 })).total);
    expect(page.total).toBeGreaterThan(0);
  });

  // Migration 10 rewrote the function the pair index is built on; the index stays valid only if every tsvector
  // keeps its keys. Migration 6's definition is the oracle, over the stored vectors and shapes prose rarely has:
  // two lexemes at one position, positions capped at 16,383, none at all.
  it('computes the same pair keys as migration 6 did', async () => {
    const client = new pg.Client({ connectionString: serverUrl, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      const { rows } = await client.query<{ v: string; now: number[]; before: number[] }>(
        `SELECT v::text, dateline_phrase_keys(v) AS now, (
           SELECT coalesce(array_agg(hashtext(x.lexeme || ' ' || y.lexeme) & 65535), '{}')
           FROM (SELECT u.lexeme, p FROM unnest(v) AS u, unnest(u.positions) AS p) AS x
           JOIN (SELECT u.lexeme, p FROM unnest(v) AS u, unnest(u.positions) AS p) AS y ON y.p = x.p + 1
         ) AS before
         FROM (SELECT search_vector AS v FROM articles
               UNION ALL SELECT unnest('{"a:1 b:1 c:2 d:2", "a:1,3 b:2,4 c:5A", "a:16382 b:16383 c:16383", "a b", ""}'::tsvector[])) AS t`,
      );
      expect(rows).toHaveLength(texts.length + 5);
      for (const row of rows) expect(row.now.sort(), row.v).toEqual(row.before.sort());
      expect(rows.some((row) => row.now.length > 3)).toBe(true);
    } finally {
      await client.end();
    }
  });
});

// The search table (migration 7) is a copy kept by a trigger, and broad queries walk it in blocks of 1,024 seqs:
// what search returns must stay what the articles' own tsvectors say, across blocks and after an update.
describe.skipIf(!server)('postgres search over the search table, across seq blocks', () => {
  const schema = freshSchema();
  let store: PostgresStore;
  let client: pg.Client;
  // Rows written in bulk (the search path is under test here, not the upsert): every article says "alpha",
  // every third "beta gamma" side by side, every seventh "delta"; seq gaps spread them over many blocks.
  const bulk = (from: number, count: number) =>
    client.query(
      `INSERT INTO articles (identity_key, content_hash, source, outlet, title, body_text, ingested_at, updated_at,
         id, article_json, published_utc, published_day)
       SELECT 'k' || i, 'h' || i, 't', CASE WHEN i % 2 = 0 THEN 'Even' ELSE 'Odd' END, 'Item ' || i,
         'alpha ' || repeat('filler ', i % 5) || CASE WHEN i % 3 = 0 THEN 'beta gamma ' ELSE 'gamma beta ' END ||
           CASE WHEN i % 7 = 0 THEN 'delta' ELSE '' END,
         '2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z', 'id' || i, '{}', '2024-05-01T00:00:00Z', '2024-05-01'
       FROM generate_series($1::int, $2::int) AS i`,
      [from, from + count - 1],
    );
  // The oracle: the newest 500 matches by seq, ranked as the port promises, straight from the articles table.
  const expected = async (text: string, where = 'TRUE') => {
    const q = `websearch_to_tsquery('english', $1)`;
    const newest = await client.query<{ id: string; n: number }>(
      `WITH m AS (SELECT seq, id, ts_rank_cd(search_vector, ${q}, 1) AS r FROM articles
                  WHERE search_vector @@ ${q} AND ${where} ORDER BY seq DESC LIMIT 1001),
            w AS (SELECT * FROM m ORDER BY seq DESC LIMIT 500)
       SELECT id, (SELECT count(*)::int FROM m) AS n FROM w ORDER BY r DESC, seq DESC LIMIT 20`,
      [text],
    );
    return { ids: newest.rows.map((r) => r.id), total: Math.min(newest.rows[0]?.n ?? 0, 1000) };
  };
  const searched = async (text: string, outlet?: string) => {
    const page = await store.search({ text, outlet, limit: 20 });
    return { ids: page.items.map((h) => h.id), total: page.total };
  };

  beforeAll(async () => {
    store = new PostgresStore({ url: serverUrl, schema });
    await store.migrate();
    client = new pg.Client({ connectionString: serverUrl, options: `-c search_path=${schema}` });
    await client.connect();
    await bulk(1, 900);
    await client.query(`SELECT setval('articles_seq_seq', 5000)`);
    await bulk(901, 1500);
    await client.query(`SELECT setval('articles_seq_seq', 9000)`);
    await bulk(2401, 300);
    await client.query('ANALYZE articles; ANALYZE article_search');
  });
  afterAll(async () => {
    await client?.end();
    await store?.close();
    await dropSchema(schema);
  });

  it('finds and ranks the newest matches of broad and narrow words, phrases and filters', async () => {
    for (const text of ['alpha', 'delta', 'alpha delta', '"beta gamma"', '"gamma beta" delta', 'nothinghere']) {
      expect(await searched(text), text).toEqual(await expected(text));
    }
    expect(await searched('delta', 'Even')).toEqual(await expected('delta', "outlet = 'Even'"));
  });

  it('follows an article whose text or analysis changes, and forgets one that is deleted', async () => {
    const { id } = await store.upsertArticle({
      article: makeArticle({ url: 'https://blk.example/1', title: 'Ferry', text: 'The ferry sailed at noon.' }),
      analysis: makeAnalysis([{ kind: 'place', name: 'Oslo' }], ['Port Authority']),
      source: 't',
    });
    const ids = async (q: { text: string; place?: string; quoted?: string; about?: string }) =>
      (await store.search({ ...q, limit: 5 })).items.map((h) => h.id);
    expect(await ids({ text: 'ferry' })).toEqual([id]);
    expect(await ids({ text: 'ferry', place: 'oslo', quoted: 'Port Authority' })).toEqual([id]);
    await store.setAnalysis(id, makeAnalysis([{ kind: 'person', name: 'Oslo' }]));
    expect(await ids({ text: 'ferry', place: 'Oslo' })).toEqual([]);
    expect(await ids({ text: 'ferry', quoted: 'Port Authority' })).toEqual([]);
    expect(await ids({ text: 'ferry', about: 'Oslo' })).toEqual([id]);
    await store.upsertArticle({
      article: makeArticle({
        url: 'https://blk.example/1',
        title: 'Barge',
        text: 'The barge sailed at noon.',
        publishedAt: '2023-11-30T12:00:00Z',
      }),
      source: 't',
    });
    expect((await store.search({ text: 'ferry', limit: 5 })).total).toBe(0);
    expect((await store.search({ text: 'barge', limit: 5 })).items.map((h) => h.id)).toEqual([id]);
    const dated = async (from: string, to: string) =>
      (await store.search({ text: 'barge', from, to, limit: 5 })).items.map((h) => h.id);
    expect(await dated('2023-11-30', '2023-11-30')).toEqual([id]);
    expect(await dated('2023-10-15', '2024-01-02')).toEqual([id]);
    expect(await dated('2023-12-01', '2024-02-01')).toEqual([]);
    await client.query('DELETE FROM articles WHERE id = $1', [id]);
    expect((await store.search({ text: 'barge', limit: 5 })).total).toBe(0);
  });
});
