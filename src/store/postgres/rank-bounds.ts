/**
 * Ranking a query of one lexeme without reading every match's tsvector (migration 14). ts_rank_cd with
 * normalisation 1 scores such a query as the sum of the lexeme's position weights over ln(1 + the vector's
 * positions); `rank_bounds` holds enough of each vector, inline, to bound that from above. The page's worth of
 * candidates with the highest bounds are ranked first; the lowest of their scores is then a floor that the page's
 * last score cannot fall below, and only the candidates whose bound reaches it are ranked too. The page is the
 * one ranking every candidate gives, ties included: a candidate left out scores strictly below the floor.
 */

/** Bounds may undershoot a score by float4 rounding (ts_rank_cd's weights are float4: 0.1f is 0.1000000015). */
const BOUND_MARGIN = 1 + 1e-6;
/**
 * The lexeme of a tsquery that is a single lexeme (`'report'`, as PostgreSQL prints it), else null: operators,
 * weights, prefixes and backslash escapes all take the full ranking.
 */
export function singleLexeme(tsquery: string): string | null {
  const match = /^'((?:[^'\\]|'')+)'$/.exec(tsquery.trim());
  return match ? match[1]!.replace(/''/g, "'") : null;
}

/**
 * The upper bound on ts_rank_cd(search_vector, lexeme, 1) of the article_search row `row`, as an SQL expression;
 * `lexeme` is an SQL expression of the lexeme's text.
 */
export function boundSql(row: string, lexeme: string): string {
  const b = `${row}.rank_bounds`;
  // array_position: the lexeme's key, whose weights follow it; none, and the head adds nothing.
  const head = `coalesce(${b}[array_position(${b}, -1 - (hashtext(${lexeme}) & 65535)) + 1], 0)`;
  // In float8 throughout: numeric's ln and division cost more than the rest of the bound.
  return `((${head}::float8 / 10 + ${b}[2]::float8 / 10) / ln(${b}[1]::float8 + 1))`;
}

/**
 * Seq and score of the candidates a page ending at `end` needs ranked: `candidates` yields (seq, bound), a null
 * bound always ranked; `tsquery` is the query as an SQL expression. The vectors are read by seq (the primary key),
 * so the candidates' query needs none.
 */
export function prunedRankSql(candidates: string, tsquery: string, end: number): string {
  const rank = `ts_rank_cd(a.search_vector, ${tsquery}, 1)`;
  return `WITH c AS MATERIALIZED (
      SELECT c.seq, c.bound, row_number() OVER (ORDER BY c.bound DESC NULLS FIRST, c.seq DESC) AS ord
      FROM (${candidates}) AS c),
    first AS MATERIALIZED (
      SELECT a.seq, ${rank} AS score FROM article_search a
      WHERE a.seq = ANY(ARRAY(SELECT c.seq FROM c WHERE c.ord <= ${end})))
    SELECT first.seq, first.score FROM first
    UNION ALL
    SELECT a.seq, ${rank} AS score FROM article_search a
    WHERE a.seq = ANY(ARRAY(SELECT c.seq FROM c WHERE c.ord > ${end}
      AND (c.bound IS NULL OR c.bound * ${BOUND_MARGIN} >= (SELECT min(first.score) FROM first))))`;
}
