import { describe, expect, it } from 'vitest';
import { postgresMigrations } from './postgres/migrations.js';
import { sqliteMigrations } from './sqlite/migrations.js';
import { STORED_ARTICLE_COLUMNS } from './summary-row.js';

/**
 * The columns the latest `AFTER UPDATE OF … ON table` trigger named `name` watches, in the migrations given:
 * named in its column list and compared, old with new, in its WHEN clause.
 */
function watched(migrations: readonly { up: string }[], name: string, table: string): string[] {
  const sql = migrations.map((m) => m.up).join('\n');
  const pattern = new RegExp(`CREATE TRIGGER ${name} AFTER UPDATE OF([^]*?) ON ${table}\\b([^]*?)(BEGIN|EXECUTE)`, 'g');
  const match = [...sql.matchAll(pattern)].at(-1);
  if (!match) return [];
  const when = match[2]!.toLowerCase().replace(/\s+/g, ' ');
  return match[1]!
    .split(',')
    .map((c) => c.trim())
    .filter(
      (c) => when.includes(`old.${c} is not new.${c}`) || new RegExp(`old\\.${c}\\b[^]*new\\.${c}\\b`).test(when),
    );
}

describe('the triggers that drop stored article pages', () => {
  // A page is rendered from what getArticle returns: a column added to it that the trigger does not watch would
  // let a changed article keep its old page.
  it('watch every column getArticle reads, in both dialects', () => {
    const own = [...STORED_ARTICLE_COLUMNS].sort();
    expect(watched(sqliteMigrations, 'articles_page_stale', 'articles').sort()).toEqual(own);
    expect(watched(postgresMigrations, 'articles_page_stale', 'articles').sort()).toEqual(own);
    const filing = ['duplicate_of', 'story_id'];
    expect(watched(sqliteMigrations, 'article_stories_page_stale', 'article_stories').sort()).toEqual(filing);
    expect(watched(postgresMigrations, 'article_stories_page_stale', 'article_stories').sort()).toEqual(filing);
  });
});
