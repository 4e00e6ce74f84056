/**
 * Hostile search queries and outlet names against the SQLite store: FTS5 syntax, stray quotes, NEAR(,
 * column filters, unicode, lone surrogates, a 10,000-character query, SQL-looking names. A query never
 * throws for its text; a bad filter throws an error that starts with the module and names the input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/port.js';
import { makeAnalysis, makeArticle } from '../../src/store/store-fixtures.js';

const OUTLETS = [
  `O'Brien "Times"`,
  `Robert'); DROP TABLE articles;--`,
  '%_\\',
  '\u202eevil',
  '\u{1F986} News',
  'NEAR(x y)',
  'x'.repeat(2_000),
];

let store: Store;
beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', path: ':memory:' });
  for (const [i, outlet] of OUTLETS.entries()) {
    const article = makeArticle({
      url: `https://example.com/${i}`,
      siteName: outlet,
      title: `Harbour bridge ${i}`,
      text: `The harbour bridge reopened ${i}. "Quoted" NEAR AND OR NOT café \u{1F986} مرحبا`,
    });
    await store.upsertArticle({
      article,
      source: outlet,
      analysis: makeAnalysis([{ kind: 'person', name: outlet }], [outlet]),
    });
  }
});
afterAll(() => store.close());

describe('store search on hostile text', () => {
  it.each([
    '"',
    '""',
    '"unclosed harbour',
    'NEAR(',
    'NEAR(harbour bridge, 2)',
    'harbour NOT',
    'AND',
    'OR OR OR',
    '*',
    'harb*',
    '^harbour',
    'bridge:harbour',
    'rowid:1',
    '(',
    ')',
    '{a b}',
    '-harbour',
    'café',
    '\u{1F986}',
    'مرحبا',
    '\u0000',
    '\ud800',
    `'; DROP TABLE articles; --`,
    '%',
    '\\',
    'a"b"c"d',
    'x'.repeat(10_000),
    'harbour '.repeat(2_000),
  ])('%j returns a page, never an error', async (text) => {
    const page = await store.search({ text, limit: 5 });
    expect(page.items.length).toBeLessThanOrEqual(5);
    expect(page.total).toBeGreaterThanOrEqual(page.items.length);
    for (const hit of page.items) expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('the articles survive every query above', async () => {
    expect(await store.countArticles()).toBe(OUTLETS.length);
  });

  it.each(OUTLETS)('outlet %j is matched as itself, not as a pattern', async (outlet) => {
    const page = await store.search({ text: '', outlet, limit: 10 });
    expect(page.items.map((h) => h.outlet)).toEqual([outlet]);
    const quoted = await store.search({ text: 'harbour', quoted: outlet, limit: 10 });
    expect(quoted.items).toHaveLength(1);
  });

  it('an outlet of LIKE wildcards matches nothing else', async () => {
    expect((await store.search({ text: '', outlet: '%', limit: 10 })).items).toEqual([]);
    expect((await store.listArticles({ outlet: '_', limit: 10 })).items).toEqual([]);
  });

  it('stores hostile outlet names verbatim', async () => {
    const names = (await store.outlets()).map((o) => o.outlet).sort();
    expect(names).toEqual([...OUTLETS].sort());
  });

  it.each([
    [{ from: 'not-a-date' }, /^store: search "from" must be an ISO date, not "not-a-date"$/],
    [{ to: '99999-01-01' }, /^store: search "to" must be an ISO date, not "99999-01-01"$/],
    [{ from: 'y'.repeat(10_000) }, /^store: search "from" must be an ISO date, not "y{76}\.\.\.$/],
    [{ limit: -1 }, /^store: limit must be a non-negative number, not -1$/],
    [{ limit: Number.NaN }, /^store: limit must be a non-negative number, not NaN$/],
    [{ offset: -5 }, /^store: offset must be a non-negative number, not -5$/],
  ])('a bad filter %j is an error naming its input', async (filter, message) => {
    await expect(store.search({ text: 'harbour', limit: 5, ...filter })).rejects.toThrow(message);
  });

  it('unknown ids are misses, not errors', async () => {
    for (const id of ["'", '', 'x'.repeat(10_000), '../../etc/passwd']) expect(await store.getArticle(id)).toBeNull();
  });
});
