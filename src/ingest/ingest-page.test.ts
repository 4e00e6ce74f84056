import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { ingestPage } from './ingest-page.js';

const html = readFileSync(new URL('../../test/corpus/ingest/cli/story.html', import.meta.url), 'utf8');

describe('ingestPage', () => {
  it('stores a page given as URL and HTML without fetching, then reports it unchanged', async () => {
    const store = await openStore({
      kind: 'sqlite',
      path: join(mkdtempSync(join(tmpdir(), 'dateline-page-')), 'd.db'),
    });
    try {
      const fetch = async () => {
        throw new Error('must not fetch');
      };
      const url = 'https://tribune.example/harbour';
      const first = await ingestPage({ url, html }, { store, fetch });
      expect(first).toMatchObject({ ok: true, created: true });
      const second = await ingestPage({ url, html }, { store, fetch });
      expect(second).toEqual({ ok: true, id: first.ok ? first.id : '', created: false });
      expect(await ingestPage({ url: 'file:///etc/passwd' }, { store })).toMatchObject({
        ok: false,
        reason: 'bad-url',
      });
    } finally {
      await store.close();
    }
  });
});
