import type Database from 'better-sqlite3';
import type { Analysis } from '../../vocabulary.js';
import { analysisRows } from '../analysis-rows.js';
import { facetsText } from './facets.js';

/** Computes the facets column of every stored article, then builds the full-text index once (migrations 2, 3). */
export function backfillFacets(db: Database.Database): void {
  const update = db.prepare('UPDATE articles SET facets = ? WHERE seq = ?');
  const rows = db
    .prepare<
      [],
      { seq: number; outlet: string; language: string | null; filter_day: string; analysis_json: string | null }
    >('SELECT seq, outlet, language, filter_day, analysis_json FROM articles')
    .all();
  for (const row of rows) {
    const analysis = row.analysis_json ? (JSON.parse(row.analysis_json) as Analysis) : null;
    const rows = analysisRows(analysis);
    update.run(facetsText({ outlet: row.outlet, language: row.language, day: row.filter_day, ...rows }), row.seq);
  }
  db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')");
}
