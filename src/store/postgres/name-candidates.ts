import type pg from 'pg';
import { MAX_NAME_CANDIDATES, type NameFilter } from '../name-match.js';

/**
 * Stored keys of one filter that may hold the one word `typed` as a whole word (name-match.ts settles it): the
 * filter's keys whose words include it (name_keys and the filter's GIN index, migration 15), so the lookup reads
 * only the names holding the word, however many articles print it. The filter is written into the query for the
 * planner to pick its partial index. No DISTINCT: it would read and sort every match before the limit (98 ms for
 * a word in 20,000 of 200,000 names); the rare duplicate key (migration 15) is folded by the check. The 'simple'
 * configuration has no stop words: "Will" of "Will Smith" is a word like any other.
 */
export async function nameCandidatesPostgres(pool: pg.Pool, filter: NameFilter, typed: string): Promise<string[]> {
  const { rows } = await pool.query<{ key: string }>(
    `SELECT key FROM name_keys WHERE facet = '${filter}' AND dateline_name_words(key) @@ plainto_tsquery('simple', $1)
     LIMIT ${MAX_NAME_CANDIDATES}`,
    [typed],
  );
  return rows.map((row) => row.key);
}
