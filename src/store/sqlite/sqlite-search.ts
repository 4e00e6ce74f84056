import type Database from 'better-sqlite3';
import type { Page, SearchHit, SearchQuery } from '../port.js';
import { withNameMatchesSync } from '../name-match.js';
import { planSearch, SEARCH_COUNT_CAP, type SearchPlan } from '../search-plan.js';
import { toFts5Match } from '../search-text.js';
import { MARK_END, MARK_START, plainSnippet, renderSnippet } from '../snippet.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../summary-row.js';
import { facetToken, monthsBetween } from './facets.js';
import { nameCandidatesSqlite } from './name-candidates.js';
import { prepared } from './statements.js';

interface HitRow extends SummaryRow {
  score: number;
  body_snip: string | null;
  description_snip: string | null;
  title_marked: string | null;
  body_start: string | null;
}

/** Broad queries rank only this many of their most recently stored matches (see rankFloor). */
export const RANK_WINDOW = 500;
/** The widest rowid range a page of hits is read in with one walk (see hitRows). */
const PAGE_SPAN = 2000;
// Tokens around a match in a snippet: about a sentence either side.
const SNIPPET_TOKENS = 24;
/**
 * BM25 with a title match worth ten body matches, description four, authors two, facets nothing (the weights of
 * the table's `rank`, migration 2). Called as a function rather than ordering by `rank`: FTS5's own rank sorter
 * measured twice as slow on a 500-match window (60 ms against 30 ms for a phrase of two common words).
 */
const BM25 = 'bm25(articles_fts, 10.0, 4.0, 1.0, 2.0, 0.0)';
const TEXT_COLUMNS = '{title description body_text authors_text}';
const ORDER_RECENT = 'a.published_utc DESC, a.ingested_at DESC, a.seq DESC';
const M = `'${MARK_START}', '${MARK_END}'`;

/**
 * Search over FTS5, in three steps:
 *   1. match: the user's terms (text columns only) AND the filters as facet tokens, so FTS5 intersects doclists
 *      and only dates remain to check row by row;
 *   2. order, rowids only: for text, one pass takes the newest SEARCH_COUNT_CAP + 1 matches with their BM25
 *      (title weighted highest), which gives the count (capped, never all matches), and the ranking: of every
 *      match when there are at most the cap, of the RANK_WINDOW newest when there are more; for entity filters
 *      alone, or words with `sort: 'date'`, newest first (rank 0);
 *   3. page: summary columns and snippets for the page's rows alone, one rowid at a time.
 * Steps 1 and 2 touch the articles table only to check dates. Measured on 100,000 articles: snippets and row
 * reads for the whole 500-row window were most of a rare word's time (10 of 11 ms), a separate count pass cost a
 * narrow phrase one more walk of its doclists, and sorting every match of an entity filter by date took
 * 100–150 ms where walking the date index takes 2–10.
 * Without search text or entity filters, the filters alone are listed newest first from the articles' indexes.
 */
export function searchSqlite(db: Database.Database, query: SearchQuery, today: string): Page<SearchHit> {
  const plan = withNameMatchesSync(planSearch(query), (filter, typed) => nameCandidatesSqlite(db, filter, typed));
  if (plan.matchesNothing) return pageOf([], 0);
  const facets = facetMatch(plan, today);
  if (plan.terms.length === 0 && !facets.some((f) => f.entity)) return listFiltered(db, plan);
  const textMatch = plan.terms.length ? `${TEXT_COLUMNS} : (${toFts5Match(plan.terms)})` : null;
  const match = [textMatch, ...facets.map((f) => f.clause)].filter(Boolean).join(' AND ');
  const dates = dateClauses(plan);
  const matched = matchedRows(match, dates, monthsBetween(plan.from, plan.to, today));
  if (textMatch === null || plan.sort === 'date') {
    // Newest first: entity filters alone, or words asked for by date (every match, then the date index's order).
    const n = countUpTo(db, matched.from, matched.where, matched.params);
    const seqs = newestSeqs(db, matched, n > SEARCH_COUNT_CAP, plan);
    return pageOf(textMatch === null ? recentRows(db, seqs) : hitRows(db, textMatch, seqs), n);
  }
  const { n, page } = rankedSeqs(db, matched, plan);
  return pageOf(hitRows(db, textMatch, page), n);
}

/** The FTS5 match and date checks every step shares. */
interface Matched {
  from: string;
  where: string;
  params: unknown[];
  /** Dates are checked: the matches are few enough to score in one pass (see rankedSeqs). */
  dated: boolean;
}

/** Months a date range may span and still be checked against the day index as a set (see matchedRows). */
const DAY_SET_MONTHS = 3;

/**
 * The match, and the exact days when the query has dates. A range of a few months is checked against the set of
 * rowids the day index holds for it, built once per statement from the index alone; a wider or open range on
 * each matching row, joined. The set keeps the article rows off the disk: measured on 100,000 articles, a topic
 * word in one month (~800 matches) took 70–160 ms CPU the first time through the join (every candidate's row
 * read), 12–29 ms through the set, and the same 6–7 ms either way once cached.
 */
function matchedRows(match: string, dates: { clauses: string[]; params: string[] }, months: string[] | null): Matched {
  const base = { params: [match, ...dates.params], dated: dates.clauses.length > 0 };
  if (!dates.clauses.length) return { ...base, from: 'articles_fts', where: 'articles_fts MATCH ?' };
  if (months && months.length <= DAY_SET_MONTHS) {
    // `+ 0`: a filter on the rows FTS5 returns, not a rowid constraint FTS5 would seek one value at a time.
    const days = `SELECT a.seq FROM articles a WHERE ${dates.clauses.join(' AND ')}`;
    return { ...base, from: 'articles_fts', where: `articles_fts MATCH ? AND articles_fts.rowid + 0 IN (${days})` };
  }
  return {
    ...base,
    from: 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid',
    where: ['articles_fts MATCH ?', ...dates.clauses].join(' AND '),
  };
}

interface Ranked {
  seq: number;
  score: number;
}

interface FacetClause {
  clause: string;
  /** about/quoted/place: only the facets find these quickly without text. */
  entity: boolean;
}

function facetMatch(plan: SearchPlan, today: string): FacetClause[] {
  const clauses: FacetClause[] = [];
  const add = (token: string, entity: boolean) => clauses.push({ clause: `facets : "${token}"`, entity });
  // A name filter matches an article with any of the names it stands for (name-match.ts).
  const addAny = (kind: 'about' | 'place' | 'speaker', keys: readonly string[] | null) => {
    if (keys?.length) {
      const tokens = keys.map((key) => `"${facetToken(kind, key)}"`).join(' OR ');
      clauses.push({ clause: `facets : (${tokens})`, entity: true });
    }
  };
  if (plan.outlet) add(facetToken('outlet', plan.outlet), false);
  if (plan.language) add(facetToken('language', plan.language), false);
  addAny('about', plan.aboutKeys);
  addAny('place', plan.placeKeys);
  addAny('speaker', plan.speakerKeys);
  // Months narrow the match; the exact days are still checked on the row (dateClauses).
  const months = monthsBetween(plan.from, plan.to, today);
  if (months) {
    const tokens = months.map((m) => `"${facetToken('month', m)}"`).join(' OR ');
    clauses.push({ clause: `facets : (${tokens})`, entity: false });
  }
  return clauses;
}

function dateClauses(plan: SearchPlan): { clauses: string[]; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (plan.from) {
    clauses.push('a.filter_day >= ?');
    params.push(plan.from);
  }
  if (plan.to) {
    clauses.push('a.filter_day <= ?');
    params.push(plan.to);
  }
  return { clauses, params };
}

function countUpTo(
  db: Database.Database,
  from: string,
  where: string,
  params: unknown[],
  limit = SEARCH_COUNT_CAP + 1,
): number {
  return (
    prepared<unknown[], { n: number }>(
      db,
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${limit})`,
    ).get(...params)?.n ?? 0
  );
}

/**
 * The match count (up to the cap) and the page's rowids in BM25 order. A broad query (more than the cap) ranks
 * only its RANK_WINDOW most recently stored matches: BM25 scores every match it orders, and on 100,000 articles
 * a common word's matches take about a second to score; the newest are the ones a news reader is after. A page
 * beyond the window ranks every match (exact, slower).
 * BM25 is asked for the window alone, and the matches past it are counted by rowid: scoring costs per row (the
 * row's size and every instance of the terms), counting does not, so a broad query no longer scores the cap's
 * 500 matches it never ranks. Measured on 100,000 articles (CPU): "spoke in" 18.8 → 15.7 ms for this step. Only
 * a query with more than RANK_WINDOW and at most the cap's matches scores the rest in a second pass.
 */
function rankedSeqs(db: Database.Database, matched: Matched, plan: SearchPlan): { n: number; page: Ranked[] } {
  const end = plan.offset + plan.limit;
  const scored = (below: number | null, limit: number) =>
    prepared<unknown[], Ranked>(
      db,
      `SELECT articles_fts.rowid AS seq, -${BM25} AS score FROM ${matched.from}
       WHERE ${matched.where}${below === null ? '' : ' AND articles_fts.rowid < CAST(? AS INTEGER)'}
       ORDER BY articles_fts.rowid DESC LIMIT ${limit}`,
    ).all(...matched.params, ...(below === null ? [] : [below]));
  // With dates to check, one pass scores up to the cap: a second walk would check every row's date again, and a
  // date range is narrow (a month of a topic word: ~800 matches).
  let newest = scored(null, matched.dated ? SEARCH_COUNT_CAP + 1 : RANK_WINDOW);
  let n = newest.length;
  if (!matched.dated && n === RANK_WINDOW) {
    const last = newest[RANK_WINDOW - 1]!.seq;
    const below = `${matched.where} AND articles_fts.rowid < CAST(? AS INTEGER)`;
    const more = countUpTo(db, matched.from, below, [...matched.params, last], SEARCH_COUNT_CAP + 1 - RANK_WINDOW);
    n += more;
    // At most the cap: every match is ranked, so the rest are scored too.
    if (n <= SEARCH_COUNT_CAP && more > 0) newest = [...newest, ...scored(last, more)];
  }
  if (n > SEARCH_COUNT_CAP && end > RANK_WINDOW) return { n, page: rankAll(db, matched, plan) };
  if (n > SEARCH_COUNT_CAP) newest = newest.slice(0, RANK_WINDOW);
  // Best first; equal scores newest first, as the window itself is.
  const ranked = newest.sort((a, b) => b.score - a.score || b.seq - a.seq);
  return { n, page: ranked.slice(plan.offset, end) };
}

function rankAll(db: Database.Database, matched: Matched, plan: SearchPlan): Ranked[] {
  return prepared<unknown[], Ranked>(
    db,
    `SELECT articles_fts.rowid AS seq, -${BM25} AS score FROM ${matched.from} WHERE ${matched.where}
     ORDER BY ${BM25} LIMIT ? OFFSET ?`,
  ).all(...matched.params, plan.limit, plan.offset);
}

/**
 * The page's rowids newest first, for entity filters without text and for words sorted by date. A broad filter walks the date index and
 * stops at the page (the matches are a set SQLite builds once); a narrow one sorts its at most
 * SEARCH_COUNT_CAP matches, which beats walking the whole index past rows that never match.
 */
function newestSeqs(db: Database.Database, matched: Matched, broad: boolean, plan: SearchPlan): Ranked[] {
  const select = matched.from === 'articles_fts' ? 'rowid' : 'articles_fts.rowid';
  return prepared<unknown[], Ranked>(
    db,
    `SELECT a.seq AS seq, 0 AS score FROM articles a${broad ? ' INDEXED BY articles_recent' : ''}
     WHERE a.seq IN (SELECT ${select} FROM ${matched.from} WHERE ${matched.where})
     ORDER BY ${ORDER_RECENT} LIMIT ? OFFSET ?`,
  ).all(...matched.params, plan.limit, plan.offset);
}

/**
 * Summary columns and snippets of ranked rows; the match is the text alone, which is all snippets mark. A page
 * whose rows lie within PAGE_SPAN rowids of each other is read in one walk of that range, the others one rowid
 * at a time: with `rowid IN (…)` FTS5 walks the whole doclist (10 ms for a phrase in every article), with
 * `rowid = ?` it seeks, about 0.25 ms a row for a phrase with a word as common as "in". A narrow range walks
 * only its slice of the doclists and snippets only the page's rows (the `+ 0` keeps the IN list a filter):
 * "spoke in" page 1, 5.7 → 1.0 ms CPU. The CAST matters: better-sqlite3 binds JS numbers as REAL, and FTS5
 * then ignores a rowid constraint.
 */
function hitRows(db: Database.Database, textMatch: string, ranked: Ranked[]): HitRow[] {
  if (!ranked.length) return [];
  const select = `SELECT ${SUMMARY_COLUMNS}, articles_fts.rowid AS seq, 0 AS score,
       snippet(articles_fts, 2, ${M}, '…', ${SNIPPET_TOKENS}) AS body_snip,
       snippet(articles_fts, 1, ${M}, '…', ${SNIPPET_TOKENS}) AS description_snip,
       highlight(articles_fts, 0, ${M}) AS title_marked, NULL AS body_start
     FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
     WHERE articles_fts MATCH ?`;
  const seqs = ranked.map((r) => r.seq);
  const lo = Math.min(...seqs);
  const hi = Math.max(...seqs);
  let rows: (HitRow & { seq: number })[];
  if (hi - lo <= PAGE_SPAN) {
    rows = prepared<unknown[], HitRow & { seq: number }>(
      db,
      `${select} AND articles_fts.rowid >= CAST(? AS INTEGER) AND articles_fts.rowid <= CAST(? AS INTEGER)
         AND articles_fts.rowid + 0 IN (SELECT value FROM json_each(?))`,
    ).all(textMatch, lo, hi, JSON.stringify(seqs));
  } else {
    const statement = prepared<unknown[], HitRow & { seq: number }>(
      db,
      `${select} AND articles_fts.rowid = CAST(? AS INTEGER)`,
    );
    rows = seqs.flatMap((seq) => statement.get(textMatch, seq) ?? []);
  }
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return ranked.flatMap(({ seq, score }) => {
    const row = bySeq.get(seq);
    return row ? [{ ...row, score }] : [];
  });
}

/** Summary columns of rows listed without text, in the given order. */
function recentRows(db: Database.Database, ordered: Ranked[]): HitRow[] {
  const statement = prepared<unknown[], HitRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, 0 AS score, NULL AS body_snip, NULL AS description_snip, NULL AS title_marked,
       substr(a.body_text, 1, 400) AS body_start
     FROM articles a WHERE a.seq = ?`,
  );
  return ordered.flatMap(({ seq }) => statement.get(seq) ?? []);
}

function listByRecency(
  db: Database.Database,
  from: string,
  where: string,
  params: unknown[],
  plan: SearchPlan,
): HitRow[] {
  return prepared<unknown[], HitRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, 0 AS score, NULL AS body_snip, NULL AS description_snip, NULL AS title_marked,
       substr(a.body_text, 1, 400) AS body_start
     FROM ${from} WHERE ${where} ORDER BY ${ORDER_RECENT} LIMIT ? OFFSET ?`,
  ).all(...params, plan.limit, plan.offset);
}

/** Outlet, language and dates without text or entity filters: the articles' own indexes, newest first. */
function listFiltered(db: Database.Database, plan: SearchPlan): Page<SearchHit> {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (plan.outlet) {
    clauses.push('a.outlet = ?');
    params.push(plan.outlet);
  }
  if (plan.language) {
    clauses.push('a.language = ?');
    params.push(plan.language);
  }
  const dates = dateClauses(plan);
  const where = [...clauses, ...dates.clauses].join(' AND ') || '1';
  const allParams = [...params, ...dates.params];
  const n = countUpTo(db, 'articles a', where, allParams);
  return pageOf(listByRecency(db, 'articles a', where, allParams, plan), n);
}

function pageOf(rows: HitRow[], n: number): Page<SearchHit> {
  return {
    items: rows.map((row) => ({ ...toSummary(row), rank: row.score, snippet: snippetOf(row) })),
    total: Math.min(n, SEARCH_COUNT_CAP),
    ...(n > SEARCH_COUNT_CAP ? { totalIsLowerBound: true } : {}),
  };
}

/** The body's best fragment, else the description's, else the marked title: whichever shows a match. */
function snippetOf(row: HitRow): string {
  for (const marked of [row.body_snip, row.description_snip, row.title_marked]) {
    if (marked?.includes(MARK_START)) return renderSnippet(marked);
  }
  return plainSnippet(row.description, row.body_start ?? row.body_snip);
}
