/**
 * The generated desk the serve and search benchmarks run on: 100,000 seeded articles (never committed), written
 * through each store's own upsert so the rows, facets and search index are what ingest would make.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { upsertPostgres } from '../../src/store/postgres/postgres-upsert.js';
import { upsertSqlite } from '../../src/store/sqlite/sqlite-upsert.js';
import type { Analysis, Article, Entity } from '../../src/vocabulary.js';
import { seededRandom } from '../../src/stories/scoring/rng.js';

/** The stories module's seeded PRNG (mulberry32), so every run builds the same desk. */
export const rng = seededRandom;

export const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'an',
  'el',
  'or',
  'ust',
  'ber',
  'dan',
  'gor',
  'hil',
];
export const NEWS_WORDS =
  'minister summit election border market talks ceiling storm flood court vote budget trade energy port rail strike deal treaty inflation'.split(
    ' ',
  );
export const PLACES: readonly [string, number, number][] = [
  ['Pyongyang', 39.03, 125.75], ['Vladivostok', 43.12, 131.89], ['Berlin', 52.52, 13.4], ['Nairobi', -1.29, 36.82],
  ['Lima', -12.05, -77.04], ['Jakarta', -6.21, 106.85], ['Toronto', 43.65, -79.38], ['Madrid', 40.42, -3.7],
]; // prettier-ignore
const PEOPLE = ['Ana Ruiz', 'Kim Jong Un', 'Vladimir Putin', 'Amara Okafor', 'Lena Vogel', 'Ravi Menon'];
const ORGS = ['Reuters', 'TASS', 'KCNA', 'Yonhap', 'the Kremlin', 'the White House'];

export function generateArticle(i: number, next: () => number): { article: Article; analysis: Analysis } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Two topic words per article (each in ~10% of the desk), the rest from ~4,000 made-up words (~3% each), so
  // queries match hundreds to thousands of articles as on a real desk rather than nearly all of them.
  const topics = [pick(NEWS_WORDS), pick(NEWS_WORDS)];
  const word = () =>
    next() < 0.04 ? pick(topics) : `${pick(SYLLABLES)}${pick(SYLLABLES)}${next() < 0.5 ? pick(SYLLABLES) : ''}`;
  const sentence = () => {
    const n = 8 + Math.floor(next() * 10);
    const words = Array.from({ length: n }, word);
    return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const paragraphs = Array.from({ length: 6 }, () => `${sentence()} ${sentence()}`);
  const [place, lat, lon] = pick(PLACES);
  const person = pick(PEOPLE);
  const org = pick(ORGS);
  paragraphs[0] = `${person} spoke in ${place} on the ${topics[0]}, ${org} reported. ${paragraphs[0]}`;
  const text = paragraphs.join('\n\n');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const outlet = `Outlet ${i % 50}`;
  const entity = (id: string, kind: Entity['kind'], name: string, extra: Partial<Entity> = {}): Entity => ({
    id,
    kind,
    name,
    aliases: [],
    mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }],
    ...extra,
  });
  return {
    article: {
      id: `bench-${i}`,
      url: `https://outlet${i % 50}.example/${i}`,
      canonicalUrl: null,
      siteName: outlet,
      title: `${sentence().slice(0, -1)} in ${place}`,
      description: sentence(),
      authors: [pick(PEOPLE)],
      dateline: { place, raw: `${place.toUpperCase()} -`, agency: null },
      publishedAt: `2024-${month}-${day}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      modifiedAt: null,
      language: 'en',
      section: 'World',
      tags: [],
      leadImage: { url: null, caption: sentence(), credit: org, alt: null },
      images: [],
      body: { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text, paragraphs },
      wordCount: text.split(/\s+/).length,
      contentHash: `bench${i}`.padEnd(64, '0'),
    },
    analysis: {
      version: 'bench',
      sentences: [],
      entities: [
        entity('p', 'person', person),
        entity('o', 'organization', org),
        entity('g', 'place', place, { lat, lon, countryCode: null }),
      ],
      attributions: [
        {
          id: 'a',
          speaker: { entityId: 'o', name: org, text: org, anonymous: false },
          via: [],
          cue: 'reported',
          content: paragraphs[0]!.slice(0, 80),
          quote: null,
          span: { start: 0, end: 80 },
          contentSpan: { start: 0, end: 80 },
        },
      ],
      quantities: [],
      dates: [],
    },
  };
}

/** Writes `count` generated articles into a new SQLite desk at `path`; returns the seconds it took. */
export async function generateSqliteDesk(path: string, count: number): Promise<number> {
  const started = performance.now();
  const store = await openStore({ kind: 'sqlite', path });
  await store.close();
  // The bulk path: the store's own upsert, all rows in one transaction instead of one per article.
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const next = rng(42);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) upsertSqlite(db, { ...generateArticle(i, next), source: 'bench' }, now);
  })();
  db.close();
  return (performance.now() - started) / 1000;
}

/** Rows per PostgreSQL transaction while generating: one commit per article would dominate the load time. */
const PG_BATCH = 500;
/** Loaders writing at once: each article costs several round trips, so PostgreSQL idles behind one client. */
const PG_LOADERS = 4;

/**
 * Writes the same `count` generated articles (same seed, same order of generation) into the PostgreSQL database
 * at `url`, migrated first, through the store's own upsert; returns the seconds it took.
 */
export async function generatePostgresDesk(url: string, count: number): Promise<number> {
  const started = performance.now();
  const store = await openStore({ kind: 'postgres', url });
  await store.close();
  const next = rng(42);
  const now = new Date().toISOString();
  let i = 0;
  // Articles are drawn in order from the one generator, so the desk is the same as SQLite's whatever the timing.
  const take = () => (i < count ? { ...generateArticle(i++, next), source: 'bench' } : null);
  const loader = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('SET synchronous_commit = off');
      for (let input = take(); input;) {
        await client.query('BEGIN');
        for (let n = 0; input && n < PG_BATCH; n++, input = take()) await upsertPostgres(client, input, now);
        await client.query('COMMIT');
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: PG_LOADERS }, loader));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM ANALYZE').finally(() => client.end());
  return (performance.now() - started) / 1000;
}
