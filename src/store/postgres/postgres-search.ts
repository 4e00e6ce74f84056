import type pg from 'pg';
import type { Page, SearchHit, SearchQuery } from '../port.js';
import { planSearch, SEARCH_COUNT_CAP, type SearchPlan } from '../search-plan.js';
import { toWebsearch } from '../search-text.js';
import { GT_STANDIN, LT_STANDIN, MARK_END, MARK_START, plainSnippet, renderSnippet } from '../snippet.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../summary-row.js';

interface HitRow extends SummaryRow {
  score: number;
  body_headline: string | null;
  head_headline: string | null;
  body_start: string | null;
}

// ts_headline marks with private-use characters; the text is escaped in JS afterwards (see snippet.ts), which
// keeps `<script>` in a page out of the snippet without cutting an entity like `&amp;` at a fragment edge.
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
// The user's terms, always parameter $1 when there is text (see `filters`).
const TSQUERY = "websearch_to_tsquery('english', $1)";
// ts_headline re-parses the document: bound the work per hit.
const HEADLINE_CHARS = 20_000;
// ts_rank_cd normalisation 1: divide by 1 + log(length), so a long page does not win by repetition alone.
const RANK_NORMALIZATION = 1;

/**
 * Full-text search over the generated tsvector (GIN): ranked by ts_rank_cd, a page taken with LIMIT, and only
 * that page headlined; the total is counted up to SEARCH_COUNT_CAP.
 */
export async function searchPostgres(pool: pg.Pool, query: SearchQuery): Promise<Page<SearchHit>> {
  const plan = planSearch(query);
  const textual = plan.terms.length > 0;
  const { where, params } = filters(plan, textual);
  const n = params.length;
  const pageSql = textual
    ? `WITH hits AS (
         SELECT ${SUMMARY_COLUMNS}, a.seq, a.body_text,
           ts_rank_cd(a.search_vector, ${TSQUERY}, ${RANK_NORMALIZATION}) AS score
         FROM articles a WHERE ${where}
         ORDER BY score DESC, a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2})
       SELECT hits.*, NULL AS body_start,
         ts_headline('english', ${standIns(`left(body_text, ${HEADLINE_CHARS})`)}, ${TSQUERY}, $${n + 3}) AS body_headline,
         ts_headline('english', ${standIns("coalesce(title, '') || ' — ' || coalesce(description, '')")}, ${TSQUERY}, $${n + 3})
           AS head_headline
       FROM hits ORDER BY score DESC, seq DESC`
    : `SELECT ${SUMMARY_COLUMNS}, 0 AS score, NULL AS body_headline, NULL AS head_headline,
         left(a.body_text, 400) AS body_start
       FROM articles a WHERE ${where}
       ORDER BY a.published_utc DESC NULLS LAST, a.ingested_at DESC, a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`;
  const pageParams = textual
    ? [...params, plan.limit, plan.offset, HEADLINE_OPTIONS]
    : [...params, plan.limit, plan.offset];
  const countSql = `SELECT count(*)::int AS n FROM (SELECT 1 FROM articles a WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) t`;
  const [page, counted] = await Promise.all([
    pool.query<HitRow>(pageSql, pageParams),
    pool.query<{ n: number }>(countSql, params),
  ]);
  const total = counted.rows[0]?.n ?? 0;
  return {
    items: page.rows.map((row) => ({
      ...toSummary(row),
      rank: Number(row.score),
      snippet: snippetOf(row),
    })),
    total: Math.min(total, SEARCH_COUNT_CAP),
    ...(total > SEARCH_COUNT_CAP ? { totalIsLowerBound: true } : {}),
  };
}

/** The SQL expression with < and > swapped for stand-ins, so ts_headline keeps them as text (see snippet.ts). */
function standIns(expression: string): string {
  return `translate(${expression}, '<>', '${LT_STANDIN}${GT_STANDIN}')`;
}

function snippetOf(row: HitRow): string {
  if (row.body_headline?.includes(MARK_START)) return renderSnippet(row.body_headline);
  if (row.head_headline?.includes(MARK_START)) return renderSnippet(row.head_headline);
  return plainSnippet(row.description, row.body_start ?? row.body_headline);
}

function filters(plan: SearchPlan, textual: boolean): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (p: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  // $1 is the tsquery when there is text: the page query refers to it by number.
  if (textual) add(() => `a.search_vector @@ ${TSQUERY}`, toWebsearch(plan.terms));
  if (plan.outlet) add((p) => `a.outlet = ${p}`, plan.outlet);
  if (plan.language) add((p) => `a.language = ${p}`, plan.language);
  if (plan.from) add((p) => `a.filter_day >= ${p}`, plan.from);
  if (plan.to) add((p) => `a.filter_day <= ${p}`, plan.to);
  if (plan.speakerKey) {
    add(
      (p) => `EXISTS (SELECT 1 FROM article_attributions s WHERE s.key = ${p} AND s.article_seq = a.seq)`,
      plan.speakerKey,
    );
  }
  if (plan.aboutKey) {
    add((p) => `EXISTS (SELECT 1 FROM article_entities e WHERE e.key = ${p} AND e.article_seq = a.seq)`, plan.aboutKey);
  }
  if (plan.placeKey) {
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM article_entities e WHERE e.key = ${p} AND e.kind = 'place' AND e.article_seq = a.seq)`,
      plan.placeKey,
    );
  }
  return { where: clauses.length ? clauses.join(' AND ') : 'TRUE', params };
}
