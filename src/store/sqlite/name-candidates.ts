import type Database from 'better-sqlite3';
import { MAX_NAME_CANDIDATES, type NameFilter } from '../name-match.js';
import { prepared } from './statements.js';

/**
 * Stored keys of one filter that may hold the one word `typed` as a whole word (name-match.ts settles it): the
 * filter's distinct keys whose FTS5 tokens include the word (name_keys, migration 8), so the lookup reads only
 * the names holding it, however many articles print it.
 */
export function nameCandidatesSqlite(db: Database.Database, filter: NameFilter, typed: string): string[] {
  return prepared<[string], { key: string }>(
    db,
    `SELECT key FROM name_keys_fts WHERE name_keys_fts MATCH ? LIMIT ${MAX_NAME_CANDIDATES}`,
  )
    .all(`facet : "${filter}" AND key : "${typed}"`)
    .map((row) => row.key);
}
