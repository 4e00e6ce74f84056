import { describe, expect, it } from 'vitest';
import { postgresMigrations } from './postgres/migrations.js';
import { sqliteMigrations } from './sqlite/migrations.js';
import { STORED_COLUMNS } from './summary-row.js';

/**
 * The columns an `AFTER UPDATE OF … ON articles` trigger named `name` watches, in the migrations given: named in
 * its column list and compared, old with new, in its WHEN clause.
 */
function watched(migrations: readonly { up: string }[], name: string): string[] {
  const sql = migrations.map((m) => m.up).join('\n');
  const match = new RegExp(`CREATE TRIGGER ${name} AFTER UPDATE OF([^]*?) ON articles([^]*?)(BEGIN|EXECUTE)`).exec(sql);
  if (!match) return [];
  const when = match[2]!.toLowerCase().replace(/\s+/g, ' ');
  return match[1]!
    .split(',')
    .map((c) => c.trim())
    .filter(
      (c) => when.includes(`old.${c} is not new.${c}`) || new RegExp(`old\\.${c}\\b[^]*new\\.${c}\\b`).test(when),
    );
}

describe('the trigger that drops stored article pages', () => {
  // A page is rendered from what getArticle returns: a column added to it that the trigger does not watch would
  // let a changed article keep its old page.
  it('watches every column getArticle reads, in both dialects', () => {
    const read = STORED_COLUMNS.split(',').map((c) => c.trim());
    expect(watched(sqliteMigrations, 'articles_page_stale').sort()).toEqual([...read].sort());
    expect(watched(postgresMigrations, 'articles_page_stale').sort()).toEqual([...read].sort());
  });
});
