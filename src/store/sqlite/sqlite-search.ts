import type Database from 'better-sqlite3';
import type { Page, SearchHit, SearchQuery } from '../port.js';
import { planSearch, SEARCH_COUNT_CAP, type SearchPlan } from '../search-plan.js';
import { toFts5Match } from '../search-text.js';
import { MARK_END, MARK_START, plainSnippet, renderSnippet } from '../snippet.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../summary-row.js';
import { prepared } from './statements.js';

interface HitRow extends SummaryRow {
  score: number;
  snip: string | null;
  body_start: string | null;
}

// Tokens around a match in a snippet: about a sentence either side.
const SNIPPET_TOKENS = 24;

/**
 * Full-text search over FTS5. Ranked by the table's BM25 `rank` (title weighted highest) with a LIMIT, so only
 * a page of hits is snippeted; the total is counted up to SEARCH_COUNT_CAP.
 */
export function searchSqlite(db: Database.Database, query: SearchQuery): Page<SearchHit> {
  const plan = planSearch(query);
  const textual = plan.terms.length > 0;
  const { where, params } = filters(plan, textual);
  const from = textual ? 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid' : 'articles a';
  const select = textual
    ? `${SUMMARY_COLUMNS}, -articles_fts.rank AS score,
       snippet(articles_fts, -1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS snip, NULL AS body_start`
    : `${SUMMARY_COLUMNS}, 0 AS score, NULL AS snip, substr(a.body_text, 1, 400) AS body_start`;
  const order = textual ? 'articles_fts.rank' : 'a.published_utc DESC, a.ingested_at DESC, a.seq DESC';
  const rows = prepared<unknown[], HitRow>(
    db,
    `SELECT ${select} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, plan.limit, plan.offset);
  const counted = prepared<unknown[], { n: number }>(
    db,
    `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1})`,
  ).get(...params);
  const n = counted?.n ?? 0;
  return {
    items: rows.map((row) => ({
      ...toSummary(row),
      rank: row.score,
      snippet: row.snip !== null ? renderSnippet(row.snip) : plainSnippet(row.description, row.body_start),
    })),
    total: Math.min(n, SEARCH_COUNT_CAP),
    ...(n > SEARCH_COUNT_CAP ? { totalIsLowerBound: true } : {}),
  };
}

function filters(plan: SearchPlan, textual: boolean): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    clauses.push(clause);
    params.push(value);
  };
  if (textual) add('articles_fts MATCH ?', toFts5Match(plan.terms));
  if (plan.outlet) add('a.outlet = ?', plan.outlet);
  if (plan.language) add('a.language = ?', plan.language);
  if (plan.from) add('a.filter_day >= ?', plan.from);
  if (plan.to) add('a.filter_day <= ?', plan.to);
  if (plan.speakerKey) {
    add('EXISTS (SELECT 1 FROM article_attributions s WHERE s.key = ? AND s.article_seq = a.seq)', plan.speakerKey);
  }
  if (plan.aboutKey) {
    add('EXISTS (SELECT 1 FROM article_entities e WHERE e.key = ? AND e.article_seq = a.seq)', plan.aboutKey);
  }
  if (plan.placeKey) {
    add(
      "EXISTS (SELECT 1 FROM article_entities p WHERE p.key = ? AND p.kind = 'place' AND p.article_seq = a.seq)",
      plan.placeKey,
    );
  }
  return { where: clauses.length ? clauses.join(' AND ') : '1', params };
}
