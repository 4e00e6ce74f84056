import type Database from 'better-sqlite3';
import type { Page, SearchHit, SearchQuery } from '../port.js';
import { planSearch, SEARCH_COUNT_CAP, type SearchPlan } from '../search-plan.js';
import { toFts5Match } from '../search-text.js';
import { MARK_END, MARK_START, plainSnippet, renderSnippet } from '../snippet.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../summary-row.js';
import { facetToken, monthsBetween } from './facets.js';
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
 *   2. count: up to SEARCH_COUNT_CAP matches, never all of them;
 *   3. rank: BM25 (title weighted highest), one page returned; a broad query (more than the cap) ranks only
 *      its RANK_WINDOW most recent matches.
 * Without search text, the filters alone are listed newest first.
 */
export function searchSqlite(db: Database.Database, query: SearchQuery, today: string): Page<SearchHit> {
  const plan = planSearch(query);
  const facets = facetMatch(plan, today);
  if (plan.terms.length === 0 && !facets.some((f) => f.entity)) return listFiltered(db, plan);
  const textMatch = plan.terms.length ? `${TEXT_COLUMNS} : (${toFts5Match(plan.terms)})` : null;
  const match = [textMatch, ...facets.map((f) => f.clause)].filter(Boolean).join(' AND ');
  const dates = dateClauses(plan);
  const where = ['articles_fts MATCH ?', ...dates.clauses].join(' AND ');
  const params = [match, ...dates.params];
  const from = 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid';
  const n = countUpTo(db, from, where, params);
  if (textMatch === null) return pageOf(listByRecency(db, from, where, params, plan), n);
  const floor = n > SEARCH_COUNT_CAP ? rankFloor(db, from, where, params, plan) : null;
  const rows = prepared<unknown[], HitRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, -${BM25} AS score,
       snippet(articles_fts, 2, ${M}, '…', ${SNIPPET_TOKENS}) AS body_snip,
       snippet(articles_fts, 1, ${M}, '…', ${SNIPPET_TOKENS}) AS description_snip,
       highlight(articles_fts, 0, ${M}) AS title_marked, NULL AS body_start
     FROM ${from} WHERE ${where}${floor === null ? '' : ' AND articles_fts.rowid >= CAST(? AS INTEGER)'}
     ORDER BY ${BM25} LIMIT ? OFFSET ?`,
  ).all(...params, ...(floor === null ? [] : [floor]), plan.limit, plan.offset);
  return pageOf(rows, n);
}

interface FacetClause {
  clause: string;
  /** about/quoted/place: only the facets find these quickly without text. */
  entity: boolean;
}

function facetMatch(plan: SearchPlan, today: string): FacetClause[] {
  const clauses: FacetClause[] = [];
  const add = (token: string, entity: boolean) => clauses.push({ clause: `facets : "${token}"`, entity });
  if (plan.outlet) add(facetToken('outlet', plan.outlet), false);
  if (plan.language) add(facetToken('language', plan.language), false);
  if (plan.aboutKey) add(facetToken('about', plan.aboutKey), true);
  if (plan.placeKey) add(facetToken('place', plan.placeKey), true);
  if (plan.speakerKey) add(facetToken('speaker', plan.speakerKey), true);
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

function countUpTo(db: Database.Database, from: string, where: string, params: unknown[]): number {
  return (
    prepared<unknown[], { n: number }>(
      db,
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1})`,
    ).get(...params)?.n ?? 0
  );
}

/**
 * For a broad query, the lowest rowid among its RANK_WINDOW most recently stored matches: only those are ranked.
 * BM25 scores every match it orders, and on 100,000 articles a common word's matches take about a second to
 * score; the newest thousand are the ones a news reader is after. Null when the page asked for lies beyond the
 * window (then every match is ranked: exact, slower).
 */
// The CAST above matters: better-sqlite3 binds JS numbers as REAL, FTS5 then ignores the rowid bound and ranks
// every match (measured: 290 ms instead of 12 ms for a word in all 100k articles).
function rankFloor(
  db: Database.Database,
  from: string,
  where: string,
  params: unknown[],
  plan: SearchPlan,
): number | null {
  if (plan.offset + plan.limit > RANK_WINDOW) return null;
  const row = prepared<unknown[], { floor: number }>(
    db,
    `SELECT articles_fts.rowid AS floor FROM ${from} WHERE ${where}
     ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ${RANK_WINDOW - 1}`,
  ).get(...params);
  return row?.floor ?? null;
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
