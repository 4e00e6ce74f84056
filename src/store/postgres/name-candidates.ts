import type pg from 'pg';
import { MAX_NAME_CANDIDATES, nameRegex, type NameFilter } from '../name-match.js';
import { STOP_WORDS } from '../stop-words.js';

/** Where each filter's names are kept, as a FROM and the start of its WHERE. */
const SOURCE: Readonly<Record<NameFilter, string>> = {
  speaker: 'article_attributions WHERE',
  about: 'article_entities WHERE',
  place: "article_entities WHERE kind = 'place' AND",
};

/**
 * Stored keys that may hold the one word `typed` as a whole word (name-match.ts settles it), among the names of the
 * articles whose text holds the word (GIN), as SQLite narrows them (sqlite/name-candidates.ts); a stop word, which
 * no tsvector holds ("Will" of "Will Smith"), is looked for among every stored name.
 */
export async function nameCandidatesPostgres(pool: pg.Pool, filter: NameFilter, typed: string): Promise<string[]> {
  const inText = STOP_WORDS.has(typed)
    ? ''
    : "article_seq IN (SELECT seq FROM article_search WHERE search_vector @@ plainto_tsquery('english', $2)) AND";
  const { rows } = await pool.query<{ key: string }>(
    `SELECT DISTINCT key FROM ${SOURCE[filter]} ${inText} key ~ $1 LIMIT ${MAX_NAME_CANDIDATES}`,
    inText ? [nameRegex(typed), typed] : [nameRegex(typed)],
  );
  return rows.map((row) => row.key);
}
