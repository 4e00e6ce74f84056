import { describe, expect, it } from 'vitest';
import { expandSources } from './expand-sources.js';
import { allExpanded, offlineExpandContext } from './testing/offline-expand-context.js';

// Inputs that fail before anything is read or fetched need no fetch and no store.
const ctx = offlineExpandContext();

async function failures(inputs: string[]) {
  const out = await allExpanded(expandSources(inputs, ctx));
  return out.map((e) => (e.kind === 'failure' ? e.failure : null));
}

describe('expandSources', () => {
  it('names a URL scheme it does not fetch instead of calling it a missing file', async () => {
    const [ftp, file] = await failures(['ftp://files.example/feed.xml', 'file:///srv/news/a.html']);
    expect(ftp).toMatchObject({ reason: 'bad-url' });
    expect(ftp?.message).toContain('only http and https URLs are fetched (not ftp:)');
    expect(file?.message).toContain('(not file:)');
  });

  it('says in words that a path does not exist', async () => {
    const [missing] = await failures(['no/such/dir/page.html']);
    expect(missing).toMatchObject({ reason: 'unreadable' });
    expect(missing?.message).toBe('ingest: cannot read no/such/dir/page.html: no such file or directory (ENOENT)');
  });

  it('says that ingest does not read stdin, rather than that "-" is a missing file', async () => {
    const [stdin] = await failures(['-']);
    expect(stdin).toMatchObject({ reason: 'unreadable' });
    expect(stdin?.message).toContain('(stdin) is not read by ingest');
  });
});
