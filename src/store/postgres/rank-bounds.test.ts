import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from './postgres-store.js';
import { boundSql, singleLexeme } from './rank-bounds.js';
import { dropSchema, freshSchema, reachable, serverUrl } from './testing/test-server.js';

describe('singleLexeme', () => {
  it('takes the lexeme of a one-lexeme tsquery, and nothing from any other shape', () => {
    expect(singleLexeme("'report'")).toBe('report');
    expect(singleLexeme("'o''brien'")).toBe("o'brien");
    expect(singleLexeme("'spoke' <2> 'berlin'")).toBeNull();
    expect(singleLexeme("'a' & 'b'")).toBeNull();
    expect(singleLexeme("!'a'")).toBeNull();
    expect(singleLexeme("'a':*")).toBeNull();
    expect(singleLexeme("'a':AB")).toBeNull();
    expect(singleLexeme("'back\\\\slash'")).toBeNull();
    expect(singleLexeme('')).toBeNull();
  });
});

// Migration 14's bounds only skip ranking work: a query of one lexeme must page exactly as ranking every match.
const server = await reachable();
describe.skipIf(!server)('postgres ranking by score bounds', () => {
  const schema = freshSchema();
  let store: PostgresStore;
  let client: pg.Client;

  beforeAll(async () => {
    store = new PostgresStore({ url: serverUrl, schema });
    await store.migrate();
    client = new pg.Client({ connectionString: serverUrl, options: `-c search_path=${schema}` });
    await client.connect();
    // "kite" in the title of every 11th article, the description of every 5th, the authors of every 13th, and
    // 0-6 times in bodies of varied length; "moss" in every 4th body only. Scores spread and tie. 3,200 articles
    // are four seq blocks: a word in most of them ("kite", "ana", "flew") is found in a slice of the newest blocks,
    // its 500 newest matches ranked (scoreAll), "moss" in one slice of the whole desk, ranked by bounds.
    await client.query(
      `INSERT INTO articles (identity_key, content_hash, source, outlet, title, description, authors_text, body_text,
         ingested_at, updated_at, id, article_json, published_utc, published_day)
       SELECT 'k' || i, 'h' || i, 't', 'Outlet', CASE WHEN i % 11 = 0 THEN 'Kite over town' ELSE 'Item ' || i END,
         CASE WHEN i % 5 = 0 THEN 'A kite story' ELSE 'News' END, CASE WHEN i % 13 = 0 THEN 'Ana Kite' ELSE 'Ana' END,
         repeat('kite flew ', i % 7) || repeat('filler words here ', i % 9) || CASE WHEN i % 4 = 0 THEN 'moss' ELSE '' END,
         '2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z', 'id' || i, '{}', '2024-05-01T00:00:00Z',
         '2024-05-' || lpad((1 + i % 28)::text, 2, '0')
       FROM generate_series(1, 3200) AS i`,
    );
    await client.query('ANALYZE articles; ANALYZE article_search');
  });
  afterAll(async () => {
    await client?.end();
    await store?.close();
    await dropSchema(schema);
  });

  it('bounds every score from above, vectors without positions or at the last position included', async () => {
    const { rows } = await client.query<{ n: number; under: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE bound * 1.000001 < score)::int AS under FROM (
         SELECT ts_rank_cd(r.v, q, 1) AS score, ${boundSql('r', 'l')} AS bound
         FROM (SELECT v, dateline_rank_bounds(v) AS rank_bounds FROM (
                 SELECT search_vector AS v FROM article_search
                 UNION ALL SELECT unnest('{"kite:1A,3B,9 flew:2", "kite flew", "kite:16383 a:16383"}'::tsvector[])
               ) AS t) AS r,
           unnest(ARRAY['kite', 'flew', 'moss', 'ana']) AS l, to_tsquery('simple', l) AS q
         WHERE r.v @@ q) AS s`,
    );
    expect(rows[0]!.n).toBeGreaterThan(3200);
    expect(rows[0]!.under).toBe(0);
  });

  it('pages a one-lexeme query as ranking every match does', async () => {
    const expected = async (text: string, offset: number, where: string) => {
      const q = `websearch_to_tsquery('english', $1)`;
      const { rows } = await client.query<{ id: string }>(
        `WITH m AS (SELECT seq, id, ts_rank_cd(search_vector, ${q}, 1) AS r FROM articles
                    WHERE search_vector @@ ${q} AND ${where} ORDER BY seq DESC LIMIT 1001),
              w AS (SELECT * FROM m ORDER BY seq DESC LIMIT CASE WHEN (SELECT count(*) FROM m) > 1000 THEN 500 END)
         SELECT id FROM w ORDER BY r DESC, seq DESC LIMIT 20 OFFSET ${offset}`,
        [text],
      );
      return rows.map((r) => r.id);
    };
    for (const text of ['kite', 'moss', 'ana', 'flew']) {
      for (const offset of [0, 20, 140, 480]) {
        const all = await store.search({ text, limit: 20, offset });
        expect(
          all.items.map((h) => h.id),
          `${text} ${offset}`,
        ).toEqual(await expected(text, offset, 'TRUE'));
        const dated = await store.search({ text, from: '2024-05-03', to: '2024-05-20', limit: 20, offset });
        expect(
          dated.items.map((h) => h.id),
          `${text} dated ${offset}`,
        ).toEqual(await expected(text, offset, "published_day BETWEEN '2024-05-03' AND '2024-05-20'"));
      }
    }
  });
});
