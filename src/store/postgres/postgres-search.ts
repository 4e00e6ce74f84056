import pg from 'pg';
import type { Page, SearchHit, SearchQuery } from '../port.js';
import { withNameMatches } from '../name-match.js';
import { planSearch, SEARCH_COUNT_CAP, type SearchPlan } from '../search-plan.js';
import { everyWord, toTsquery } from '../search-text.js';
import { GT_STANDIN, LT_STANDIN, MARK_END, MARK_START, plainSnippet, renderSnippet } from '../snippet.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../summary-row.js';
import { monthsBetween } from '../sqlite/facets.js';
import { nameCandidatesPostgres } from './name-candidates.js';
import { boundSql, prunedRankSql, singleLexeme } from './rank-bounds.js';

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
const TSQUERY = "to_tsquery('english', $1)";
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

/** Rows of the first slice of the newest matches when the planner has no estimate. */
const FIRST_SLICE = 1024;
/** Seqs per seq_block (migration 7: seq >> 10). */
const SEQ_BLOCK = 1024;

/**
 * Full-text search over the search table's tsvector (GIN; article_search, migration 7: a narrow copy of the
 * articles' searchable columns, so finding matches reads a few cached pages, not the wide article rows), in
 * four steps:
 *   1. newest: the seqs of the newest SEARCH_COUNT_CAP + 1 matches, which gives the capped count, found in seq
 *      slices walking back from the newest article, the first sized from the planner's estimate of the matches,
 *      each next one from the density the ones before it found;
 *   2. rank: ts_rank_cd of every match when there are at most the cap, of the RANK_WINDOW newest when there are
 *      more, taken in the same query as step 1 (a page beyond that window ranks every match instead: exact, slow);
 *   3. order: best first, in JS;
 *   4. page: summary columns and ts_headline for the page's rows only, in the round trip that commits.
 * Sorted by date (`sort: 'date'`), words skip steps 1–3 for newestFirst.
 * Three round trips for most searches (the opening, a slice, the page), each statement a separate one before;
 * two when the first slice is the whole desk, whose statement also orders and pages the matches (pagedSlice).
 * Why slices: GIN cannot return matches newest first. Asked for `ORDER BY seq DESC LIMIT`, the planner either
 * visits every match (a word in every article: 1.6 s on 100,000) or walks the primary key reading each row's
 * tsvector, which for a phrase of two common words it misjudges as common and walks the whole table (2.5 s for
 * 60 matches). A slice of the newest seq blocks is one more condition of the same GIN index (migration 7), so
 * the index itself returns only the matches inside; plain index scans are turned off for the transaction so
 * the planner never walks the key instead.
 */
export async function searchPostgres(pool: pg.Pool, query: SearchQuery): Promise<Page<SearchHit>> {
  const plan = await withNameMatches(planSearch(query), (filter, typed) => nameCandidatesPostgres(pool, filter, typed));
  if (plan.matchesNothing) return pageOf([], 0);
  if (plan.terms.length === 0) {
    const { where, params } = filters(plan, false);
    return listFiltered(pool, plan, where, params);
  }
  if (plan.sort === 'date') return newestFirst(pool, plan);
  // The planner's estimate of the first slice's matches comes in the opening round trip too, as the filters
  // stand before the phrases are parsed: exact unless a phrase has words side by side, whose pair keys (known
  // once parsed) join the filters and are estimated again.
  const quoted = plan.terms.filter((t) => t.phrase).map((t) => toTsquery([t]));
  // A read-only transaction of its own: opened by the first round trip, committed by the last (hitsAndCommit).
  const client = await pool.connect();
  try {
    const text = toTsquery(plan.terms);
    const begun = [
      (await client.query(openingSql(text, quoted, estimateSql(plan, [])))) as pg.QueryResult | pg.QueryResult[],
    ].flat();
    const selected = begun.filter((r) => r.command === 'SELECT');
    const top = Number((selected[0]?.rows[0] as { top: string | null } | undefined)?.top ?? 0);
    const lexeme = singleLexeme(String((selected[1]?.rows[0] as { q: string } | undefined)?.q ?? ''));
    const phrases = phrasesOf(quoted.length ? (selected[2]?.rows as { q: string }[]).map((row) => row.q) : []);
    const explained = begun.find((r) => r.command === 'EXPLAIN');
    const { where, params } = filters(plan, true);
    const estimated = explained && !phrases.pairs.length ? planRows(explained) : null;
    const end = plan.offset + plan.limit;
    const newest = await newestMatches(client, top, plan, phrases, estimated, end <= RANK_WINDOW, lexeme);
    if (!Array.isArray(newest)) return newest;
    const total = newest.length;
    const ranked =
      total > SEARCH_COUNT_CAP && end > RANK_WINDOW
        ? await rankAll(client, where, params, plan)
        : (await scoreAll(client, params[0], total > SEARCH_COUNT_CAP ? newest.slice(0, RANK_WINDOW) : newest))
            // Best first; equal scores newest first (seq is a bigint, returned as a decimal string).
            .sort((a, b) => b.score - a.score || Number(b.seq) - Number(a.seq))
            .slice(plan.offset, end);
    return pageOf(await hitsAndCommit(client, params[0], ranked), total);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The transaction's first round trip, several statements in one: on a loaded box every round trip is a wait for
 * both processes to be scheduled again, and a search made eight to ten of them. Read only; the planner settings
 * below; the newest seq, read before plain index scans go off, since max() is a walk down the primary key; the
 * whole query `text` as PostgreSQL parses it (one lexeme is ranked by bounds, rank-bounds.ts); the phrases as
 * PostgreSQL parses them (see phrasesOf), as escaped literals; and `estimate` explained.
 *
 * No nested loops: the planner would otherwise join rows one by one where a hash of the matches is cheaper (an
 * entity filter, before facets: 1.9 s for place:Berlin and a common word). No sequential scans: every search
 * row's tsvector is out of line (migration 7), so a scan filtering on it reads all of them (650 ms for a word in
 * every article), where the GIN bitmap reads none. And no JIT: a plan that has to use a turned-off node (the
 * page's LATERAL headline is a nested loop) is costed past jit_above_cost, and compiling it took 220 ms for 20
 * rows.
 */
function openingSql(text: string, quoted: readonly string[], estimate: string): string {
  return [
    'BEGIN READ ONLY',
    'SET LOCAL enable_nestloop = off',
    'SET LOCAL enable_seqscan = off',
    'SET LOCAL jit = off',
    'SELECT max(seq) AS top FROM articles',
    `SELECT to_tsquery('english', ${literal(text)})::text AS q`,
    ...(quoted.length
      ? [`SELECT to_tsquery('english', t)::text AS q FROM unnest(ARRAY[${quoted.map(literal).join(', ')}]) AS t`]
      : []),
    'SET LOCAL enable_indexscan = off',
    `EXPLAIN (FORMAT JSON) ${estimate}`,
  ].join('; ');
}

/**
 * Seqs of the newest SEARCH_COUNT_CAP + 1 matches, newest first, with the scores the ranking will need
 * (scoredSql). GIN decides a plain-word query's matches without reading a tsvector, and only the rows left after
 * the LIMIT are ranked: measured, 10 ms for the seqs of a rare word's newest 981 matches against 41 with
 * ts_rank_cd on every match of the slice, and 8 ms to rank 500 of them by seq afterwards.
 * A phrase is checked on its candidates, since GIN cannot check positions and checking a phrase reads the row's
 * tsvector: the candidates come exactly and from indexes alone (every word of the query, and the pair keys of
 * words side by side, see migration 6), and the phrase is checked on them newest first until the slice has the
 * matches sought, in the same query (it took three: the candidates' seqs, the check of a batch of them looked
 * up again by seq, which read some past the last match needed, and the ranking).
 */
async function newestMatches(
  client: pg.PoolClient,
  top: number,
  plan: SearchPlan,
  { pairs, positional }: Phrases,
  estimated: number | null,
  pageAlong: boolean,
  lexeme: string | null,
): Promise<Found[] | Page<SearchHit>> {
  const { where, params } = filters(plan, true, pairs);
  const text = toTsquery(plan.terms);
  const phrase = positional ? text : null;
  const found: Found[] = [];
  const want = SEARCH_COUNT_CAP + 1;
  // Slices are whole blocks of seqs (seq_block, migration 7), newest first: block `hi` down to block `lo`.
  const topBlock = Math.floor(top / SEQ_BLOCK);
  let hi = topBlock;
  let size = firstSlice(
    top,
    estimated ?? planRows(await client.query(`EXPLAIN (FORMAT JSON) ${estimateSql(plan, pairs)}`)),
  );
  while (hi >= 0 && found.length < want) {
    const lo = Math.max(0, hi - Math.ceil(size / SEQ_BLOCK) + 1);
    const sliceParams = [...params];
    const clauses = [where];
    if (lo > 0 || hi < topBlock) {
      // No blocks on a slice that is the whole desk: GIN would only read every block's entries for nothing.
      sliceParams.push(Array.from({ length: hi - lo + 1 }, (_, i) => hi - i));
      clauses.push(`a.seq_block && $${sliceParams.length}::integer[]`);
    }
    const newestFirst = `SELECT a.seq, a.search_vector, a.rank_bounds FROM article_search a WHERE ${clauses.join(' AND ')}
      ORDER BY a.seq DESC`;
    let matches: string;
    if (phrase === null) {
      sliceParams.push(want - found.length);
      matches = `${newestFirst} LIMIT $${sliceParams.length}`;
    } else {
      // OFFSET 0 keeps the phrase a filter on the candidates as they come out newest first, so the LIMIT stops
      // reading tsvectors once it has its matches: pushed down, the planner rechecked every candidate of the
      // slice (or, asked for the phrase beside the words, every one in the desk: "spoke in Berlin", 12,600
      // tsvectors read, 130 ms, for 1,001 matches).
      sliceParams.push(phrase, want - found.length);
      const [p, n] = [sliceParams.length - 1, sliceParams.length];
      matches = `SELECT c.seq, c.search_vector, c.rank_bounds FROM (${newestFirst} OFFSET 0) c
        WHERE c.search_vector @@ to_tsquery('english', $${p}) LIMIT $${n}`;
    }
    // A first slice that is the whole desk finds every match there is to find: the page is ranked, cut and
    // headlined in the same statement (pagedSlice), by bounds when the query is one lexeme. Those matches lie
    // anywhere in the desk, each vector on a TOAST page of its own; a later slice's rows are the newest, whose
    // vectors sit together on pages read moments before, and bounds would cost a round trip more than they save.
    const paged = pageAlong && lo === 0 && hi === topBlock;
    const sql = scoredSql(matches, sliceParams, text, found.length, paged ? lexeme : null);
    if (paged) return pagedSlice(client, withLiterals(sql, sliceParams), text, plan, lexeme !== null);
    found.push(...(await client.query<FoundRow>(sql, sliceParams)).rows.map(toFound));
    // The next slice should hold what is still missing at the density seen so far, with room to spare.
    const density = found.length / Math.max(1, top - lo * SEQ_BLOCK);
    size = Math.max(size * 2, Math.ceil(((want - found.length) / Math.max(density, 1 / top)) * 1.25));
    hi = lo - 1;
  }
  return found;
}

/**
 * The first slice: as many seqs as should hold the matches sought, from the planner's estimate of the matches
 * (`rows`; PostgreSQL keeps the most common lexemes' frequencies), with room to spare. Every slice scans the
 * words' whole GIN posting lists again, which for a word in a quarter of 100,000 articles costs more than the
 * slice's rows, so one slice that suffices beats small ones that grow.
 */
function firstSlice(top: number, rows: number): number {
  const density = rows / top;
  if (top <= 0 || !(density > 0)) return FIRST_SLICE;
  return Math.max(FIRST_SLICE, Math.ceil(((SEARCH_COUNT_CAP + 1) * 1.5) / Math.min(1, density)));
}

/** The matches the first slice estimates (`pairs`: see filters), with the parameters written in as literals. */
function estimateSql(plan: SearchPlan, pairs: readonly string[]): string {
  const { where, params } = filters(plan, true, pairs, true);
  return withLiterals(`SELECT a.seq FROM article_search a WHERE ${where}`, params);
}

/** `sql` with its parameters ($1, $2, …) written in as literals, for a string of several statements. */
function withLiterals(sql: string, params: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

/** The rows the planner expects, from EXPLAIN (FORMAT JSON). */
function planRows(explained: pg.QueryResult): number {
  return Number(
    (explained.rows[0] as { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] } | undefined)?.['QUERY PLAN'][0]?.Plan[
      'Plan Rows'
    ],
  );
}

/** A value as an SQL literal: a string escaped, a list of them an ARRAY (the clause casts it). */
function literal(value: unknown): string {
  return Array.isArray(value) ? `ARRAY[${value.map(literal).join(', ')}]` : pg.escapeLiteral(String(value));
}

/** A match found, newest first, with its score when the query that found it could rank it on the way. */
interface Found {
  seq: string;
  score: number | null;
}

interface FoundRow {
  seq: string;
  score: number | null;
}

const toFound = (row: FoundRow): Found => ({
  seq: String(row.seq),
  score: row.score === null ? null : Number(row.score),
});

/**
 * `sql` (seq and search_vector of matches, newest first, at most the count cap + 1 rows) with each row's score
 * where the ranking will need it: the first of them up to RANK_WINDOW (`before` matches were found ahead of
 * them), and all of them when with those before they stay within the count cap, since a query of at most the
 * cap's matches ranks every one (the rows' share is then all the window holds). The score is taken from the
 * tsvector of the row the query already holds, after its LIMIT: ranking afterwards by seq looked every row up
 * again by its key and read its out-of-line tsvector a second time for a phrase (a month of a topic word, 800
 * matches: ~1,600 key lookups). Given a query's one `lexeme` (pagedSlice only), no tsvector is read here: the rows
 * get the bound on their score instead (rank-bounds.ts), and only the few that can reach the page are ranked.
 * Pushes `before` and `text` (the whole query, as ranked) or the lexeme onto `params`.
 */
function scoredSql(sql: string, params: unknown[], text: string, before: number, lexeme: string | null): string {
  params.push(before, lexeme ?? text);
  const b = `$${params.length - 1}::integer`;
  const t = `$${params.length}::text`;
  const wanted = `${b} + row_number() OVER (ORDER BY m.seq DESC) <= ${RANK_WINDOW}
      OR ${b} + count(*) OVER () <= ${SEARCH_COUNT_CAP}`;
  if (lexeme !== null) {
    return `SELECT m.seq, NULL::real AS score, CASE WHEN ${wanted} THEN ${boundSql('m', t)} END AS bound
      FROM (${sql}) m ORDER BY m.seq DESC`;
  }
  return `SELECT m.seq, CASE WHEN ${wanted}
    THEN ts_rank_cd(m.search_vector, to_tsquery('english', ${t}), ${RANK_NORMALIZATION}) END AS score
    FROM (${sql}) m ORDER BY m.seq DESC`;
}

/** Scores of `found` (newest first), looking up by seq only those the query that found them left unscored. */
async function scoreAll(client: pg.PoolClient, text: unknown, found: Found[]): Promise<Ranked[]> {
  const missing = found.filter((f) => f.score === null).map((f) => f.seq);
  const scored = new Map((await rankSeqs(client, text, missing)).map((r) => [r.seq, r.score]));
  return found.map(({ seq, score }) => ({ seq, score: score ?? scored.get(seq) ?? 0 }));
}

async function rankSeqs(client: pg.PoolClient, text: unknown, seqs: string[]): Promise<Ranked[]> {
  if (!seqs.length) return [];
  const rows = await client.query<{ seq: string; score: number }>(
    `SELECT a.seq, ts_rank_cd(a.search_vector, ${TSQUERY}, ${RANK_NORMALIZATION}) AS score
     FROM article_search a WHERE a.seq = ANY($2::bigint[])`,
    [text, seqs],
  );
  return rows.rows.map((r) => ({ seq: String(r.seq), score: Number(r.score) }));
}

async function rankAll(client: pg.PoolClient, where: string, params: unknown[], plan: SearchPlan): Promise<Ranked[]> {
  const n = params.length;
  const rows = await client.query<{ seq: string; score: number }>(
    `SELECT a.seq, ts_rank_cd(a.search_vector, ${TSQUERY}, ${RANK_NORMALIZATION}) AS score
     FROM article_search a WHERE ${where} ORDER BY score DESC, a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, plan.limit, plan.offset],
  );
  return rows.rows.map((r) => ({ seq: String(r.seq), score: Number(r.score) }));
}

/**
 * The page's hits, in the ranked order, with headlines, and the transaction committed in the same round trip (two
 * statements, so the values go in as literals).
 */
async function hitsAndCommit(client: pg.PoolClient, text: unknown, ranked: Ranked[]): Promise<SearchHit[]> {
  if (!ranked.length) {
    await client.query('COMMIT');
    return [];
  }
  const sql = hitRowsSql(text, `${literal(ranked.map((r) => r.seq))}::bigint[]`);
  const [page] = (await client.query(`${sql}; COMMIT`)) as unknown as [pg.QueryResult<HitRow & { seq: string }>];
  return hitsOf(ranked, page.rows);
}

/**
 * The summary columns and headlines of the articles whose seqs `seqs` (an SQL array expression) lists, with the
 * query `text` written in as a literal. The title and description are headlined only for a row whose body shows
 * no match, the only case snippetOf reads them: ts_headline parses its whole text each time, and two per row were
 * half of a page's time. OFFSET 0 keeps the body's headline computed once, not inlined into both places that read
 * it.
 */
function hitRowsSql(text: unknown, seqs: string): string {
  return withLiterals(
    `SELECT ${SUMMARY_COLUMNS}, a.seq, NULL AS body_start, b.body_headline,
       CASE WHEN strpos(b.body_headline, $3) > 0 THEN NULL ELSE
         ts_headline('english', ${standIns("coalesce(a.title, '') || ' — ' || coalesce(a.description, '')")},
           ${TSQUERY}, $2) END AS head_headline
     FROM articles a, LATERAL (
       SELECT ts_headline('english', ${standIns(`left(a.body_text, ${HEADLINE_CHARS})`)}, ${TSQUERY}, $2)
         AS body_headline
       OFFSET 0) b
     WHERE a.seq = ANY(${seqs})`,
    [text, HEADLINE_OPTIONS, MARK_START],
  );
}

/** `ranked` as hits, from the page's rows (hitRowsSql) in any order; a row missing is left out. */
function hitsOf(ranked: readonly Ranked[], rows: readonly (HitRow & { seq: string })[]): SearchHit[] {
  const bySeq = new Map(rows.map((row) => [String(row.seq), row]));
  return ranked.flatMap(({ seq, score }) => {
    const row = bySeq.get(seq);
    return row ? [{ ...toSummary(row), rank: score, snippet: snippetOf(row) }] : [];
  });
}

/**
 * The page of a search whose first slice is the whole desk (`scored`: scoredSql with its parameters written in),
 * and the transaction committed, in one round trip: the matches, their count, the ranking and the page's hits in
 * one statement, where three steps sent every match's seq and score to be sorted here and the page's seqs back
 * (a word in a month: ~800 of them). The same page as those steps: the rows scoredSql ranks are those scoreAll
 * would (all the matches up to the count cap, else the RANK_WINDOW newest), in the same order (best first, equal
 * scores newest first), and the caller asks only for a page within RANK_WINDOW, which rankAll never serves.
 */
async function pagedSlice(
  client: pg.PoolClient,
  scored: string,
  text: string,
  plan: SearchPlan,
  bounded: boolean,
): Promise<Page<SearchHit>> {
  // A query of one lexeme: `scored` holds bounds, and the candidates that can reach the page are ranked here.
  const source = bounded
    ? `(${prunedRankSql('SELECT m.seq, m.bound FROM m WHERE m.bound IS NOT NULL', withLiterals(TSQUERY, [text]), plan.offset + plan.limit)}) r`
    : 'm r';
  const sql = `WITH m AS MATERIALIZED (${scored}),
    p AS MATERIALIZED (SELECT r.seq, r.score FROM ${source} WHERE r.score IS NOT NULL
      ORDER BY r.score DESC, r.seq DESC LIMIT ${plan.limit} OFFSET ${plan.offset})
    SELECT t.total, p.seq AS ranked_seq, p.score, h.*
    FROM (SELECT count(*)::integer AS total FROM m) t
      LEFT JOIN (p JOIN (${hitRowsSql(text, 'ARRAY(SELECT p.seq FROM p)')}) h ON h.seq = p.seq) ON TRUE`;
  type Row = HitRow & { seq: string; total: number; ranked_seq: string | null };
  const [page] = (await client.query(`${sql}; COMMIT`)) as unknown as [pg.QueryResult<Row>];
  const rows = page.rows.filter((row) => row.ranked_seq !== null);
  const ranked = rows
    .map((row) => ({ seq: String(row.ranked_seq), score: Number(row.score) }))
    .sort((a, b) => b.score - a.score || Number(b.seq) - Number(a.seq));
  return pageOf(hitsOf(ranked, rows), page.rows[0]?.total ?? 0);
}

/**
 * Words asked for by date (`sort: 'date'`): the page of matches newest first, as listFiltered orders articles,
 * the total counted up to the cap, and the page's headlines, in one read-only transaction. The count comes first
 * and picks the way (no slices either way, since no ranking window needs the newest):
 *  - more matches than the cap (at least 1% of the desk): the planner walks the date index and checks each
 *    article's tsvector, stopping at the page; dense matches leave few rows to check (a word in every article: 20);
 *  - at most the cap: the matches from the GIN index alone, then their dates by primary key and sorted. Walking
 *    the date index for them read each tsvector until the page was found, about 5,000 for two topic words in
 *    500 articles (68 ms on 100,000, against 12 ms this way).
 * Both orders are the same total order (seq last), so the page is the same either way. No parallel workers.
 */
async function newestFirst(pool: pg.Pool, plan: SearchPlan): Promise<Page<SearchHit>> {
  const { where, params } = filters(plan, true);
  const n = params.length;
  const order = `ORDER BY r.published_utc DESC NULLS LAST, r.ingested_at DESC, r.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`;
  const client = await pool.connect();
  try {
    // Serial plans: for the walk the planner chose two workers (Gather Merge), whose start cost more than the
    // walk on 2 cores (a rare word: 45 ms, 11 ms serial).
    await client.query('BEGIN READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0');
    const counted = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM article_search a WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) t`,
      params,
    );
    const total = counted.rows[0]?.n ?? 0;
    const page = await client.query<{ seq: string }>(
      total > SEARCH_COUNT_CAP
        ? `SELECT a.seq FROM article_search a JOIN articles r ON r.seq = a.seq WHERE ${where} ${order}`
        : `WITH m AS MATERIALIZED (SELECT a.seq FROM article_search a WHERE ${where})
           SELECT r.seq FROM m JOIN articles r ON r.seq = m.seq ${order}`,
      [...params, plan.limit, plan.offset],
    );
    const ordered = page.rows.map((row) => ({ seq: String(row.seq), score: 0 }));
    return pageOf(await hitsAndCommit(client, params[0], ordered), total);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
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

/**
 * The lexeme pairs side by side (`a <-> b`) in the query's phrases, each "a b", for the phrase index (migration
 * 6). PostgreSQL parses and stems each phrase; a parse that is not a plain chain of lexemes, or a lexeme the
 * output escapes, adds no pair: the index only narrows the candidates, `@@` still decides every match.
 */
function phrasesOf(parsed: readonly string[]): Phrases {
  return {
    pairs: [...new Set(parsed.flatMap((q) => adjacentPairs(q)))],
    // Operators outside the quoted lexemes: `'spoke' <2> 'berlin'` is positional, `'spoke'` ("spoke in") is not.
    positional: parsed.some((q) => /<(?:-|\d+)>/.test(q.replace(/'(?:[^']|'')*'/g, ''))),
  };
}

/**
 * The query's phrases as PostgreSQL parses them: their lexeme pairs side by side, and whether any keeps a
 * position to check at all. A phrase whose other words are stop words ("spoke in", "reported") is one lexeme,
 * which GIN decides alone, so no tsvector needs reading for it.
 */
interface Phrases {
  pairs: string[];
  positional: boolean;
}

const CHAIN = /^'[^'\\]*'(?: <(?:-|\d+)> '[^'\\]*')*$/;
const LINK = /'([^'\\]*)'(?: <(-|\d+)> )?/g;

/** `'a' <-> 'b' <2> 'c'` → ["a b"]: the pairs at distance 1 in a chain of lexemes, else none. */
export function adjacentPairs(tsquery: string): string[] {
  if (!CHAIN.test(tsquery)) return [];
  const links = [...tsquery.matchAll(LINK)];
  return links.flatMap((link, i) => {
    const next = links[i + 1];
    return next && (link[2] === '-' || link[2] === '1') ? [`${link[1]} ${next[1]}`] : [];
  });
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
 * The WHERE clause and its parameters: over the search table (alias `a`, migration 7) when `textual`, over the
 * articles (listFiltered) when not. `pairs` (a list, maybe empty; newestMatches and firstSlice) asks for a
 * phrase's candidates instead of its matches; `estimate`, for the clauses the planner estimates best.
 */
function filters(
  plan: SearchPlan,
  textual: boolean,
  pairs: readonly string[] | null = null,
  estimate = false,
): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (p: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  // $1 is the tsquery when there is text: the page query refers to it by number.
  // With `pairs` the match is only the candidates': every word on its own (a plain AND, which GIN decides
  // without reading a row) and the phrase's pair keys; a phrase is checked on them afterwards.
  if (textual) add(() => `a.search_vector @@ ${TSQUERY}`, toTsquery(pairs ? everyWord(plan.terms) : plan.terms));
  if (pairs?.length) {
    add((p) => `dateline_phrase_keys(a.search_vector) @> dateline_pair_keys(${p}::text[])`, [...pairs]);
  }
  if (plan.outlet) add((p) => `a.outlet = ${p}`, plan.outlet);
  if (plan.language) add((p) => `a.language = ${p}`, plan.language);
  if (plan.from) add((p) => `a.filter_day >= ${p}`, plan.from);
  if (plan.to) add((p) => `a.filter_day <= ${p}`, plan.to);
  if (textual) {
    // The months of a closed date range, and the entity filters, as facets of the same GIN index as the words
    // (migrations 7 and 8); the days above are still checked on the rows the index leaves.
    // Not in an estimate (estimateSql): the months restate the days, and the planner, taking the two for
    // independent, multiplied their selectivities (a month of a word in every article: 627 rows for 8,300).
    const months = plan.from && plan.to && !estimate ? monthsBetween(plan.from, plan.to, plan.to) : null;
    if (months)
      add(
        (p) => `a.facets && ${p}::text[]`,
        months.map((m) => `month:${m}`),
      );
    // A name filter matches an article with any of the names it stands for (name-match.ts): an overlap.
    for (const [kind, keys] of [
      ['speaker', plan.speakerKeys],
      ['about', plan.aboutKeys],
      ['place', plan.placeKeys],
    ] as const) {
      if (keys)
        add(
          (p) => `a.facets && ${p}::text[]`,
          keys.map((key) => `${kind}:${key}`),
        );
    }
  } else {
    if (plan.speakerKeys) {
      add(
        (p) =>
          `EXISTS (SELECT 1 FROM article_attributions s WHERE s.key = ANY(${p}::text[]) AND s.article_seq = a.seq)`,
        [...plan.speakerKeys],
      );
    }
    if (plan.aboutKeys) {
      add(
        (p) => `EXISTS (SELECT 1 FROM article_entities e WHERE e.key = ANY(${p}::text[]) AND e.article_seq = a.seq)`,
        [...plan.aboutKeys],
      );
    }
    if (plan.placeKeys) {
      add(
        (p) =>
          `EXISTS (SELECT 1 FROM article_entities e WHERE e.key = ANY(${p}::text[]) AND e.kind = 'place' AND e.article_seq = a.seq)`,
        [...plan.placeKeys],
      );
    }
  }
  const where = clauses.length ? clauses.join(' AND ') : 'TRUE';
  return { where, params };
}
