import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inProcessProcessor } from '../../ingest/pipeline/in-process.js';
import { openStore } from '../../store/open-store.js';
import { run } from './reprocess.js';

describe('dateline reprocess', () => {
  afterEach(() => vi.restoreAllMocks());

  it('removes a stored feed-as-article and says so in the summary, exit 0', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-reprocess-')), 'd.db');
    const store = await openStore({ kind: 'sqlite', path: db });
    const base = inProcessProcessor(() => new Date());
    const rss = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quarry Gazette</title><entry><title>Kiln reopens</title></entry></feed>`;
    const extracted = await base.extract({
      text: `Quarry Gazette\n\n${'The old kiln on Mill Lane reopened on Saturday after a long repair. '.repeat(4)}`,
    });
    if (!extracted.ok) throw new Error(extracted.message);
    const article = { ...extracted.article, url: 'https://quarry.example/atom.xml' };
    const source = 'https://quarry.example/atom.xml';
    await store.upsertArticle({
      article,
      analysis: await base.analyze(article),
      source,
      raw: {
        source,
        url: source,
        contentType: 'application/atom+xml',
        fetchedAt: '2026-01-01T00:00:00Z',
        bytes: Buffer.from(rss),
      },
    });
    await store.close();

    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await run(['--db', db])).toBe(0);
    const said = err.mock.calls.map((c) => String(c[0])).join('');
    expect(said).toContain('dateline reprocess: 0 reprocessed, 1 removed (not articles), 0 failed');
    expect(said).toContain(
      `  removed ${source}: an RSS, Atom or JSON feed, not an article (stored as one by an older version)`,
    );
    const after = await openStore({ kind: 'sqlite', path: db });
    expect(await after.countArticles()).toBe(0);
    await after.close();
  });
});
