import type Database from 'better-sqlite3';
import { MAX_NAME_CANDIDATES, nameGlob, type NameFilter } from '../name-match.js';
import { prepared } from './statements.js';

/** Where each filter's names are kept, as a FROM and the start of its WHERE. */
const SOURCE: Readonly<Record<NameFilter, string>> = {
  speaker: 'article_attributions WHERE',
  about: 'article_entities WHERE',
  place: "article_entities WHERE kind = 'place' AND",
};

/**
 * Stored keys that may hold the one word `typed` as a whole word (name-match.ts settles it), among the names of the
 * articles whose text holds the word: a name the analysis found is a name the text carries, and the word's FTS5
 * doclist keeps this to the few articles that print it, where a walk of every stored name cost 0.9 s for 2 million
 * name rows (100,000 articles of 20 names).
 */
export function nameCandidatesSqlite(db: Database.Database, filter: NameFilter, typed: string): string[] {
  return prepared<[string, string], { key: string }>(
    db,
    `SELECT DISTINCT key FROM ${SOURCE[filter]}
       article_seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)
       AND ' ' || key || ' ' GLOB ? LIMIT ${MAX_NAME_CANDIDATES}`,
  )
    .all(`{title description body_text authors_text} : "${typed}"`, nameGlob(typed))
    .map((row) => row.key);
}
