import type Database from 'better-sqlite3';
import type { Analysis } from '../../vocabulary.js';
import { analysisRows } from '../analysis-rows.js';
import { facetsText } from './facets.js';

/** Computes the facets column of every stored article (migration 2) and rebuilds the full-text index. */
export function backfillFacets(db: Database.Database): void {
  db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')");
  const update = db.prepare('UPDATE articles SET facets = ? WHERE seq = ?');
  const rows = db
    .prepare<[], { seq: number; outlet: string; language: string | null; analysis_json: string | null }>(
      'SELECT seq, outlet, language, analysis_json FROM articles',
    )
    .all();
  for (const row of rows) {
    const analysis = row.analysis_json ? (JSON.parse(row.analysis_json) as Analysis) : null;
    const { entities, speakers } = analysisRows(analysis);
    update.run(facetsText(row.outlet, row.language, entities, speakers), row.seq);
  }
}
