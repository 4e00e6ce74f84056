import type pg from 'pg';
import type { Page, SearchHit, SearchQuery } from '../port.js';
import { planSearch, SEARCH_COUNT_CAP, type SearchPlan } from '../search-plan.js';
import { toWebsearch } from '../search-text.js';
import { GT_STANDIN, LT_STANDIN, MARK_END, MARK_START, plainSnippet, renderSnippet } from '../snippet.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../summary-row.js';
import { inTransaction } from './transaction.js';

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

/** Broad queries (more matches than the count cap) rank only this many of their newest matches, as SQLite does. */
export const RANK_WINDOW = 500;

interface Ranked {
  seq: string;
  score: number;
}

/** Rows of the first slice of the newest matches: a word in nearly every article needs only this one. */
const FIRST_SLICE = 1024;

/**
 * Full-text search over the generated tsvector (GIN), in four steps:
 *   1. newest: the seqs of the newest SEARCH_COUNT_CAP + 1 matches, which gives the capped count, found in seq
 *      slices walking back from the newest article, each slice sized from the density the ones before it found;
 *   2. rank: ts_rank_cd of every match when there are at most the cap, of the RANK_WINDOW newest when there are
 *      more (a page beyond that window ranks every match instead: exact, slow);
 *   3. order: best first, in JS;
 *   4. page: summary columns and ts_headline for the page's rows only.
 * Why slices: GIN cannot return matches newest first. Asked for `ORDER BY seq DESC LIMIT`, the planner either
 * visits every match (a word in every article: 1.6 s on 100,000) or walks the primary key reading each row's
 * tsvector, which for a phrase of two common words it misjudges as common and walks the whole table (2.5 s for
 * 60 matches). A bounded seq range lets it intersect the GIN bitmap with the key range and visit only the
 * matches inside; plain index scans are turned off for the transaction so it always does.
 */
export async function searchPostgres(pool: pg.Pool, query: SearchQuery): Promise<Page<SearchHit>> {
  const plan = planSearch(query);
  const { where, params } = filters(plan, plan.terms.length > 0);
  if (plan.terms.length === 0) return listFiltered(pool, plan, where, params);
  return inTransaction(
    pool,
    async (client) => {
      // Read before plain index scans are turned off: max() is a walk down the primary key.
      const top = await client.query<{ top: string | null }>('SELECT max(seq) AS top FROM articles');
      await client.query('SET LOCAL enable_indexscan = off');
      const sliced = filters(plan, true, true);
      const newest = await newestMatches(client, Number(top.rows[0]?.top ?? 0), sliced.where, params);
      const total = newest.length;
      const end = plan.offset + plan.limit;
      const ranked =
        total > SEARCH_COUNT_CAP && end > RANK_WINDOW
          ? await rankAll(client, where, params, plan)
          : (await rankSeqs(client, params[0], total > SEARCH_COUNT_CAP ? newest.slice(0, RANK_WINDOW) : newest))
              // Best first; equal scores newest first (seq is a bigint, returned as a decimal string).
              .sort((a, b) => b.score - a.score || Number(b.seq) - Number(a.seq))
              .slice(plan.offset, end);
      const items = await hits(client, params[0], ranked);
      return pageOf(items, total);
    },
    'BEGIN READ ONLY',
  );
}

/**
 * Seqs of the newest SEARCH_COUNT_CAP + 1 matches, newest first; `where` takes the slice's bounds as its two
 * parameters after `params`. No tsvector is read here for a plain-word query (GIN decides the match), so ranking
 * is left to the rows that need it: measured, 10 ms for the seqs of a rare word's newest 981 matches against 41
 * with ts_rank_cd in the same pass, and 8 ms to rank 500 of them by seq.
 */
async function newestMatches(client: pg.PoolClient, top: number, where: string, params: unknown[]): Promise<string[]> {
  const found: string[] = [];
  const want = SEARCH_COUNT_CAP + 1;
  const n = params.length;
  let hi = top;
  let size = FIRST_SLICE;
  while (hi > 0 && found.length < want) {
    const lo = Math.max(0, hi - size);
    const rows = await client.query<{ seq: string }>(
      `SELECT a.seq FROM articles a WHERE ${where} ORDER BY a.seq DESC LIMIT $${n + 3}`,
      [...params, lo, hi, want - found.length],
    );
    for (const row of rows.rows) found.push(String(row.seq));
    // The next slice should hold what is still missing at the density seen so far, with room to spare.
    const density = found.length / Math.max(1, top - lo);
    size = Math.max(size * 2, Math.ceil(((want - found.length) / Math.max(density, 1 / top)) * 1.25));
    hi = lo;
  }
  return found;
}

async function rankSeqs(client: pg.PoolClient, text: unknown, seqs: string[]): Promise<Ranked[]> {
  if (!seqs.length) return [];
  const rows = await client.query<{ seq: string; score: number }>(
    `SELECT a.seq, ts_rank_cd(a.search_vector, ${TSQUERY}, ${RANK_NORMALIZATION}) AS score
     FROM articles a WHERE a.seq = ANY($2::bigint[])`,
    [text, seqs],
  );
  return rows.rows.map((r) => ({ seq: String(r.seq), score: Number(r.score) }));
}

async function rankAll(client: pg.PoolClient, where: string, params: unknown[], plan: SearchPlan): Promise<Ranked[]> {
  const n = params.length;
  const rows = await client.query<{ seq: string; score: number }>(
    `SELECT a.seq, ts_rank_cd(a.search_vector, ${TSQUERY}, ${RANK_NORMALIZATION}) AS score
     FROM articles a WHERE ${where} ORDER BY score DESC, a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, plan.limit, plan.offset],
  );
  return rows.rows.map((r) => ({ seq: String(r.seq), score: Number(r.score) }));
}

/** The page's hits, in the ranked order, with headlines. */
async function hits(client: pg.PoolClient, text: unknown, ranked: Ranked[]): Promise<SearchHit[]> {
  if (!ranked.length) return [];
  const page = await client.query<HitRow & { seq: string }>(
    `SELECT ${SUMMARY_COLUMNS}, a.seq, NULL AS body_start,
       ts_headline('english', ${standIns(`left(a.body_text, ${HEADLINE_CHARS})`)}, ${TSQUERY}, $2) AS body_headline,
       ts_headline('english', ${standIns("coalesce(a.title, '') || ' — ' || coalesce(a.description, '')")},
         ${TSQUERY}, $2) AS head_headline
     FROM articles a WHERE a.seq = ANY($3::bigint[])`,
    [text, HEADLINE_OPTIONS, ranked.map((r) => r.seq)],
  );
  const bySeq = new Map(page.rows.map((row) => [String(row.seq), row]));
  return ranked.flatMap(({ seq, score }) => {
    const row = bySeq.get(seq);
    return row ? [{ ...toSummary(row), rank: score, snippet: snippetOf(row) }] : [];
  });
}

/** Filters without text: newest first, the total counted up to the cap. */
async function listFiltered(
  pool: pg.Pool,
  plan: SearchPlan,
  where: string,
  params: unknown[],
): Promise<Page<SearchHit>> {
  const n = params.length;
  const [page, counted] = await Promise.all([
    pool.query<HitRow>(
      `SELECT ${SUMMARY_COLUMNS}, 0 AS score, NULL AS body_headline, NULL AS head_headline,
         left(a.body_text, 400) AS body_start
       FROM articles a WHERE ${where}
       ORDER BY a.published_utc DESC NULLS LAST, a.ingested_at DESC, a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, plan.limit, plan.offset],
    ),
    pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM articles a WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) t`,
      params,
    ),
  ]);
  const items = page.rows.map((row) => ({ ...toSummary(row), rank: 0, snippet: snippetOf(row) }));
  return pageOf(items, counted.rows[0]?.n ?? 0);
}

function pageOf(items: SearchHit[], total: number): Page<SearchHit> {
  return {
    items,
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

/**
 * The WHERE clause and its parameters. `sliced` adds a seq range, as the last two parameters: on the article and
 * inside every entity filter, whose index leads with the key then the article — PostgreSQL does not carry a
 * range across the join itself, and without it each slice read every article of a common speaker again.
 */
function filters(plan: SearchPlan, textual: boolean, sliced = false): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (p: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  const within = (column: string) => (sliced ? ` AND ${column} > $LO AND ${column} <= $HI` : '');
  // $1 is the tsquery when there is text: the page query refers to it by number.
  if (textual) add(() => `a.search_vector @@ ${TSQUERY}`, toWebsearch(plan.terms));
  if (plan.outlet) add((p) => `a.outlet = ${p}`, plan.outlet);
  if (plan.language) add((p) => `a.language = ${p}`, plan.language);
  if (plan.from) add((p) => `a.filter_day >= ${p}`, plan.from);
  if (plan.to) add((p) => `a.filter_day <= ${p}`, plan.to);
  if (plan.speakerKey) {
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM article_attributions s WHERE s.key = ${p} AND s.article_seq = a.seq${within('s.article_seq')})`,
      plan.speakerKey,
    );
  }
  if (plan.aboutKey) {
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM article_entities e WHERE e.key = ${p} AND e.article_seq = a.seq${within('e.article_seq')})`,
      plan.aboutKey,
    );
  }
  if (plan.placeKey) {
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM article_entities e WHERE e.key = ${p} AND e.kind = 'place' AND e.article_seq = a.seq${within('e.article_seq')})`,
      plan.placeKey,
    );
  }
  if (sliced) clauses.push(`a.seq > $LO AND a.seq <= $HI`);
  const where = clauses.length ? clauses.join(' AND ') : 'TRUE';
  return {
    where: where.replaceAll('$LO', `$${params.length + 1}`).replaceAll('$HI', `$${params.length + 2}`),
    params,
  };
}
